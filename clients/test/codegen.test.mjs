// Client code generation out of the box: GraphQL Code Generator (codegen.ts) turns the committed schema and mobile
// operations into typed operations (generated/), tsc type-checks an app's use of them (typed/), and the scalar
// mapping matches what the service sends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { GraphQLClient } from 'graphql-request';
import { endpoint, id, operation } from './helpers.mjs';

const clients = new URL('..', import.meta.url).pathname;
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: clients, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

test('typed operations are generated for the mobile operations and type-check', () => {
  rmSync(new URL('../generated/', import.meta.url), { recursive: true, force: true });
  const generated = run(bin('graphql-codegen'), ['--config', 'codegen.ts', '--silent']);
  assert.equal(generated.status, 0, generated.output);
  const types = readFileSync(new URL('../generated/graphql.ts', import.meta.url), 'utf8');
  for (const name of ['MeetingCards', 'MeetingDetail', 'OrganisationCard']) {
    assert.match(types, new RegExp(`export const ${name}Document = `));
    assert.match(types, new RegExp(`export type ${name}QueryVariables = `));
  }
  assert.match(types, /figures: Array<\{ value: number, qualifier: FigureQualifier, textAsStated: string/);
  const checked = run(bin('tsc'), ['-p', 'tsconfig.json']);
  assert.equal(checked.status, 0, checked.output);
});

test('the scalars travel as the mapping says', async () => {
  const client = new GraphQLClient(endpoint);
  const { meeting } = await client.request(operation('MeetingDetail'), { id: id('Meeting', 'mwg-2') });
  assert.ok(meeting.figures.length > 0);
  for (const figure of meeting.figures) assert.equal(typeof figure.value, 'number', JSON.stringify(figure));
  const { meetings } = await client.request(`{ meetings(first: 10) { nodes { date { earliest latest } } } }`);
  const days = meetings.nodes.flatMap((m) => [m.date.earliest, m.date.latest]).filter((d) => d !== null);
  assert.ok(days.length > 0);
  for (const day of days) assert.match(day, /^\d{4}-\d{2}-\d{2}$/);
  // a BigDecimal variable may be a string, every digit kept
  const { figures } = await client.request(`query ($min: BigDecimal) { figures(filter: {minValue: $min}) { nodes { value } } }`,
    { min: '704141.5' });
  assert.deepEqual(figures.nodes.map((f) => f.value), [704142, 1000000]);
});
