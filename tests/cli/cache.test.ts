// `check --cache`: the output is byte-identical to a run without it in every format and with
// baselines, after an edit, a registry change and other options; unchanged articles come from
// the cache and edited ones do not; a corrupt cache is ignored with a note and an unwritable
// one is a one-line message that leaves the exit code alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root, run, workspace, type Run } from './helpers';
import { dumpCacheFile, rewriteCacheFile, type Header, type Sections } from '../../server/src/cli/cacheFile';

ensureBuilt();

const ARTICLE = join('samples', 'kursk-nk-casualties-2024-12-26.claims.txt');
const OTHER = join('samples', 'kursk-offensive-nk-losses.claims.txt');

/** A repository holding a copy of samples/ (its registry, articles, constructs), two articles with an untagged figure more. */
function samples(): string {
  const dir = workspace({});
  cpSync(join(root, 'samples'), join(dir, 'samples'), { recursive: true });
  for (const file of [ARTICLE, OTHER]) writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + '\nOfficials said 4,000 more were missing.\n');
  return dir;
}

function same(actual: Run, expected: Run, what: string): void {
  assert.equal(actual.stdout, expected.stdout, `${what}: stdout`);
  assert.equal(actual.status, expected.status, `${what}: exit code`);
  assert.equal(actual.stderr, expected.stderr, `${what}: stderr`);
}

interface CacheEntry {
  hash: string;
  kept: { own: { message: string }[] };
  /** The diagnostics as printed (the cache's piece of output), when kept. */
  out?: string;
}
interface CacheFile {
  key: string;
  registry?: unknown;
  entries: Record<string, CacheEntry>;
}

/** The cache file's header and sections as plain values (cacheFile.ts lays them out). */
function readCache(dir: string, file = '.claimmarkcache'): CacheFile & { header: Header; sections: Sections[] } {
  const d = dumpCacheFile(join(dir, file));
  assert.ok(d, 'a readable cache');
  const entries: Record<string, CacheEntry> = {};
  d.header.entries.forEach((e, i) => {
    const s = d.sections[i]!;
    entries[e.file] = { hash: e.hash, kept: JSON.parse(s.kept), ...(s.out === undefined ? {} : { out: s.out }) };
  });
  return { key: d.header.key, ...(d.header.registry === undefined ? {} : { registry: d.header.registry }), entries, header: d.header, sections: d.sections };
}

/** Writes back what readCache gave, with its entries' hashes, kept articles and pieces as changed. */
function writeCache(dir: string, cache: ReturnType<typeof readCache>): void {
  const raws = cache.header.entries.map((e) => ({ ...e, hash: cache.entries[e.file]!.hash }));
  const sections = raws.map((e, i) => {
    const { kept, out } = cache.entries[e.file]!;
    return { ...cache.sections[i]!, kept: JSON.stringify(kept), ...(out === undefined ? {} : { out }) };
  });
  assert.equal(rewriteCacheFile(join(dir, '.claimmarkcache'), { ...cache.header, entries: raws }, sections), undefined);
}

/** Marks the first own finding of `article` in the cache (and where its piece of output prints it), to see whether a run took it from there. */
function tamper(dir: string, article: string): void {
  const cache = readCache(dir);
  const entry = cache.entries[article];
  assert.ok(entry && entry.kept.own.length > 0, `${article} is cached with findings`);
  const message = entry.kept.own[0]!.message;
  entry.kept.own[0]!.message = 'FROM THE CACHE';
  if (entry.out !== undefined) entry.out = entry.out.replace(JSON.stringify(message).slice(1, -1), 'FROM THE CACHE');
  writeCache(dir, cache);
}

test('every format gives the same bytes without the cache, with a cold one and with a warm one', () => {
  const dir = samples();
  for (const format of ['text', 'json', 'sarif', 'github']) {
    const plain = run(dir, 'check', 'samples', '--format', format);
    assert.ok(plain.stdout.length > 0);
    same(run(dir, 'check', 'samples', '--format', format, '--cache'), plain, `${format}, cold`);
    same(run(dir, 'check', 'samples', '--format', format, '--cache'), plain, `${format}, warm`);
  }
  assert.ok(existsSync(join(dir, '.claimmarkcache')));
});

