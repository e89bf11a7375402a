// CITATION.cff is valid Citation File Format 1.2.0: checked against the format's JSON schema (as bundled by cffjs)
// with Ajv, and it names the licence and title the service reports for the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { validateCFF, validateCFFFile, readCFF } from 'cffjs';
import { endpoint } from './helpers.mjs';

const file = fileURLToPath(new URL('../../CITATION.cff', import.meta.url));

test('CITATION.cff validates against the CFF 1.2.0 schema', () => {
  const cff = readCFF(file);
  assert.equal(cff['cff-version'], '1.2.0', 'validated as the version it declares');
  validateCFFFile(file);
  assert.equal(cff.type, 'dataset');
  assert.equal(cff.license, 'CC-BY-4.0');
});

test('the schema check refuses a broken citation', () => {
  const noAuthors = readCFF(file);
  delete noAuthors.authors;
  assert.throws(() => validateCFF(noAuthors), /must have required property 'authors'/);
  assert.throws(() => validateCFF({ ...readCFF(file), license: 'CC BY' }), /"instancePath":"\/license"/);
});

test('the service cites the dataset with the same title and licence', async () => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: '{ dataset { version contentHash citation licence { spdxId url } } }' }),
  });
  const { data } = await response.json();
  const cff = readCFF(file);
  assert.equal(data.dataset.licence.spdxId, cff.license);
  assert.ok(data.dataset.version > 0);
  assert.ok(data.dataset.citation.includes(`${cff.title}, dataset version ${data.dataset.version}`), data.dataset.citation);
  assert.ok(data.dataset.citation.includes(data.dataset.contentHash));
});
