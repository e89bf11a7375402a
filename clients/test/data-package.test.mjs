// The data package (GET /data/latest -> /data/majlis-vN.zip), each format checked with its own ecosystem's tools:
// the descriptor against the Frictionless Data Package v1 profiles (ajv), the CSV with csv-parse (RFC 4180) against
// its Table Schema, the JSON Lines, Popolo against Popolo's JSON Schemas (jsonschema, which reads their draft-03),
// the Web Annotations expanded by jsonld with the context the package ships (no network), GeoJSON by check-geojson
// (geojsonhint's successor).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Validator } from 'jsonschema';
import { getIssues } from '@placemarkio/check-geojson';
import { base, endpoint } from './helpers.mjs';

const schema = (path) => JSON.parse(readFileSync(new URL(`./schemas/${path}`, import.meta.url), 'utf8'));
let files;
let descriptor;
let version;
let location;
const tables = {};

async function graphql(query) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

const text = (path) => strFromU8(files[path]);
const json = (path) => JSON.parse(text(path));

before(async () => {
  const latest = await fetch(`${base}/data/latest`, { redirect: 'manual' });
  assert.equal(latest.status, 302);
  location = latest.headers.get('location');
  const response = await fetch(new URL(location, base));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/zip');
  files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  descriptor = json('datapackage.json');
  version = (await graphql('{ dataset { version } }')).dataset.version;
  for (const resource of descriptor.resources.filter((r) => r.profile === 'tabular-data-resource')) {
    tables[resource.name] = { resource, rows: parse(text(resource.path), { columns: true, record_delimiter: '\r\n',
      comment: resource.dialect.commentChar, comment_no_infix: true }) };
  }
});

