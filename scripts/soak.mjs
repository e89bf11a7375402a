// Mixed load on a running majlis (one instance or the balancer): N concurrent clients send a mix of real queries
// for a fixed time, every response is checked (HTTP 200, no GraphQL errors, and one dataset version per answer:
// two answers to the same request that report the same extensions.dataVersion must carry the same data), and each
// instance's RSS is sampled from /proc.
// Usage: node scripts/soak.mjs URL PIDS SECONDS CONCURRENCY   (loopback URLs only; PIDS: one or more, comma-separated)
// Environment:
//   SOAK_SCALE=S|L   the benchmark's Q1-Q3 with random parameters of that scale (bench/generate's data) instead of
//                    the seed data's; search, statistics and the mobile app's GET operations are sent either way
//   SOAK_REPORT=FILE writes every failure (time, status, message), the marks and per-second counts as JSON
//   SOAK_FAULTS=FILE fault windows, read at the end: lines "START_MS END_MS LABEL" (epoch milliseconds, as
//                    `date +%s%3N` writes them); failures inside one are counted per window and allowed, the run
//                    fails only on failures outside them
//   SOAK_WARMUP=60   seconds after which RSS growth is measured (the JIT and class loading settle first)
// SIGUSR2 records a mark (time and requests in flight), e.g. just before a fault is injected (scripts/chaos);
// SIGTERM ends the run early (the clients finish their requests, then the report is printed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const [url, pidList = '', seconds = '180', concurrency = '32'] = process.argv.slice(2);
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url ?? '')) {
  console.error('soak: give a loopback URL, e.g. http://127.0.0.1:8089/graphql');
  process.exit(2);
}
const pids = pidList.split(',').filter(Boolean);
const file = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const doc = (name) => file(`src/test/resources/graphql/${name}.graphql`);
const id = (type, key) => Buffer.from(`${type}:${key}`).toString('base64url');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const post = (body) => ({ method: 'POST', body: JSON.stringify(body) });
// the mobile app's committed operations by their hash over GET, as the app sends them (cacheable)
const hashes = Object.fromEntries(['MeetingCards', 'MeetingDetail', 'OrganisationCard']
  .map((name) => [name, sha256(file(`clients/mobile/${name}.graphql`))]));
const mobile = (name, variables) => ({
  method: 'GET',
  query: new URLSearchParams({
    operationName: name, variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashes[name] } }),
  }).toString(),
});
// search, statistics and the mobile app's card list; its meeting and organisation cards by the data's keys
const shared = (meeting, organisation) => [
  post({ query: doc('search'), variables: { query: 'ليبيا', first: 10 } }),
  post({ query: doc('search'), variables: { query: 'IOM', first: 10 } }),
  post({ query: doc('meetingStats'), variables: { groupBy: 'YEAR' } }),
  post({ query: doc('meetingStats'), variables: { groupBy: 'ORGANISATION', first: 10 } }),
  mobile('MeetingCards', {}),
  mobile('MeetingDetail', { id: id('Meeting', meeting) }),
  mobile('OrganisationCard', { id: id('Organisation', organisation) }),
];
const bench = (q) => file(`bench/queries/majlis/${q}.graphql`);
let next;
if (process.env.SOAK_SCALE) {
  // the benchmark's workload, drawn as bench/lib/wrk.lua draws it (bench/lib/params.cjs)
  const { expand, fill, DAYS, WINDOW } = createRequire(import.meta.url)('../bench/lib/params.cjs');
  const [meetings, orgs] = { S: [20000, 400], L: [200000, 2000] }[process.env.SOAK_SCALE] ?? [];
  if (!meetings) { console.error('soak: SOAK_SCALE is S or L'); process.exit(2); }
  const vars = (q, p) => JSON.parse(fill(file(`bench/queries/majlis/${q}.vars.json`), expand(q, p)));
  const pick = (n) => 1 + Math.floor(Math.random() * n);
  const draws = [
    () => post({ query: bench('Q1'), variables: vars('Q1', { org: pick(Math.max(1, orgs / 10)), year: 2009 + pick(17) }) }),
    () => post({ query: bench('Q2'), variables: vars('Q2', { id: pick(meetings) }) }),
    () => { const d = pick(DAYS - WINDOW) - 1; return post({ query: bench('Q3'), variables: vars('Q3', { from_day: d, to_day: d + WINDOW }) }); },
  ];
  next = (i) => (i % 5 < 3 ? draws[i % 5]() : shared(`m-${pick(meetings)}`, `org-${pick(orgs)}`)[i % 7]);
} else {
  const fixed = [
    post({ query: bench('Q1'), variables: { org: id('Organisation', 'iom'), from: '2018-01-01', to: '2019-01-01' } }),
    post({ query: bench('Q2'), variables: { id: id('Meeting', 'mwg-2') } }),
    post({ query: bench('Q3'), variables: { from: '2017-01-01', to: '2021-01-01' } }),
    post({ query: doc('meetingCards') }),
    post({ query: doc('meetingDetail'), variables: { id: id('Meeting', 'icmpd-review-2020') } }),
    post({ query: doc('meetingKeys'), variables: { filter: { organisation: { name: 'المنظمة الدولية للهجرة', includeSubOrganisations: true } } } }),
    post({ query: doc('meetingKeys'), variables: { filter: { person: { name: 'عثمان البلبيسي' } } } }),
    post({ query: '{ figures(filter: {unit: "person"}) { totalCount nodes { value qualifier textAsStated producer { acronym } evidence { quote start end } } } }' }),
    post({ query: '{ organisations(first: 50) { totalCount nodes { key name { ar en } parent { key } aliases { text } } } }' }),
    ...shared('icmpd-review-2020', 'iom'),
  ];
  next = (i) => fixed[i % fixed.length];
}

