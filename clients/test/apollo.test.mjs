// Apollo Client's core with its persisted-queries link: the hash-first flow over GET, as mobile apps use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from 'graphql';
import { endpoint, operation, sha256, id } from './helpers.mjs';

function recordingFetch(log) {
  return async (url, init) => {
    const response = await fetch(url, init);
    const body = await response.clone().text();
    log.push({ method: init?.method ?? 'GET', url: String(url), status: response.status, body });
    return response;
  };
}

// The mobile app knows its committed operations by the hash of their file (a persisted-query manifest, as
// Apollo's generatePersistedQueryIdsFromManifest does); any other operation is hashed as Apollo prints it (APQ).
const manifest = Object.fromEntries(['MeetingCards', 'MeetingDetail', 'OrganisationCard']
  .map((name) => [name, sha256(operation(name))]));

function apollo(log) {
  const persisted = new PersistedQueryLink({
    generateHash: (document) => {
      const name = document.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value;
      return manifest[name] ?? sha256(print(document));
    },
    useGETForHashedQueries: true,
  });
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: persisted.concat(new HttpLink({ uri: endpoint, fetch: recordingFetch(log) })),
  });
}

test('a committed operation is answered by its hash alone', async () => {
  const log = [];
  const { data } = await apollo(log).query({ query: gql(operation('OrganisationCard')), variables: { id: id('Organisation', 'iom') } });
  assert.equal(data.organisation.acronym, 'IOM');
  assert.equal(log.length, 1, JSON.stringify(log));
  assert.equal(log[0].method, 'GET');
  assert.ok(!new URL(log[0].url).searchParams.has('query'), 'only the hash travels');
});

test('an unknown operation is registered after PersistedQueryNotFound, then sent by hash', async () => {
  const query = gql`query PeopleKeys${Date.now()} { people(first: 2) { nodes { key } } }`;
  const first = [];
  const { data } = await apollo(first).query({ query });
  assert.equal(data.people.nodes.length, 2);
  assert.equal(first.length, 2, JSON.stringify(first));
  assert.match(first[0].body, /PersistedQueryNotFound/);
  assert.ok(new URL(first[0].url).searchParams.has('extensions'));
  assert.ok(first[1].body.includes('"people"'));

  const second = [];
  const again = await apollo(second).query({ query });
  assert.equal(again.data.people.nodes.length, 2);
  assert.equal(second.length, 1, 'a new client sends the hash alone, and it is known now');
  assert.ok(!new URL(second[0].url).searchParams.has('query'));
});
