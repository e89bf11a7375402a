// Where the service under test listens (set by ClientsIT), and the committed mobile operations.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

export const base = process.env.MAJLIS_URL ?? 'http://127.0.0.1:8080';
export const endpoint = `${base}/graphql`;
export const operation = (name) => readFileSync(new URL(`../mobile/${name}.graphql`, import.meta.url), 'utf8');
export const sha256 = (text) => createHash('sha256').update(text).digest('hex');
export const id = (type, key) => Buffer.from(`${type}:${key}`).toString('base64url');