test('the latest package is the current version, described by a valid Data Package descriptor', () => {
  assert.equal(location, `/data/majlis-v${version}.zip`);
  assert.equal(descriptor.version, String(version));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  for (const profile of ['datapackage', 'dataresource', 'tableschema']) {
    ajv.addSchema(schema(`frictionless/${profile}.json`), profile);
  }
  assert.ok(ajv.validate('datapackage', descriptor), ajv.errorsText());
  for (const resource of descriptor.resources) {
    assert.ok(ajv.validate('dataresource', resource), `${resource.name}: ${ajv.errorsText()}`);
    if (resource.schema) assert.ok(ajv.validate('tableschema', resource.schema), `${resource.name}: ${ajv.errorsText()}`);
    const bytes = files[resource.path];
    assert.ok(bytes, `${resource.path} is in the zip`);
    assert.equal(bytes.length, resource.bytes, resource.path);
    assert.equal(resource.hash, `sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path);
  }
  assert.deepEqual(Object.keys(files).sort(), ['datapackage.json', ...descriptor.resources.map((r) => r.path)].sort());
  assert.equal(descriptor.licenses[0].name, 'CC-BY-4.0');
});

const cellMatches = {
  integer: (v) => /^-?\d+$/.test(v),
  number: (v) => /^-?\d+(\.\d+)?$/.test(v),
  boolean: (v) => v === 'true' || v === 'false',
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  string: () => true,
  array: (v) => Array.isArray(JSON.parse(v)),
};

test('every CSV parses as RFC 4180 with its header, and every cell, key and reference fits its Table Schema', () => {
  const names = ['meetings', 'participations', 'organisation-roles', 'people', 'organisations', 'aliases', 'figures',
    'documents', 'evidence'];
  for (const name of names) {
    assert.ok(tables[name], `${name}.csv`);
    assert.ok(tables[`${name}-hxl`], `${name}.hxl.csv`);
    assert.ok(tables[name].rows.length > 0, `${name}.csv has rows`);
  }
  for (const { resource, rows } of Object.values(tables)) {
    const fields = resource.schema.fields;
    assert.deepEqual(Object.keys(rows[0]), fields.map((f) => f.name), `${resource.path}: the header`);
    for (const row of rows) {
      for (const field of fields) {
        const value = row[field.name];
        if (value !== '') assert.ok(cellMatches[field.type](value), `${resource.path} ${field.name}: ${value}`);
      }
    }
    if (resource.schema.primaryKey) {
      const keys = rows.map((row) => resource.schema.primaryKey.map((f) => row[f]).join('\u0000'));
      assert.equal(new Set(keys).size, keys.length, `${resource.path}: its primary key is unique`);
    }
    for (const fk of resource.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? resource.name : fk.reference.resource;
      const known = new Set(tables[target].rows.map((row) => row[fk.reference.fields]));
      for (const row of rows) {
        if (row[fk.fields] !== '') assert.ok(known.has(row[fk.fields]), `${resource.path} ${fk.fields}: ${row[fk.fields]}`);
      }
    }
  }
});

test('the HXL variants carry the same rows behind hashtags, with +i_ar and +i_en on the two languages', () => {
  for (const name of ['meetings', 'people', 'organisations', 'figures', 'documents']) {
    const [header, tags] = parse(text(`${name}.hxl.csv`), { to_line: 2 });
    assert.deepEqual(header, tables[name].resource.schema.fields.map((f) => f.name));
    for (const tag of tags) assert.match(tag, /^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
    header.forEach((column, i) => {
      if (column.endsWith('_ar')) assert.ok(tags[i].includes('+i_ar'), `${name} ${column}: ${tags[i]}`);
      if (column.endsWith('_en')) assert.ok(tags[i].includes('+i_en'), `${name} ${column}: ${tags[i]}`);
    });
    assert.deepEqual(tables[`${name}-hxl`].rows, tables[name].rows);
  }
});

test('the JSON Lines hold the same records, typed', () => {
  for (const name of ['meetings', 'people', 'organisations', 'figures', 'documents', 'evidence']) {
    const lines = text(`${name}.jsonl`).trimEnd().split('\n').map((line) => JSON.parse(line));
    const rows = tables[name].rows;
    assert.equal(lines.length, rows.length, name);
    lines.forEach((record, i) => {
      for (const field of tables[name].resource.schema.fields) {
        const cell = rows[i][field.name];
        const value = record[field.name];
        // an empty cell is null or, where a text may be empty (evidence at the very start of a text has no prefix), ""
        if (cell === '') assert.ok(value === null || value === '', `${name} ${field.name}: ${value} for an empty cell`);
        else if (field.type === 'array') assert.deepEqual(value, JSON.parse(cell));
        else if (field.type === 'number') assert.equal(value, Number(cell), `${name} ${field.name}`);
        else assert.equal(String(value), cell, `${name} ${field.name}`);
      }
    });
  }
});

test('the Popolo file is valid against the Popolo schemas and its references resolve', async () => {
  const validator = new Validator();
  for (const file of readdirSync(new URL('./schemas/popolo/', import.meta.url))) {
    const s = schema(`popolo/${file}`);
    validator.addSchema(s, s.id);
  }
  const popolo = json('popolo.json');
  const counts = await graphql('{ people(first: 1) { totalCount } organisations(first: 1) { totalCount } }');
  assert.equal(popolo.persons.length, counts.people.totalCount);
  assert.equal(popolo.organizations.length, counts.organisations.totalCount);
  assert.equal(popolo.memberships.length, tables.participations.rows.length);
  const check = (item, kind) => {
    const result = validator.validate(item, schema(`popolo/${kind}.json`));
    assert.ok(result.valid, `${kind} ${item.id}: ${result.errors.map((e) => e.stack).join('; ')}`);
  };
  popolo.persons.forEach((p) => check(p, 'person'));
  popolo.organizations.forEach((o) => check(o, 'organization'));
  popolo.memberships.forEach((m) => check(m, 'membership'));
  const people = new Set(popolo.persons.map((p) => p.id));
  const organisations = new Set(popolo.organizations.map((o) => o.id));
  for (const m of popolo.memberships) {
    assert.ok(people.has(m.person_id));
    if (m.organization_id !== null) assert.ok(organisations.has(m.organization_id));
  }
  for (const o of popolo.organizations) if (o.parent_id !== null) assert.ok(organisations.has(o.parent_id));
  const aliased = popolo.persons.find((p) => p.other_names.some((n) => n.note.startsWith('alias')));
  assert.ok(aliased, 'aliases are other_names');
});

test('the Web Annotations expand as JSON-LD with the shipped context, and quote their documents exactly', async () => {
  const context = json('context/anno.jsonld');
  const documentLoader = async (url) => {
    // offline: the one context the annotations name comes from the package itself
    assert.equal(url, 'http://www.w3.org/ns/anno.jsonld', `no other document is needed: ${url}`);
    return { contextUrl: null, documentUrl: url, document: context };
  };
  const page = json('annotations.jsonld');
  const [expanded] = await jsonld.expand(page, { documentLoader, safe: true });
  const OA = 'http://www.w3.org/ns/oa#';
  assert.deepEqual(expanded['@type'], ['http://www.w3.org/ns/activitystreams#OrderedCollectionPage']);
  const items = expanded['http://www.w3.org/ns/activitystreams#items'][0]['@list'];
  assert.equal(items.length, tables.evidence.rows.length, 'one annotation per evidence span');
  const texts = new Map(tables.documents.rows.map((d) => [`urn:majlis:document:${d.slug}`, [...d.text]]));
  for (const annotation of items) {
    assert.deepEqual(annotation['@type'], [`${OA}Annotation`]);
    const target = annotation[`${OA}hasTarget`][0];
    const source = target[`${OA}hasSource`][0]['@id'];
    const selectors = target[`${OA}hasSelector`];
    const quote = selectors.find((s) => s['@type'][0] === `${OA}TextQuoteSelector`);
    const position = selectors.find((s) => s['@type'][0] === `${OA}TextPositionSelector`);
    const exact = quote[`${OA}exact`][0]['@value'];
    const start = position[`${OA}start`][0]['@value'];
    const end = position[`${OA}end`][0]['@value'];
    // offsets count code points (Web Annotation Data Model §4.2.5)
    assert.equal(texts.get(source).slice(start, end).join(''), exact, annotation['@id']);
    assert.ok(annotation[`${OA}hasBody`].some((b) => b['@id']?.startsWith('urn:majlis:')), annotation['@id']);
  }
});

test('the GeoJSON is valid and places only meetings whose city is in the gazetteer', async () => {
  const geojson = json('meetings.geojson');
  assert.deepEqual(getIssues(text('meetings.geojson')), []);
  const meetings = new Map(tables.meetings.rows.map((m) => [m.id, m]));
  assert.ok(geojson.features.length > 0);
  for (const feature of geojson.features) {
    const meeting = meetings.get(feature.id);
    assert.ok(meeting, feature.id);
    assert.ok(meeting.city_ar !== '' || meeting.city_en !== '', `${meeting.key} has a city`);
    assert.equal(feature.properties.city_en, meeting.city_en === '' ? null : meeting.city_en);
    assert.equal(feature.properties.coordinates_basis, 'EXTERNAL');
    assert.ok(feature.properties.coordinates_note.length > 0);
    assert.match(feature.properties.coordinates_source, /GeoNames/);
  }
  const placed = new Set(geojson.features.map((f) => f.id));
  for (const meeting of tables.meetings.rows) {
    if (meeting.city_ar === '' && meeting.city_en === '') assert.ok(!placed.has(meeting.id), `${meeting.key} has no city`);
  }
});
