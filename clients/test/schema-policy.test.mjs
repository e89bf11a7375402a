// The schema change policy check (schema/check.mjs, GraphQL Inspector) on the committed files, and on temporary
// copies with a removed field: refused without a changelog entry or without a release that deprecated it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kind, parse, print, visit } from 'graphql';

const clients = new URL('..', import.meta.url).pathname;
const committed = {
  schema: readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'),
  released: readFileSync(new URL('../schema/released.graphql', import.meta.url), 'utf8'),
  changelog: readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8'),
};

/** Runs the check as CI does, on these texts (written to a temporary folder), or on the committed files. */
function check(files) {
  const args = ['schema/check.mjs'];
  if (files) {
    const dir = mkdtempSync(join(tmpdir(), 'majlis-schema-'));
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      args.push(`--${name}`, join(dir, name));
    }
  }
  const run = spawnSync(process.execPath, args, { cwd: clients, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** The SDL with one field of one type changed (null removes it). */
function editField(sdl, typeName, fieldName, edit) {
  const header = sdl.match(/^# majlis API .*\n/)?.[0] ?? '';
  const document = visit(parse(sdl), {
    FieldDefinition(node, key, parent, path, ancestors) {
      const owner = ancestors[ancestors.length - 1];
      return owner.name?.value === typeName && node.name.value === fieldName ? edit(node) : undefined;
    },
  });
  return header + print(document);
}
const removed = (node) => null;
const deprecated = (node) => ({
  ...node,
  directives: [{
    kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'deprecated' },
    arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'reason' },
      value: { kind: Kind.STRING, value: 'Use `notes` instead.' } }],
  }],
});

const withoutNote = editField(committed.schema, 'Figure', 'note', removed);
const releasedDeprecatingNote = editField(committed.released, 'Figure', 'note', deprecated);
const declaringRemoval = committed.changelog.replace('## [Unreleased]\n',
  '## [Unreleased]\n\n### Breaking\n\n- `Figure.note` removed: read `Figure.notes`.\n');

test('the committed schema keeps the policy against the last release', () => {
  const { status, output } = check();
  assert.equal(status, 0, output);
  assert.match(output, /the schema change policy is kept/);
});

test('a removed field that no changelog entry declares fails the check', () => {
  const { status, output } = check({ schema: withoutNote, released: releasedDeprecatingNote, changelog: committed.changelog });
  assert.equal(status, 1, output);
  assert.match(output, /Field 'note' \(deprecated\) was removed from object type 'Figure': a breaking change not declared in CHANGELOG\.md/);
});

test('a removed field passes once the changelog declares it and a release deprecated it', () => {
  const { status, output } = check({ schema: withoutNote, released: releasedDeprecatingNote, changelog: declaringRemoval });
  assert.equal(status, 0, output);
  assert.match(output, /1 breaking/);
});

test('a field no release deprecated cannot be removed, even when declared', () => {
  const { status, output } = check({ schema: withoutNote, released: committed.released, changelog: declaringRemoval });
  assert.equal(status, 1, output);
  assert.match(output, /Field 'note' was removed from object type 'Figure': no release deprecated it first/);
});

test('a deprecation the changelog of a release records counts as well', () => {
  const changelog = declaringRemoval.replace(/(## \[1\.0\.0\] - \S+\n)/,
    '$1\n### Deprecated\n\n- `Figure.note`: curators now write `Figure.notes`.\n');
  const { status, output } = check({ schema: withoutNote, released: committed.released, changelog });
  assert.equal(status, 0, output);
});

test('an argument is declared by its coordinate, Type.field(argument:)', () => {
  const schema = editField(committed.schema, 'Meeting', 'organisations', (node) => ({ ...node, arguments: [] }));
  assert.equal(check({ schema, released: committed.released, changelog: committed.changelog }).status, 1);
  const changelog = committed.changelog.replace('## [Unreleased]\n',
    '## [Unreleased]\n\n### Breaking\n\n- `Meeting.organisations(role:)` removed: filter the roles in the client.\n');
  const { status, output } = check({ schema, released: committed.released, changelog });
  assert.equal(status, 0, output);
});

test('the released schema must be the one of the newest release', () => {
  const changelog = committed.changelog.replace('## [Unreleased]\n', '## [Unreleased]\n\n## [1.1.0] - 2027-01-04\n');
  const { status, output } = check({ schema: committed.schema, released: committed.released, changelog });
  assert.equal(status, 1, output);
  assert.match(output, /the released schema is of 1\.0\.0, released \S+, but CHANGELOG\.md's newest release is 1\.1\.0, released 2027-01-04/);
});

test('an unreadable file is a usage error naming it', () => {
  const run = spawnSync(process.execPath, ['schema/check.mjs', '--changelog', '/nonexistent/CHANGELOG.md'],
    { cwd: clients, encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /cannot read the changelog file \/nonexistent\/CHANGELOG\.md \(--changelog\): ENOENT/);
});