test('baselines give the same bytes with the cache', () => {
  const dir = samples();
  run(dir, 'check', 'samples', '--update-baseline', 'b.json');
  writeFileSync(join(dir, ARTICLE), readFileSync(join(dir, ARTICLE), 'utf8') + '\nOfficials said 5,000 were missing.\n');
  for (const format of ['text', 'sarif']) {
    const plain = run(dir, 'check', 'samples', '--baseline', 'b.json', '--format', format);
    same(run(dir, 'check', 'samples', '--baseline', 'b.json', '--format', format, '--cache=c.json'), plain, `${format}, cold`);
    same(run(dir, 'check', 'samples', '--baseline', 'b.json', '--format', format, '--cache=c.json'), plain, `${format}, warm`);
  }
});

test('after an edit only the edited article is read again, and conflicts follow the edit', () => {
  const dir = samples();
  run(dir, 'check', 'samples', '--cache');
  tamper(dir, OTHER);
  tamper(dir, ARTICLE);
  const text = readFileSync(join(dir, ARTICLE), 'utf8');
  const edited = text.replace(/\]\{fact=/, '. It said [47,000]{fact=');
  assert.notEqual(edited, text);
  writeFileSync(join(dir, ARTICLE), edited);
  const cached = run(dir, 'check', 'samples', '--format', 'json', '--cache');
  const messages = (r: Run, file: string) => (JSON.parse(r.stdout).diagnostics as { file: string; message: string }[]).filter((d) => d.file === file).map((d) => d.message);
  assert.ok(messages(cached, OTHER).includes('FROM THE CACHE'), 'the unchanged article came from the cache');
  assert.ok(!messages(cached, ARTICLE).includes('FROM THE CACHE'), 'the edited article was read again');
  // with the marks gone, a run from the cache after the edit is a run without it
  run(dir, 'check', 'samples', '--cache=fresh.json');
  writeFileSync(join(dir, ARTICLE), text.replace(/\]\{fact=/, '. It said [9]{fact='));
  for (const format of ['text', 'json']) same(run(dir, 'check', 'samples', '--format', format, '--cache=fresh.json'), run(dir, 'check', 'samples', '--format', format), `${format} after an edit`);
});

test('after an edit that moves no claim, the other articles are printed as cached and the edited one is checked again', () => {
  const dir = samples();
  const add = (line: string) => writeFileSync(join(dir, ARTICLE), readFileSync(join(dir, ARTICLE), 'utf8') + line);
  for (const format of ['json', 'text', 'github']) {
    const cache = `--cache=c-${format}`;
    run(dir, 'check', 'samples', '--format', format, cache);
    add('\nIt took 3 more days.\n');
    same(run(dir, 'check', 'samples', '--format', format, cache), run(dir, 'check', 'samples', '--format', format), `${format}, an untagged figure added`);
    add('\nAnd 7 more.\n');
    same(run(dir, 'check', 'samples', '--format', format, cache), run(dir, 'check', 'samples', '--format', format), `${format}, again`);
  }
  run(dir, 'check', 'samples', '--format', 'json', '--cache');
  tamper(dir, OTHER);
  add('\nIt took 9 more days.\n');
  const cached = run(dir, 'check', 'samples', '--format', 'json', '--cache');
  const plain = JSON.parse(run(dir, 'check', 'samples', '--format', 'json').stdout).diagnostics as { file: string }[];
  const diagnostics = JSON.parse(cached.stdout).diagnostics as { file: string; message: string }[];
  assert.ok(diagnostics.some((d) => d.file === OTHER && d.message === 'FROM THE CACHE'), 'the unchanged article was printed from the cache');
  assert.deepEqual(diagnostics.filter((d) => d.file === ARTICLE), plain.filter((d) => d.file === ARTICLE), 'the edited article was checked again');
});

