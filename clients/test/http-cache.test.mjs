// HTTP caching as a browser or a CDN does it: a GET answer with an ETag, revalidated with If-None-Match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpoint, operation, sha256 } from './helpers.mjs';

test('GET by hash, then revalidation gets 304 Not Modified', async () => {
  const url = new URL(endpoint);
  url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(operation('MeetingCards')) } }));
  url.searchParams.set('variables', JSON.stringify({ first: 20 }));
  const first = await fetch(url);
  assert.equal(first.status, 200);
  const etag = first.headers.get('etag');
  assert.match(etag, /^"[A-Za-z0-9_-]{43}"$/);
  assert.equal(first.headers.get('cache-control'), 'public, max-age=60');
  const again = await fetch(url, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
});