const rss = (pid) => {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(m[1]) / 1024);
};
const rssAll = () => pids.map((pid) => { try { return rss(pid); } catch { return null; } });
const started = Date.now();
let end = started + Number(seconds) * 1000;
const since = () => Date.now() - started;
const stats = { ok: 0, errors: 0, firstError: null, inFlight: 0 };
const failures = [];
const marks = [];
const perSecond = [];
const latencies = []; // per minute: [ms...]
const versions = new Map(); // request + dataVersion -> hash of data
const versionConflicts = [];
const seen = new Set();
const samples = [{ t: 0, rss: rssAll() }];
const sampler = setInterval(() => samples.push({ t: Math.round(since() / 1000), rss: rssAll() }), 10_000);
process.on('SIGUSR2', () => marks.push({ t: since(), inFlight: stats.inFlight }));
process.on('SIGTERM', () => { end = Date.now(); });

function count(ok, t) {
  const s = Math.floor(t / 1000);
  perSecond[s] ??= { ok: 0, failed: 0 };
  perSecond[s][ok ? 'ok' : 'failed']++;
}

async function send(request) {
  const headers = request.method === 'POST' ? { 'content-type': 'application/json' } : {};
  const res = await fetch(request.method === 'POST' ? url : `${url}?${request.query}`,
    { method: request.method, headers, body: request.body, signal: AbortSignal.timeout(30_000) });
  return { status: res.status, text: await res.text() };
}

