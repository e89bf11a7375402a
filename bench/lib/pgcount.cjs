// Statement counter: a TCP proxy in front of PostgreSQL that counts the SQL statements a server
// sends, by reading the frontend protocol (Execute of a parsed statement, or a simple Query).
// Start a target with its database port pointing here, then `check.sh --stmts NAME=URL,pgcount=HTTP`.
//   node lib/pgcount.cjs [--listen 6433] [--upstream 127.0.0.1:5432] [--http 6434]
//   GET http://127.0.0.1:6434/stats  -> {statements, control, texts: {sql: n}}   GET /reset -> zeroes
// "control" are BEGIN/COMMIT/ROLLBACK/SET/SHOW/SAVEPOINT/RELEASE/DISCARD/DEALLOCATE and empty
// queries and SELECT 1 (connection validation); "statements" is everything else.
// SSL/GSS encryption requests are refused ('N'), so the stream stays readable (clients fall back
// to plain TCP on 127.0.0.1). Only for counting: it adds latency, never time through it.
const net = require('net');
const http = require('http');

const arg = (name, dflt) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : dflt; };
const LISTEN = Number(arg('listen', 6433));
const [UP_HOST, UP_PORT] = arg('upstream', `${process.env.PGHOST || '127.0.0.1'}:${process.env.PGPORT || 5432}`).split(':');
const HTTP = Number(arg('http', 6434));

let stats = { statements: 0, control: 0, texts: {}, controlTexts: {} };
const CONTROL = /^\s*(BEGIN|START TRANSACTION|COMMIT|END|ROLLBACK|SET|SHOW|SAVEPOINT|RELEASE|DISCARD|DEALLOCATE|RESET)\b|^\s*SELECT 1\s*;?\s*$/i;
function count(sql) {
  const t = (sql == null ? '(unknown statement)' : sql).replace(/\s+/g, ' ').trim();
  const control = sql != null && (t === '' || CONTROL.test(t));
  const bucket = control ? stats.controlTexts : stats.texts;
  if (control) stats.control++; else stats.statements++;
  bucket[t || '(empty query)'] = (bucket[t || '(empty query)'] || 0) + 1;
}

const cstr = (buf, at) => { const end = buf.indexOf(0, at); return [buf.toString('utf8', at, end), end + 1]; };

net.createServer((client) => {
  const server = net.connect(Number(UP_PORT), UP_HOST);
  server.on('data', (d) => client.write(d));
  const close = () => { client.destroy(); server.destroy(); };
  server.on('error', close); client.on('error', close); server.on('end', close); client.on('end', close);
  const stmts = new Map(); const portals = new Map();
  let buf = Buffer.alloc(0); let started = false;
  client.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      if (!started) {
        if (buf.length < 8) return;
        const len = buf.readInt32BE(0);
        if (buf.length < len) return;
        const code = buf.readInt32BE(4);
        const msg = buf.subarray(0, len); buf = buf.subarray(len);
        if (code === 80877103 || code === 80877104) { client.write('N'); continue; } // SSLRequest / GSSENCRequest
        server.write(msg); started = code !== 80877102; // CancelRequest: stays a one-shot
        continue;
      }
      if (buf.length < 5) return;
      const len = buf.readInt32BE(1);
      if (buf.length < len + 1) return;
      const type = String.fromCharCode(buf[0]);
      const msg = buf.subarray(0, len + 1); buf = buf.subarray(len + 1);
      const body = msg.subarray(5);
      if (type === 'P') { const [name, at] = cstr(body, 0); const [sql] = cstr(body, at); stmts.set(name, sql); }
      else if (type === 'B') { const [portal, at] = cstr(body, 0); const [name] = cstr(body, at); portals.set(portal, stmts.get(name)); }
      else if (type === 'E') { const [portal] = cstr(body, 0); count(portals.get(portal)); }
      else if (type === 'Q') { count(cstr(body, 0)[0]); }
      server.write(msg);
    }
  });
}).listen(LISTEN, '127.0.0.1');

http.createServer((req, res) => {
  if (req.url === '/reset') stats = { statements: 0, control: 0, texts: {}, controlTexts: {} };
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(stats));
}).listen(HTTP, '127.0.0.1');

console.error(`pgcount: 127.0.0.1:${LISTEN} -> ${UP_HOST}:${UP_PORT}, stats on http://127.0.0.1:${HTTP}/stats`);
