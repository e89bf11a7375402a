// The schema change policy (README, "Schema changes"), checked with GraphQL Inspector (@graphql-inspector/core)
// on the changes between the last released schema and the current one:
// - every breaking change is declared in CHANGELOG.md under "## [Unreleased]" → "### Breaking" by its schema
//   coordinate in backquotes: `Meeting.venue`, `Meeting.organisations(role:)`, `FigureQualifier.ESTIMATE`,
//   `MeetingFilter.city`, `Meeting`;
// - a field, input field or enum value is removed only after a release deprecated it: marked @deprecated in the
//   released schema, or named under "### Deprecated" of a release in CHANGELOG.md;
// - the released schema is the one of CHANGELOG.md's newest release (its first line names the release).
//
//   node schema/check.mjs [--schema ../schema.graphql] [--released schema/released.graphql] [--changelog ../CHANGELOG.md]
//
// Prints what it found; exits 1 when the policy is broken, 2 when a file cannot be read or an option is unknown.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

const here = new URL('.', import.meta.url);
const defaults = {
  schema: new URL('../../schema.graphql', here).pathname,
  released: new URL('released.graphql', here).pathname,
  changelog: new URL('../../CHANGELOG.md', here).pathname,
};
const RELEASE = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})\s*$/;

/** The Markdown sections whose heading line matches, each as its lines up to the next heading of its level or higher. */
function sections(lines, heading) {
  const level = (line) => line.match(/^(#+) /)?.[1].length ?? Infinity;
  const found = [];
  lines.forEach((line, start) => {
    if (!heading.test(line.trim())) return;
    const end = lines.findIndex((other, i) => i > start && level(other) <= level(line));
    found.push(lines.slice(start + 1, end < 0 ? lines.length : end));
  });
  return found;
}

/** The schema coordinates named in backquotes in these lines, in Inspector's form (`Type.field(arg:)` → Type.field.arg). */
function coordinates(lines) {
  return [...lines.join('\n').matchAll(/`([A-Za-z_][\w.]*(?:\(\w+:\))?)`/g)]
    .map(([, coordinate]) => coordinate.replace(/\((\w+):\)$/, '.$1'));
}

/** What CHANGELOG.md says: the breaking changes declared as unreleased, what releases deprecated, the newest release. */
export function readChangelog(text) {
  const lines = text.split('\n');
  const unreleased = sections(lines, /^## \[Unreleased\]$/i).flat();
  const releases = lines.filter((line) => RELEASE.test(line));
  return {
    breaking: new Set(coordinates(sections(unreleased, /^### Breaking$/i).flat())),
    deprecated: new Set(sections(lines, RELEASE).flatMap((release) => coordinates(sections(release, /^### Deprecated$/i).flat()))),
    latest: releases.length === 0 ? null : releases[0].replace(RELEASE, '$1, released $2'),
  };
}

/** The release the released schema's first line names: "# majlis API 1.0.0, released 2026-12-05 (CHANGELOG.md)". */
function releasedAs(released) {
  return released.match(/^# majlis API (\S+, released \S+) \(CHANGELOG\.md\)/)?.[1] ?? null;
}

const DEPRECATED_BEFORE_REMOVAL = {
  FIELD_REMOVED: 'isRemovedFieldDeprecated',
  INPUT_FIELD_REMOVED: 'isInputFieldDeprecated',
  ENUM_VALUE_REMOVED: 'isEnumValueDeprecated',
};

/** How a change breaks the policy: none, one or two reasons. */
function policyProblems(change, changelog) {
  const coordinate = change.path ?? change.type;
  const found = [];
  const deprecatedFlag = DEPRECATED_BEFORE_REMOVAL[change.type];
  if (deprecatedFlag && !change.meta[deprecatedFlag] && !changelog.deprecated.has(coordinate)) {
    found.push(`${change.message}: no release deprecated it first (mark it @deprecated, or name \`${coordinate}\``
      + ' under "### Deprecated" with the reason, in a release before the one that removes it)');
  }
  if (change.criticality.level === CriticalityLevel.Breaking && !changelog.breaking.has(coordinate)) {
    found.push(`${change.message}: a breaking change not declared in CHANGELOG.md (name \`${coordinate}\` under`
      + ' "## [Unreleased]" → "### Breaking", saying what clients should do instead)');
  }
  return found;
}

function parse(name, sdl) {
  try {
    return buildSchema(sdl);
  } catch (error) {
    throw new Error(`the ${name} schema is not a valid schema: ${error.message}`);
  }
}

/** The changes from the released schema to the current one, and every way they break the policy. */
export async function check({ schema, released, changelog }) {
  const changes = await diff(parse('released', released), parse('current', schema));
  const log = readChangelog(changelog);
  const problems = changes.flatMap((change) => policyProblems(change, log));
  if (releasedAs(released) !== log.latest) {
    problems.unshift(`the released schema is of ${releasedAs(released) ?? 'no named release'}, but CHANGELOG.md's`
      + ` newest release is ${log.latest ?? 'missing'}: a release copies schema.graphql to the released schema under`
      + ' the line "# majlis API VERSION, released YYYY-MM-DD (CHANGELOG.md)"');
  }
  return { changes, problems };
}

async function main() {
  let options;
  try {
    ({ values: options } = parseArgs({
      options: { schema: { type: 'string' }, released: { type: 'string' }, changelog: { type: 'string' } },
    }));
  } catch (error) {
    console.error(`${error.message}\nusage: node schema/check.mjs [--schema FILE] [--released FILE] [--changelog FILE]`);
    process.exit(2);
  }
  const files = { ...defaults, ...options };
  const texts = {};
  for (const name of Object.keys(defaults)) {
    try {
      texts[name] = readFileSync(files[name], 'utf8');
    } catch (error) {
      console.error(`schema: cannot read the ${name} file ${files[name]} (--${name}): ${error.code ?? error.message}`);
      process.exit(2);
    }
  }
  let result;
  try {
    result = await check(texts);
  } catch (error) {
    console.log(`schema: ${error.message}`);
    process.exit(1);
  }
  const { changes, problems: found } = result;
  const count = (level) => changes.filter((c) => c.criticality.level === level).length;
  console.log(`schema: ${relative('.', files.schema)} against the released ${relative('.', files.released)}:`
    + ` ${changes.length} changes (${count(CriticalityLevel.Breaking)} breaking, ${count(CriticalityLevel.Dangerous)}`
    + ` dangerous, ${count(CriticalityLevel.NonBreaking)} safe)`);
  for (const p of found) console.log(`  ${p}`);
  if (found.length > 0) {
    console.log(`schema: ${found.length} ${found.length === 1 ? 'problem' : 'problems'}: the schema change policy`
      + ' is not kept (README, "Schema changes")');
    process.exit(1);
  }
  console.log('schema: the schema change policy is kept');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
