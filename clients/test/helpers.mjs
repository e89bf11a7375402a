// Where the service under test listens (set by ClientsIT), the committed mobile operations, and headless Chromium.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { chromium } from 'playwright-core';

export const base = process.env.MAJLIS_URL ?? 'http://127.0.0.1:8080';
export const endpoint = `${base}/graphql`;
export const operation = (name) => readFileSync(new URL(`../mobile/${name}.graphql`, import.meta.url), 'utf8');
export const sha256 = (text) => createHash('sha256').update(text).digest('hex');
export const id = (type, key) => Buffer.from(`${type}:${key}`).toString('base64url');

/** Debian's headless Chromium (CHROMIUM overrides the path), quiet: no background traffic of its own. */
export const launchChromium = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
