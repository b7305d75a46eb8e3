// `claimmark import` over a real HTTP server on 127.0.0.1 (no other network): redirects, 404,
// a slow answer, a page over the cap, gzip, brotli, windows-1251 and ISO-8859-1 pages, a page
// that is not HTML; and the command's contract: paths printed, one line per failure, exit codes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { runCli } from '../../server/src/cli/run';
import { runImport, type ImportIo } from '../../server/src/cli/import/command';
import { DEFAULT_LIMITS, fetchPage } from '../../server/src/import/fetchPage';

const PAGES = join(__dirname, '..', 'fixtures', 'import', 'pages');
const page = (name: string) => readFileSync(join(PAGES, name, 'source.html'));
const HTML = page('jsonld-newsarticle');
let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) return res.writeHead(302, { location: Number(hop[1]) > 0 ? `/hop/${Number(hop[1]) - 1}` : '/article' }).end();
    switch (path) {
      case '/article':
        return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
      case '/gzip':
        return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(HTML));
      case '/brotli':
        return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(HTML));
      case '/cp1251':
        return res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(page('cp1251-meta'));
      case '/latin1':
        return res.writeHead(200, { 'content-type': 'text/html' }).end(page('latin1-meta'));
      case '/slow':
        return void setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML), 2000);
      case '/huge': {
        res.writeHead(200, { 'content-type': 'text/html' }); // no length: the cap must count bytes as they come
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const more = () => {
          while (sent < 12 && res.write(chunk)) sent++;
          if (sent < 12) res.once('drain', () => (sent++, more()));
          else res.end();
        };
        return more();
      }
      case '/pdf':
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      case '/ftp-redirect':
        return res.writeHead(301, { location: 'ftp://127.0.0.1/file' }).end();
      default:
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

/** Runs `claimmark import ...args` in-process in a fresh folder. */
async function cli(args: string[], io: Partial<ImportIo> = {}, cwd = mkdtempSync(join(tmpdir(), 'claimmark-import-'))) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(['import', ...args], { cwd, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), colour: false, now: () => new Date(2024, 10, 30), ...io });
  return { status, stdout, stderr, cwd };
}

test('fetch: redirects are followed up to 5, not 6; only to http(s)', async () => {
  const five = await fetchPage(`${base}/hop/4`);
  assert.ok(five.ok && five.url === `${base}/article`);
  const six = await fetchPage(`${base}/hop/5`);
  assert.deepEqual(six, { ok: false, message: 'too many redirects (more than 5)' });
  assert.deepEqual(await fetchPage(`${base}/ftp-redirect`), { ok: false, message: 'redirected to ftp: (only http and https are followed)' });
});

test('fetch: gzip and brotli answers are decoded', async () => {
  for (const path of ['/gzip', '/brotli']) {
    const r = await fetchPage(base + path);
    assert.ok(r.ok);
    assert.deepEqual(Buffer.from(r.bytes), HTML);
  }
});

test('fetch: 404, a slow answer, a page over the cap, not HTML, a closed port each fail with one sentence', async () => {
  assert.deepEqual(await fetchPage(`${base}/missing`), { ok: false, message: 'the server answered HTTP 404 Not Found' });
  assert.deepEqual(await fetchPage(`${base}/slow`, { ...DEFAULT_LIMITS, timeoutMs: 300 }), { ok: false, message: 'no complete answer within 0.3 s' });
  assert.deepEqual(await fetchPage(`${base}/huge`), { ok: false, message: 'the page is larger than 10 MB' });
  assert.deepEqual(await fetchPage(`${base}/pdf`), { ok: false, message: 'not an HTML page (Content-Type: application/pdf)' });
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  closed.close();
  assert.deepEqual(await fetchPage(`http://127.0.0.1:${port}/`), { ok: false, message: 'the connection was refused' });
});

