// GraphiQL in headless Chromium: it opens with the example tabs, runs the first, shows the data and the docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { base, launchChromium } from './helpers.mjs';

const screenshot = new URL('../../target/graphiql.png', import.meta.url).pathname;

test('GraphiQL runs the example query and documents the schema', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const offline = [];
    page.on('request', (request) => { if (!request.url().startsWith(base)) offline.push(request.url()); });
    await page.goto(`${base}/graphiql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    assert.deepEqual(tabs.map((t) => t.trim()), ['MeetingsWithIom', 'ByArabicOrganisationName', 'FigureWithEvidence']);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.innerText.includes('Second meeting of the Migration Working Group'), null, { timeout: 30_000 });
    const result = await page.locator('.graphiql-response').innerText();
    assert.match(result, /"totalCount": 2/);
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.getByText('meetings', { exact: true }).first().waitFor({ timeout: 10_000 });
    mkdirSync(new URL('../../target/', import.meta.url).pathname, { recursive: true });
    await page.screenshot({ path: screenshot });
    assert.deepEqual(offline, [], 'GraphiQL needs nothing from outside the service');
  } finally {
    await browser.close();
  }
});
