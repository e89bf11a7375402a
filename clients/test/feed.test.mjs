// The Atom feed of new and changed meetings, read by a feed parser (feedparser) as a feed reader would, and
// checked against what the API says of the same meetings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import { base, endpoint } from './helpers.mjs';

const feedUrl = `${base}/feeds/meetings.atom`;

function parse(xml) {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ feedurl: feedUrl });
    const items = [];
    let meta;
    parser.on('error', reject);
    parser.on('meta', (m) => { meta = m; });
    parser.on('readable', () => {
      let item;
      while ((item = parser.read())) items.push(item);
    });
    parser.on('end', () => resolve({ meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

async function graphql(query, variables = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

test('the feed lists every meeting with both titles, its versions and a working link', async () => {
  const response = await fetch(feedUrl);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
  const { meta, items } = await parse(await response.text());
  assert.equal(meta['#type'], 'atom');
  assert.equal(meta.title, 'majlis: new and changed meetings');

  const data = await graphql('{ dataset { version loadedAt } meetings(first: 100) { nodes { id key title { ar en }'
    + ' versions { added changed } } } }');
  assert.equal(meta.date.getTime(), new Date(data.dataset.loadedAt).getTime(), 'feed updated: the current version');
  const meetings = new Map(data.meetings.nodes.map((m) => [m.key, m]));
  assert.equal(items.length, meetings.size, 'one entry per meeting');

  const ids = new Set();
  for (const item of items) {
    const key = item.description.match(/^Meeting ([a-z0-9-]+), id /)[1];
    const meeting = meetings.get(key);
    assert.ok(meeting, `a meeting of the API: ${key}`);
    assert.equal(item.title, `${meeting.title.en} — ${meeting.title.ar}`);
    assert.match(item.guid, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    ids.add(item.guid);
    assert.ok(item.description.includes(`id ${meeting.id}:`));
    assert.ok(item.description.endsWith(`added in dataset version ${meeting.versions.added},`
      + ` last changed in version ${meeting.versions.changed}.`), item.description);
    // the kind of its last change: a meeting first added in its last version was added; one deleted and added
    // again was added too, though it first appeared earlier
    assert.equal(item.categories.length, 1);
    assert.ok(['added', 'modified'].includes(item.categories[0]), item.categories[0]);
    if (meeting.versions.added === meeting.versions.changed) assert.equal(item.categories[0], 'added');
    assert.ok(item.pubdate <= item.date, 'published no later than updated');
    const record = await (await fetch(item.link)).json();
    assert.equal(record.data.meeting.key, key, 'the link is a GraphQL GET of the record');
    assert.equal(record.data.meeting.id, meeting.id);
  }
  assert.equal(ids.size, items.length, 'entry ids are distinct');
  for (let i = 1; i < items.length; i++) {
    assert.ok(items[i - 1].date >= items[i].date, 'the latest change first');
  }
  assert.ok(items[0].date.getTime() <= meta.date.getTime(), 'no entry is newer than the current version');
});

test('a feed reader revalidating with the ETag gets 304 until the feed changes', async () => {
  const first = await fetch(feedUrl);
  const etag = first.headers.get('etag');
  assert.match(etag, /^"[0-9a-f]{32}"$/);
  const again = await fetch(feedUrl, { headers: { 'If-None-Match': etag } });
  assert.equal(again.status, 304);
  assert.equal(await again.text(), '');
});