test('import: every input is tried; paths written are printed, each failure is one line, exit 1', async () => {
  const r = await cli([`${base}/cp1251`, `${base}/missing`, `${base}/latin1`, `${base}/pdf`, 'ftp://x/y', '--out', 'articles'], { limits: { ...DEFAULT_LIMITS, timeoutMs: 5000 } });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'articles/pavodok-v-rivertone-evakuirovany-120-domov.claims.txt\narticles/uberschwemmung-in-riverton-120-hauser-geraumt.claims.txt\n');
  assert.equal(r.stderr, [
    `claimmark: ${base}/missing: the server answered HTTP 404 Not Found`,
    `claimmark: ${base}/pdf: not an HTML page (Content-Type: application/pdf)`,
    'claimmark: ftp://x/y: only http and https URLs can be imported, not ftp:',
    '',
  ].join('\n'));
  const ru = readFileSync(join(r.cwd, 'articles', 'pavodok-v-rivertone-evakuirovany-120-domov.claims.txt'), 'utf8');
  assert.match(ru, /^---\nid: pavodok-v-rivertone-evakuirovany-120-domov\ntitle: "Паводок в Ривертоне: эвакуированы 120 домов"\noutlet: Вечерние вести\nauthor: Ирина Петрова\npublished: 2024-11-20\nurl: http:\/\/127\.0\.0\.1:\d+\/cp1251\nretrieved: 2024-11-30\n---\nПаводок в Ривертоне/);
  const de = readFileSync(join(r.cwd, 'articles', 'uberschwemmung-in-riverton-120-hauser-geraumt.claims.txt'), 'utf8');
  assert.match(de, /Die Feuerwehr teilte mit/);
});

test('import: an existing article is never overwritten without --force', async () => {
  const first = await cli([`${base}/article`]);
  assert.equal(first.status, 0, first.stderr);
  const path = join(first.cwd, first.stdout.trim());
  writeFileSync(path, 'annotated by hand\n');
  const again = await cli([`${base}/gzip`], {}, first.cwd);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already exists \(use --force to overwrite it\)\n$/);
  assert.equal(readFileSync(path, 'utf8'), 'annotated by hand\n');
  const forced = await cli([`${base}/brotli`, '--force'], {}, first.cwd);
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(readFileSync(path, 'utf8'), /^---\nid: riverton-evacuates/);
});

test('import: files and standard input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-import-'));
  writeFileSync(join(dir, 'saved.html'), page('plain-meta'));
  const r = await cli(['saved.html', '-', 'nope.html'], { readStdin: async () => page('opengraph-only') }, dir);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'schools-in-flood-zone-to-reopen-on-monday.claims.txt\nflood-insurers-face-60m-bill-after-riverton-storm.claims.txt\n');
  assert.equal(r.stderr, 'claimmark: nope.html: no such file\n');
  assert.match(readFileSync(join(dir, 'flood-insurers-face-60m-bill-after-riverton-storm.claims.txt'), 'utf8'), /\nurl: https:\/\/ledger\.example\/money\/flood-insurers\n/);
});

test('import: usage errors exit 2 and import nothing', async () => {
  for (const [args, message] of [
    [[], "'claimmark import' needs a URL, an HTML file or - (standard input)"],
    [['x.html', '--bogus'], "unknown option '--bogus' for 'claimmark import'"],
    [['x.html', '--out'], '--out needs a folder'],
    [['-', '-'], "'-' (standard input) can be given once"],
  ] as const) {
    const r = await cli([...args]);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stderr.split('\n')[0], `claimmark: ${message}`);
    assert.equal(r.stdout, '');
  }
});

test('import --annotate drafts the claims of the article it wrote (claimmark annotate --write)', async () => {
  const r = await cli([`${base}/article`, '--annotate']);
  assert.equal(r.status, 0, r.stderr);
  const file = r.stdout.trim();
  const text = readFileSync(join(r.cwd, file), 'utf8');
  assert.match(text, /\]\{fact=[a-z0-9-]+/, 'figures became claims');
  assert.ok(existsSync(join(r.cwd, 'claimmark.yaml')), 'the drafted facts went into a new registry');
});

test('import --annotate runs the annotate hook on the paths written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-import-'));
  const seen: string[][] = [];
  let out = '';
  const status = await runImport([`${base}/article`, '--annotate'], { cwd: dir, stdout: (s) => void (out += s), stderr: () => undefined, colour: false }, (paths) => (seen.push(paths), 0));
  assert.equal(status, 0);
  assert.deepEqual(seen, [['riverton-evacuates-120-homes-as-river-breaks-1998-record.claims.txt']]);
  assert.ok(existsSync(join(dir, seen[0]![0]!)));
});
