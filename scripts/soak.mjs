// Bounded soak of a running majlis: N concurrent clients send a mix of real queries for a fixed time, every
// response is checked (HTTP 200, no GraphQL errors), and the service's RSS is sampled from /proc.
// Usage: node scripts/soak.mjs URL PID SECONDS CONCURRENCY   (loopback URLs only)
import { readFileSync } from 'node:fs';

const [url, pid, seconds = '180', concurrency = '32'] = process.argv.slice(2);
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url ?? '')) {
  console.error('soak: give a loopback URL, e.g. http://127.0.0.1:8089/graphql');
  process.exit(2);
}
const doc = (name) => readFileSync(new URL(`../src/test/resources/graphql/${name}.graphql`, import.meta.url), 'utf8');
const id = (type, key) => Buffer.from(`${type}:${key}`).toString('base64url');
const mix = [
  { query: doc('meetingCards') },
  { query: doc('meetingDetail'), variables: { id: id('Meeting', 'mwg-2') } },
  { query: doc('meetingDetail'), variables: { id: id('Meeting', 'icmpd-review-2020') } },
  { query: doc('meetingKeys'), variables: { filter: { organisation: { name: 'المنظمة الدولية للهجرة', includeSubOrganisations: true } } } },
  { query: doc('meetingKeys'), variables: { filter: { date: { from: '2018-01-01', to: '2019-01-01' }, dateMatch: 'WITHIN' } } },
  { query: doc('meetingKeys'), variables: { filter: { person: { name: 'عثمان البلبيسي' } } } },
  { query: '{ figures(filter: {unit: "person"}) { totalCount nodes { value qualifier textAsStated producer { acronym } evidence { quote start end } } } }' },
  { query: '{ organisations(first: 50) { totalCount nodes { key name { ar en } parent { key } aliases { text } } } }' },
].map((body) => JSON.stringify(body));

const rss = () => {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(m[1]) / 1024);
};
const end = Date.now() + Number(seconds) * 1000;
const stats = { ok: 0, errors: 0, firstError: null, latencies: [], errorTimes: [] };
const samples = [{ t: 0, rss: rss() }];
const started = Date.now();
const sampler = setInterval(() => samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rss() }), 10_000);

async function client(n) {
  for (let i = n; Date.now() < end; i++) {
    const t0 = performance.now();
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: mix[i % mix.length] });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors"')) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
      stats.ok++;
      stats.latencies.push(performance.now() - t0);
    } catch (e) {
      stats.errors++;
      stats.errorTimes.push(((Date.now() - started) / 1000).toFixed(2));
      stats.firstError ??= String(e.message ?? e);
    }
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, (_, n) => client(n)));
clearInterval(sampler);
samples.push({ t: Math.round((Date.now() - started) / 1000), rss: rss() });

const sorted = stats.latencies.sort((a, b) => a - b);
const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1) : '-');
// the JIT and class loading settle within the first minute (as in the benchmark's 60 s warm-up)
const warm = samples.find((s) => s.t >= 60) ?? samples[0];
const last = samples[samples.length - 1];
console.log(`soak: ${seconds} s, ${concurrency} clients, ${mix.length} queries in rotation`);
console.log(`requests ok ${stats.ok}, errors ${stats.errors}${stats.firstError ? ` (first: ${stats.firstError})` : ''}`);
if (stats.errors) console.log(`error times (s after start): ${stats.errorTimes.join(' ')}`);
console.log(`throughput ${(stats.ok / Number(seconds)).toFixed(0)} req/s, latency p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`);
console.log(`RSS MB: ${samples.map((s) => `${s.t}s=${s.rss}`).join(' ')}`);
console.log(`RSS after warm-up (${warm.t}s) ${warm.rss} MB, at end ${last.rss} MB, growth ${last.rss - warm.rss} MB`);
process.exitCode = stats.errors > 0 ? 1 : 0;
