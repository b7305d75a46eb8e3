// How ids, articles and dates are named for people (hover cards, the Claims tree, symbols):
// the registry's name or label when it has one, else the id; an article's title, else its file name.
import type { Article } from '../model/article';
import type { Registry } from '../registry/types';

/** The last path segment of a URI, decoded (`file:///a/b%20c.claims.txt` -> `b c.claims.txt`). */
export function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(last); } catch { return last; }
}

/** The article's front matter title, else its file name. */
export function articleTitle(article: Article): string {
  const title = article.meta.title?.trim();
  return title ? title : fileName(article.uri);
}

/** The actor's registry name, else its id. */
export function actorName(registry: Registry, id: string): string {
  return registry.actors.get(id)?.name ?? id;
}

/** The fact's registry label, else its id. */
export function factLabel(registry: Registry, id: string): string {
  return registry.facts.get(id)?.label ?? id;
}

/** `1 claim`, `2 claims` (`many`: the plural when it is not `word` + s). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export { dateRangeText } from '../base/dates';
