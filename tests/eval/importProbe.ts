// Developer probe (not part of npm test or npm run eval): the importer's published date on a
// local copy of an outside page set, counted right / none / wrong against that set's own gold.
// Reads only the path given; fails when it is missing. Never tune the held-out part on it.
//
//   node --import tsx tests/eval/importProbe.ts htmldate <dir> [--list]
//     <dir>: htmldate's `tests/` folder (adbar/htmldate, Apache-2.0): its two `eval_*.json` gold
//     files and `eval/`, the pages counted. Right: the day equals htmldate's gold day.
//   node --import tsx tests/eval/importProbe.ts postlight <dir> [--list]
//     <dir>: a copy of postlight/parser (Apache-2.0 or MIT) holding `fixtures/` and
//     `src/extractors/custom/`: each fixture's gold is the first `date_published` its custom
//     extractor's test asserts after reading it (a UTC instant). Right: the day is one the instant
//     falls on in some zone from UTC-12 to UTC+14 ("the same day" somewhere readers are).
// --list prints each miss (page, got, gold), for reading the pages by hand.
// Pages held out in the import eval (tests/fixtures/import/split.json, htmldate/ pages by their
// URL) are left out of the htmldate probe, so that tuning on it never sees them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodePage } from '../../server/src/import/decode';
import { extractArticle } from '../../server/src/import/extract';

interface ProbePage {
  file: string;
  url?: string;
  /** Days counted right. */
  gold: string[];
}

function fail(message: string): never {
  console.error(`importProbe: ${message}`);
  process.exit(2);
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');
/** A URL without scheme, `www.` and trailing slash, for matching the same page across gold files. */
const urlKey = (url: string) => url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/+$/, '');

/** The URLs of the import eval's held-out htmldate pages. */
function heldOutUrls(): Set<string> {
  const split = JSON.parse(readFileSync(join(FIXTURES, 'split.json'), 'utf8')) as { heldOut: string[] };
  const urls = new Set<string>();
  for (const name of split.heldOut.filter((n) => n.startsWith('htmldate/'))) {
    const url = (JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { url?: string }).url;
    if (url) urls.add(urlKey(url));
  }
  return urls;
}

let leftOut = 0;

function htmldatePages(dir: string): ProbePage[] {
  const pages: ProbePage[] = [];
  const heldOut = heldOutUrls();
  // htmldate's evaluation.py reads both gold files; the pages of `eval/` are its 745 evaluation pages.
  for (const name of ['eval_mediacloud_2020.json', 'eval_default.json']) {
    // Python wrote the pages without a date as a bare NaN: no gold, not counted.
    const gold = JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/: NaN\b/g, ': null')) as Record<string, { file: string; date: string | null }>;
    for (const [url, g] of Object.entries(gold)) {
      const file = join(dir, 'eval', g.file);
      if (!g.date || !existsSync(file)) continue;
      if (heldOut.has(urlKey(url))) leftOut++;
      else pages.push({ file, url, gold: [g.date] });
    }
  }
  return pages;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

/** The calendar days a UTC instant falls on in the zones UTC-12 .. UTC+14. */
function daysOf(instant: string): string[] {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return [];
  const days = new Set<string>();
  for (const hours of [-12, 0, 14]) days.add(new Date(ms + hours * 3_600_000).toISOString().slice(0, 10));
  return [...days];
}

function postlightPages(dir: string): ProbePage[] {
  const pages = new Map<string, ProbePage>();
  for (const test of walk(join(dir, 'src', 'extractors', 'custom'))) {
    const source = readFileSync(test, 'utf8');
    // Each fixture read opens a chunk; the first date_published asserted in that chunk is its gold.
    const chunks = source.split(/readFileSync\(/).slice(1);
    for (const chunk of chunks) {
      const fixture = /^\s*['"`]\.\/fixtures\/([^'"`]+\.html)['"`]/.exec(chunk)?.[1];
      const asserted = /assert\.(?:strictEqual|equal)\(\s*date_published\s*,\s*['"`]([^'"`]+)['"`]/.exec(chunk)?.[1];
      if (!fixture || !asserted || pages.has(fixture)) continue;
      const file = join(dir, 'fixtures', fixture);
      if (existsSync(file)) pages.set(fixture, { file, gold: daysOf(asserted) });
    }
  }
  return [...pages.values()].sort((a, b) => a.file.localeCompare(b.file));
}

const [kind, dir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (kind !== 'htmldate' && kind !== 'postlight') fail('usage: importProbe.ts htmldate|postlight <dir> [--list]');
if (!dir || !existsSync(dir)) fail(`no such folder: ${dir ?? '(none given)'}`);
const pages = kind === 'htmldate' ? htmldatePages(dir) : postlightPages(dir);
if (pages.length === 0) fail(`no pages with a gold date under ${dir}`);
const counts = { right: 0, none: 0, wrong: 0 };
/** Of the 'none': pages the importer refuses as a whole (no article found), whatever their date. */
let noArticle = 0;
const misses: string[] = [];
const started = performance.now();
for (const page of pages) {
  const article = extractArticle(decodePage(readFileSync(page.file)).text, page.url);
  const got = 'error' in article ? undefined : article.meta.published;
  if ('error' in article) noArticle++;
  const verdict = got === undefined ? 'none' : page.gold.includes(got) ? 'right' : 'wrong';
  counts[verdict]++;
  if (verdict !== 'right') misses.push(`${verdict.padEnd(5)} ${'error' in article ? '(no article) ' : ''}${page.file}  got ${got ?? '-'}  gold ${page.gold.join('|')}${page.url ? `  ${page.url}` : ''}`);
}
console.log(`${kind}: ${pages.length} pages  right ${counts.right}  none ${counts.none} (${noArticle} with no article found)  wrong ${counts.wrong}${leftOut ? `  (${leftOut} held-out pages left out)` : ''}  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (process.argv.includes('--list')) console.log(misses.join('\n'));