async function client(n) {
  for (let i = n; Date.now() < end; i++) {
    const request = next(i);
    const t0 = performance.now();
    const at = since();
    stats.inFlight++;
    try {
      const { status, text } = await send(request);
      if (status !== 200 || text.includes('"errors"')) throw Object.assign(new Error(text.slice(0, 200)), { status });
      const { data, extensions } = JSON.parse(text);
      const key = sha256(`${request.method} ${request.body ?? request.query} @${extensions?.dataVersion}`);
      const hash = sha256(JSON.stringify(data));
      if (!versions.has(key)) versions.set(key, hash);
      else if (versions.get(key) !== hash) versionConflicts.push(`${(request.body ?? request.query).slice(0, 120)} @${extensions?.dataVersion}`);
      seen.add(extensions?.dataVersion);
      stats.ok++;
      const minute = Math.floor(at / 60_000);
      (latencies[minute] ??= []).push(performance.now() - t0);
      count(true, at);
    } catch (e) {
      stats.errors++;
      const message = String(e.message ?? e);
      stats.firstError ??= `HTTP ${e.status ?? '-'}: ${message}`;
      failures.push({ t: at, end: since(), status: e.status ?? 0, message: message.slice(0, 160) });
      count(false, at);
    } finally {
      stats.inFlight--;
    }
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, (_, n) => client(n)));
clearInterval(sampler);
samples.push({ t: Math.round(since() / 1000), rss: rssAll() });

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1) : '-');
const all = latencies.flat().sort((a, b) => a - b);
// the JIT and class loading settle within the first minute (as in the benchmark's 60 s warm-up)
const warm = samples.find((s) => s.t >= Number(process.env.SOAK_WARMUP ?? 60)) ?? samples[0];
const windows = process.env.SOAK_FAULTS
  ? readFileSync(process.env.SOAK_FAULTS, 'utf8').split('\n').filter(Boolean).map((line) => {
    const [from, to, ...label] = line.split(' ');
    return { from: Number(from) - started, to: Number(to) - started, label: label.join(' '), failed: 0 };
  })
  : [];
const windowOf = (f) => windows.find((w) => f.end >= w.from && f.t <= w.to);
const outside = failures.filter((f) => {
  const w = windowOf(f);
  if (w) w.failed++;
  return !w;
});
const last = samples[samples.length - 1];
const growths = pids.map((_, k) => (last.rss[k] ?? 0) - (warm.rss[k] ?? 0));
const elapsed = since() / 1000;
console.log(`soak: ${elapsed.toFixed(0)} s, ${concurrency} clients, ${process.env.SOAK_SCALE ? `scale ${process.env.SOAK_SCALE}` : 'seed data'}`);
console.log(`requests ok ${stats.ok}, errors ${stats.errors}${stats.firstError ? ` (first: ${stats.firstError})` : ''}`);
if (stats.errors) console.log(`error times (s after start): ${failures.map((f) => (f.end / 1000).toFixed(2)).join(' ')}`);
windows.forEach((w) => console.log(`fault window ${w.label} (${(w.from / 1000).toFixed(1)}-${(w.to / 1000).toFixed(1)} s): ${w.failed} failed`));
if (windows.length) console.log(`failed outside the fault windows: ${outside.length}`);
console.log(`throughput ${(stats.ok / elapsed).toFixed(0)} req/s, latency p50 ${pct(all, 0.5)} ms, p99 ${pct(all, 0.99)} ms`);
latencies.forEach((l, minute) => {
  const sorted = l.sort((a, b) => a - b);
  console.log(`minute ${minute + 1}: ${sorted.length} ok, p50 ${pct(sorted, 0.5)} ms, p99 ${pct(sorted, 0.99)} ms`);
});
console.log(`dataset versions seen ${[...seen].sort().join(', ')}; answers with data of another answer's version: ${versionConflicts.length}${versionConflicts.length ? ` (first: ${versionConflicts[0]})` : ''}`);
pids.forEach((pid, k) => console.log(`RSS MB of ${pid}: ${samples.map((s) => `${s.t}s=${s.rss[k]}`).join(' ')}`));
console.log(`RSS after warm-up (${warm.t}s) and at end, per instance: ${pids.map((pid, k) => `${pid} ${warm.rss[k]} -> ${last.rss[k]}`).join(', ')}; growth ${pids.length ? Math.max(...growths) : 0} MB`);
if (process.env.SOAK_REPORT) {
  writeFileSync(process.env.SOAK_REPORT, JSON.stringify({ ok: stats.ok, errors: stats.errors, failures, marks,
    perSecond: perSecond.map((s) => s ?? { ok: 0, failed: 0 }), versionConflicts: versionConflicts.length,
    versions: [...seen] }));
}
process.exitCode = outside.length > 0 || versionConflicts.length > 0 ? 1 : 0;
