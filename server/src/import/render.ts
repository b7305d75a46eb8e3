// An extracted article as a `*.claims.txt` file: the front matter (docs/format.md), the
// headline as the first line, then one paragraph per line, markup characters escaped.
import type { ExtractedArticle } from './extract';
import { escapeMarkup, frontMatterLine } from './text';

/** The file's id (also its name, `<id>.claims.txt`) and its text. */
export interface RenderedArticle {
  id: string;
  text: string;
}

/** Renders `article` read on `retrieved` (YYYY-MM-DD); `nameHint` (a URL or file name) gives the id when the title has no Latin letters. */
export function renderArticle(article: ExtractedArticle, retrieved: string, nameHint?: string): RenderedArticle {
  const { meta } = article;
  const id = slugify(article.headline) || slugify(lastPathSegment(meta.url ?? nameHint ?? '')) || `article-${meta.published ?? retrieved}`;
  const lines = ['---', `id: ${id}`, frontMatterLine('title', article.headline)];
  if (meta.outlet) lines.push(frontMatterLine('outlet', meta.outlet));
  if (meta.author) lines.push(frontMatterLine('author', meta.author));
  if (meta.published) lines.push(`published: ${meta.published}`);
  if (meta.url) lines.push(`url: ${meta.url}`);
  if (meta.currency) lines.push(`currency: ${meta.currency}`);
  lines.push(`retrieved: ${retrieved}`, '---', escapeMarkup(article.headline));
  for (const p of article.paragraphs) lines.push(escapeMarkup(p));
  return { id, text: `${lines.join('\n')}\n` };
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e',
  ю: 'iu', я: 'ia', і: 'i', ї: 'i', є: 'ie', ґ: 'g',
};

/** A lower-case id from `text`: accents dropped, Cyrillic transliterated, at most 60 characters cut at a word. */
export function slugify(text: string): string {
  const latin = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '').replace(/ß/g, 'ss').replace(/[æ]/g, 'ae').replace(/[ø]/g, 'o');
  const slug = latin.replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : slug.slice(0, 60)).replace(/-+$/, '');
}

/** The last path segment of a URL or file path, without its extension. */
function lastPathSegment(s: string): string {
  const path = s.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return decodeURIComponentSafe(path.slice(path.lastIndexOf('/') + 1)).replace(/\.[a-z0-9]{2,5}$/i, '');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
