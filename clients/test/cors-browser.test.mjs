// A dashboard served from another origin calls majlis from a real browser (headless Chromium): fetch with a JSON
// POST (which preflights) and a GET, graphql-request loaded as an ES module, and refusals the page can still read.
// With the origins narrowed (MAJLIS_CORS_NARROWED_URL: a second instance, started by ClientsIT with
// MAJLIS_CORS_ORIGINS=http://127.0.0.1:$MAJLIS_PAGE_PORT), the same page served as http://localhost:… is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { endpoint, launchChromium, operation } from './helpers.mjs';

const narrowed = process.env.MAJLIS_CORS_NARROWED_URL;
const clients = new URL('..', import.meta.url);
// the page loads these packages as ES modules straight from node_modules, through an import map
const modules = {
  'graphql-request': '/node_modules/graphql-request/build/entrypoints/main.js',
  graphql: '/node_modules/graphql/index.mjs',
};
const html = `<!doctype html><meta charset="utf-8"><title>A dashboard on another origin</title>
<script type="importmap">${JSON.stringify({ imports: modules })}</script>
<script type="module">
  import { GraphQLClient, ClientError } from 'graphql-request';
  window.graphqlRequest = { GraphQLClient, ClientError };
</script>`;

/** The page's own origin: a tiny static server on loopback, serving the page and those two packages only. */
function servePage() {
  const served = Object.keys(modules).map((name) => new URL(`node_modules/${name}/`, clients).pathname);
  const server = createServer(async (request, response) => {
    const file = new URL(`.${new URL(request.url, 'http://page').pathname}`, clients).pathname;
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
    } else if (served.some((folder) => file.startsWith(folder)) && /\.m?js$/.test(file)) {
      const body = await readFile(file).catch(() => null);
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(body ?? '');
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(Number(process.env.MAJLIS_PAGE_PORT ?? 0), '127.0.0.1',
    () => resolve(server)));
}

let server;
let browser;
let port;
before(async () => {
  server = await servePage();
  port = server.address().port;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(origin) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => window.graphqlRequest, null, { timeout: 10_000 });
  return tab;
}

/**
 * A JSON POST from the page, as the page sees it: status, exposed header and the answer's data (its extensions, the
 * dataset version and cost, are the service's to vary), or the error fetch throws.
 */
const post = (tab, url, query) => tab.evaluate(async ([url, query]) => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'dashboard-1' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, requestId: response.headers.get('X-Request-Id'), data: (await response.json()).data };
  } catch (error) {
    return { error: `${error.name}: ${error.message}` };
  }
}, [url, query]);

test('fetch from another origin: a preflighted JSON POST and a GET, with the headers majlis exposes', async () => {
  const tab = await openPage(`http://127.0.0.1:${port}`);
  assert.deepEqual(await post(tab, endpoint, '{ meetings { totalCount } }'),
    { status: 200, requestId: 'dashboard-1', data: { meetings: { totalCount: 6 } } });
  const get = await tab.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, etag: response.headers.get('ETag'), body: await response.json() };
  }, `${endpoint}?query=${encodeURIComponent('{ meetings(first: 1) { nodes { key } } }')}`);
  assert.equal(get.status, 200);
  assert.match(get.etag, /^"[A-Za-z0-9_-]{43}"$/);
  assert.deepEqual(get.body.data, { meetings: { nodes: [{ key: 'abunteisha-pope' }] } });
  assert.equal(typeof get.body.extensions.dataVersion, 'number');
});

test('graphql-request in the page, answers and errors', async () => {
  const tab = await openPage(`http://127.0.0.1:${port}`);
  const result = await tab.evaluate(async ([url, cards]) => {
    const { GraphQLClient, ClientError } = window.graphqlRequest;
    const client = new GraphQLClient(url);
    const data = await client.request(cards, { first: 20 });
    const error = await client.request('{ meetings(first: 500) { totalCount } }').catch((e) => e);
    return { titles: data.meetings.nodes.map((m) => m.title.en), error: error instanceof ClientError && error.response.errors[0].extensions.code };
  }, [endpoint, operation('MeetingCards')]);
  assert.equal(result.titles.length, 6);
  assert.equal(result.titles[0], 'Abdelmoula Abunteisha meets Amy Pope');
  assert.equal(result.error, 'BAD_USER_INPUT');
});

test('a refusal before GraphQL runs is readable by the page', async () => {
  const tab = await openPage(`http://127.0.0.1:${port}`);
  const refused = await tab.evaluate(async (url) => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    return { status: response.status, code: (await response.json()).errors[0].extensions.code };
  }, endpoint);
  assert.deepEqual(refused, { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
});

test('with the origins narrowed, a listed origin is answered and any other refused', {
  skip: !narrowed && 'set MAJLIS_CORS_NARROWED_URL to an instance started with MAJLIS_CORS_ORIGINS=http://127.0.0.1:$MAJLIS_PAGE_PORT',
}, async () => {
  const query = '{ meetings { totalCount } }';
  const listed = await openPage(`http://127.0.0.1:${port}`);
  assert.deepEqual(await post(listed, `${narrowed}/graphql`, query),
    { status: 200, requestId: 'dashboard-1', data: { meetings: { totalCount: 6 } } });
  const other = await openPage(`http://localhost:${port}`);
  assert.deepEqual(await post(other, `${narrowed}/graphql`, query), { error: 'TypeError: Failed to fetch' });
  // the open instance still answers that page
  assert.equal((await post(other, endpoint, query)).status, 200);
});
