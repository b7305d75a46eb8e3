// One input of `claimmark import` (a URL, an HTML file or `-` for standard input) to a new
// `<id>.claims.txt`: load, decode, extract, render, write without overwriting unless forced.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fetchPage, type FetchLimits } from './fetchPage';
import { decodePage } from './decode';
import { extractArticle } from './extract';
import { renderArticle } from './render';

/** Where and how articles are written, and how inputs are read. */
export interface ImportSettings {
  /** Relative inputs and `outDir` are resolved against it. */
  cwd: string;
  outDir: string;
  /** Overwrite an existing file. */
  force: boolean;
  /** The `retrieved` date, YYYY-MM-DD. */
  retrieved: string;
  limits: FetchLimits;
  /** Reads all of standard input (for `-`). */
  readStdin(): Promise<Uint8Array>;
}

/** The file written, or why nothing was. */
export type ImportResult = { ok: true; path: string } | { ok: false; message: string };

/** A page's bytes and what is known of where they came from. */
type Loaded = { ok: true; bytes: Uint8Array; contentType?: string; url?: string; name?: string } | { ok: false; message: string };

/** Imports one input. Never throws. */
export async function importArticle(input: string, settings: ImportSettings): Promise<ImportResult> {
  const loaded = await load(input, settings);
  if (!loaded.ok) return loaded;
  if (looksBinary(loaded.bytes)) return { ok: false, message: 'not an HTML page (binary content)' };
  const { text } = decodePage(loaded.bytes, loaded.contentType);
  let article;
  try {
    article = extractArticle(text, loaded.url);
  } catch (e) {
    // Readability and the DOM are third-party code: a page that breaks them fails alone.
    return { ok: false, message: `the page could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  if ('error' in article) return { ok: false, message: article.error };
  const rendered = renderArticle(article, settings.retrieved, loaded.url ?? loaded.name);
  const dir = resolve(settings.cwd, settings.outDir);
  const path = join(dir, `${rendered.id}.claims.txt`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, rendered.text, { flag: settings.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, message: `${path} already exists (use --force to overwrite it)` };
    return { ok: false, message: `cannot write ${path}: ${(e as Error).message}` };
  }
  return { ok: true, path };
}

/** Reads the input's bytes: over http(s), from standard input, or from a file. */
async function load(input: string, settings: ImportSettings): Promise<Loaded> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return { ok: false, message: 'not a valid URL' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `only http and https URLs can be imported, not ${url.protocol}` };
    const page = await fetchPage(url.href, settings.limits);
    return page.ok ? { ok: true, bytes: page.bytes, contentType: page.contentType, url: page.url } : page;
  }
  if (input === '-') return { ok: true, bytes: await settings.readStdin(), name: 'stdin' };
  try {
    return { ok: true, bytes: readFileSync(resolve(settings.cwd, input)), name: basename(input) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not an HTML file' : (e as Error).message };
  }
}

/** True when the first bytes hold a NUL: an image, a PDF or an archive, not a page. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  // UTF-16 pages (with a BOM) have NULs in ASCII text.
  if ((head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0xff && head[1] === 0xfe)) return false;
  return head.includes(0);
}
