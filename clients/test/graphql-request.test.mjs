// graphql-request, the most used minimal client, against the running service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphQLClient, ClientError, gql } from 'graphql-request';
import { endpoint, operation, id } from './helpers.mjs';

const client = new GraphQLClient(endpoint);

test('the mobile card list, with variables', async () => {
  const data = await client.request(operation('MeetingCards'), { first: 20 });
  assert.equal(data.meetings.nodes.length, 6);
  assert.equal(data.meetings.nodes[0].title.en, 'Abdelmoula Abunteisha meets Amy Pope');
});

test('a meeting found through an Arabic organisation name', async () => {
  const data = await client.request(gql`
    query ($name: String!) { meetings(filter: {organisation: {name: $name}}) { totalCount nodes { id } } }`,
    { name: 'المنظمة الدولية للهجرة' });
  assert.equal(data.meetings.totalCount, 3);
  assert.ok(data.meetings.nodes.some((m) => m.id === id('Meeting', 'mwg-2')));
});

test('errors reach the client with their code', async () => {
  await assert.rejects(client.request(gql`{ meetings(first: 500) { totalCount } }`), (error) => {
    assert.ok(error instanceof ClientError);
    assert.equal(error.response.errors[0].extensions.code, 'BAD_USER_INPUT');
    return true;
  });
});