test('a cache from another registry text or other options is ignored and rewritten', () => {
  const dir = samples();
  run(dir, 'check', 'samples', '--cache');
  const before = readCache(dir).key;
  tamper(dir, OTHER);
  const registry = join(dir, 'samples', 'claimmark.yaml');
  writeFileSync(registry, readFileSync(registry, 'utf8') + '\n# a comment changes the text\n');
  same(run(dir, 'check', 'samples', '--cache'), run(dir, 'check', 'samples'), 'registry changed');
  assert.notEqual(readCache(dir).key, before);
  tamper(dir, OTHER);
  const severity = ['--severity', 'untagged-figure=warning'];
  same(run(dir, 'check', 'samples', ...severity, '--cache'), run(dir, 'check', 'samples', ...severity), 'other options');
});

test('a corrupt cache is ignored with a note and rewritten; the output stays the same', () => {
  const dir = samples();
  const plain = run(dir, 'check', 'samples', '--format', 'json');
  for (const bad of ['{"format": "claimmark-cache/2", "key": ', '[1, 2]', '{"format": "claimmark-cache/2", "key": "x", "entries": 3}']) {
    writeFileSync(join(dir, '.claimmarkcache'), bad);
    const r = run(dir, 'check', 'samples', '--format', 'json', '--cache');
    assert.equal(r.stdout, plain.stdout);
    assert.equal(r.status, plain.status);
    assert.match(r.stderr, /^claimmark: note: ignoring the cache \.claimmarkcache: .+; checking every file$/m);
    assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    same(run(dir, 'check', 'samples', '--format', 'json', '--cache'), plain, 'the rewritten cache');
  }
  // an entry whose key matches but whose shape is broken is not trusted either
  run(dir, 'check', 'samples', '--cache');
  const cache = readCache(dir);
  (cache.entries[OTHER] as unknown as { kept: unknown }).kept = { own: 'no' };
  writeCache(dir, cache);
  const r = run(dir, 'check', 'samples', '--format', 'json', '--cache');
  assert.equal(r.stdout, plain.stdout);
  assert.match(r.stderr, /ignoring the cache .*damaged/);
  // valid JSON whose values are of the wrong kind (a finding without its span) is damaged too
  run(dir, 'check', 'samples', '--cache');
  const wrong = readCache(dir);
  delete (wrong.entries[OTHER]!.kept.own[0] as { span?: unknown }).span;
  writeCache(dir, wrong);
  const again = run(dir, 'check', 'samples', '--format', 'json', '--cache');
  assert.equal(again.stdout, plain.stdout);
  assert.equal(again.status, plain.status);
  assert.match(again.stderr, /ignoring the cache .*damaged/);
});

test('a cache whose index is cut short or points past its data, or that another cache format wrote, is ignored with a note', () => {
  const dir = samples();
  const plain = run(dir, 'check', 'samples', '--format', 'json');
  const file = join(dir, '.claimmarkcache');
  const check = (why: RegExp) => {
    const r = run(dir, 'check', 'samples', '--format', 'json', '--cache');
    assert.equal(r.stdout, plain.stdout);
    assert.match(r.stderr, why);
  };
  run(dir, 'check', 'samples', '--cache');
  const whole = readFileSync(file);
  writeFileSync(file, whole.subarray(0, whole.length - 8));
  check(/ignoring the cache .*its header is damaged/);
  // the last entry's numbers: presence bits, meta (4), then kept [start, end); its end moved past the file's end
  const past = Buffer.from(whole);
  past.writeDoubleLE(1e12, past.length - 8 * (19 - 6));
  writeFileSync(file, past);
  check(/ignoring the cache .*its header is damaged/);
  writeFileSync(file, `claimmark-cache/5 ${whole.subarray(18).toString('latin1')}`, 'latin1');
  check(/ignoring the cache .*not a Claimmark cache of this version/);
  check(/^$/);
});

test('an unwritable cache path is one line on stderr and leaves the output and exit code alone', () => {
  const dir = samples();
  for (const args of [[], ['--fail-on', 'hint']]) {
    const plain = run(dir, 'check', 'samples', ...args);
    const r = run(dir, 'check', 'samples', ...args, '--cache=no/such/folder/cache.json');
    assert.equal(r.stdout, plain.stdout);
    assert.equal(r.status, plain.status);
    const extra = r.stderr.replace(plain.stderr, '');
    assert.match(extra, /^claimmark: cannot write the cache no\/such\/folder\/cache\.json: no such file \(the check itself is unaffected\)\n$/);
  }
  // a folder where the file should be: read as unusable (a note), written as impossible (a line)
  const r = run(dir, 'check', 'samples', '--cache=samples');
  assert.match(r.stderr, /ignoring the cache samples: it is a folder/);
  assert.match(r.stderr, /cannot write the cache samples: /);
});

test('--cache takes its file only after =, so a path after it stays a path', () => {
  const dir = samples();
  const r = run(dir, 'check', '--cache', 'samples', '--format', 'json');
  assert.equal(r.stdout, run(dir, 'check', 'samples', '--format', 'json').stdout);
  assert.ok(existsSync(join(dir, '.claimmarkcache')));
  const empty = run(dir, 'check', 'samples', '--cache=');
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /--cache needs a non-empty value/);
});

test('a broken registry read from the cache gives the same findings at the same places', () => {
  const dir = samples();
  const folder = join('samples', 'errors', 'broken-registry');
  for (const format of ['text', 'json', 'sarif']) {
    const plain = run(dir, 'check', folder, '--format', format);
    assert.match(plain.stdout, /claimmark\.yaml/);
    same(run(dir, 'check', folder, '--format', format, '--cache'), plain, `${format}, cold`);
    assert.ok(readCache(dir).key.length > 0 && 'registry' in readCache(dir), 'the registry is cached');
    same(run(dir, 'check', folder, '--format', format, '--cache'), plain, `${format}, warm`);
  }
});

test('a warm cache gives the same not-compared findings and conversions as a run without it', () => {
  const dir = workspace({
    'dated.claims.txt': '---\npublished: 2014-08-03\nby: usgs\n---\nThe quake struck at a depth of [120 kilometers]{fact=depth} ([74.6 miles]{fact=depth}).\n',
    'undated.claims.txt': '---\nby: cenc\n---\nThe quake was [10 kilometers]{fact=depth} deep.\n',
  });
  const plain = run(dir, 'check', '.', '--format', 'json');
  const codes = JSON.parse(plain.stdout).diagnostics.map((d: { code: string }) => d.code);
  assert.ok(codes.includes('not-compared'), codes.join());
  assert.ok(!codes.includes('self-contradiction'), codes.join());
  same(run(dir, 'check', '.', '--format', 'json', '--cache'), plain, 'cold');
  same(run(dir, 'check', '.', '--format', 'json', '--cache'), plain, 'warm');
});

test('a file whose stat is unchanged is not read again; a rewrite of the same size is', () => {
  const dir = samples();
  run(dir, 'check', 'samples', '--format', 'json', '--cache');
  // a wrong hash with the right stat: the entry is still used (the file was not read and hashed)
  tamper(dir, OTHER);
  const cache = readCache(dir);
  cache.entries[OTHER]!.hash = 'not the hash';
  writeCache(dir, cache);
  const messages = (r: Run, file: string) => (JSON.parse(r.stdout).diagnostics as { file: string; message: string }[]).filter((d) => d.file === file).map((d) => d.message);
  assert.ok(messages(run(dir, 'check', 'samples', '--format', 'json', '--cache'), OTHER).includes('FROM THE CACHE'), 'taken from the cache by its stat');
  // rewritten with another text of the same size: the stat changes, the file is read again
  const text = readFileSync(join(dir, ARTICLE), 'utf8');
  const edited = text.replace(/\[(\d)/, (_m, d: string) => `[${(Number(d) + 1) % 10}`);
  assert.equal(edited.length, text.length);
  assert.notEqual(edited, text);
  rmSync(join(dir, '.claimmarkcache')); // the marked entry above would stay: its file is unchanged
  run(dir, 'check', 'samples', '--cache');
  tamper(dir, ARTICLE);
  writeFileSync(join(dir, ARTICLE), edited);
  for (const format of ['json', 'text']) same(run(dir, 'check', 'samples', '--format', format, '--cache'), run(dir, 'check', 'samples', '--format', format), `${format} after a same-size rewrite`);
});
