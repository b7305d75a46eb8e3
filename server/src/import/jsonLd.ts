// Article metadata from schema.org JSON-LD: every `application/ld+json` script is read, graphs
// and arrays flattened, `@id` references followed, and the first article-typed node used.
import { toArray, type DomDocument } from './dom';
import { decodeEntities, normaliseText } from './text';

/** What an article node of JSON-LD says about itself. */
export interface JsonLdArticle {
  headline?: string;
  /** The article's `description`: often its standfirst. */
  description?: string;
  /** The article's `articleBody`, its text as the page states it (line breaks kept). */
  articleBody?: string;
  datePublished?: string;
  /** `dateCreated`: when the work was made, weaker than any stated publication date. */
  dateCreated?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  url?: string;
  /** Whether the article says it is not free to read (`isAccessibleForFree: false`): a paywall may cut the text it shows. */
  paywalled: boolean;
}

/** What the page's JSON-LD says when it has no article node, or an article node without a date. */
export interface JsonLd {
  article?: JsonLdArticle;
  /** The `datePublished` of the first `WebPage` (or other `...Page`) node that states one. */
  pageDatePublished?: string;
  /** Every node's `datePublished`, in order (a page may write the same instant twice, in two zones). */
  dates: string[];
  /** The `datePublished` of every node but media objects (an embedded video's, an image's), in order. */
  workDates: string[];
}

type Node = Record<string, unknown>;

/** News types first: a page with a NewsArticle and a WebPage-wide Article means the former. */
const PREFERRED = [/^(?:News|Reportage|Analysis|Opinion|Review|Background|Report)\w*Article$/, /Article$|^(?:BlogPosting|LiveBlogPosting|Report)$/];

/** Media objects, embedded in a page: their dates are the media's, not the page's. */
export const MEDIA = /(?:Video|Image|Audio|Media|3DModel)Object$|^(?:Clip|Photograph|Movie|Episode)$/;

/** The article node of the page's JSON-LD, or undefined when it has none. */
export function readJsonLd(doc: DomDocument): JsonLdArticle | undefined {
  return readJsonLdNodes(doc).article;
}

/** The article node of the page's JSON-LD and the date another node states. */
export function readJsonLdNodes(doc: DomDocument): JsonLd {
  const nodes: Node[] = [];
  for (const script of toArray(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const source = (script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, '');
    const parsed = parseLenient(source);
    // A script beyond repair: the other sources remain.
    if (parsed !== undefined) collect(parsed, nodes, 0);
  }
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  const resolve = (v: unknown): unknown => (isNode(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? byId.get(v['@id']) ?? v : v);
  const pageDate = nodes.filter((n) => types(n).some((t) => /Page$/.test(t))).map((n) => text(n['datePublished'])).find(Boolean);
  const dates = nodes.map((n) => text(n['datePublished'])).filter((d): d is string => d !== undefined);
  const workDates = nodes.filter((n) => !types(n).some((t) => MEDIA.test(t))).map((n) => text(n['datePublished'])).filter((d): d is string => d !== undefined);
  const result: JsonLd = pageDate ? { pageDatePublished: pageDate, dates, workDates } : { dates, workDates };
  for (const pattern of PREFERRED) {
    const article = nodes.find((n) => types(n).some((t) => pattern.test(t)));
    if (!article) continue;
    const page = resolve(article['mainEntityOfPage']);
    result.article = {
      headline: text(article['headline']) ?? text(article['name']),
      description: text(article['description']),
      articleBody: statedBody(article, nodes),
      datePublished: text(article['datePublished']),
      dateCreated: text(article['dateCreated']),
      dateModified: text(article['dateModified']),
      authors: namesOf(article['author'] ?? article['creator'], resolve),
      publisher: namesOf(article['publisher'] ?? article['sourceOrganization'], resolve)[0],
      url: text(article['url']) ?? text(page) ?? (isNode(page) ? text(page['@id']) ?? text(page['url']) : undefined),
      paywalled: article['isAccessibleForFree'] === false || /^false$/i.test(String(article['isAccessibleForFree'] ?? '')),
    };
    break;
  }
  return result;
}

/** The article's `articleBody`, else another article node's (a page may state its article twice, the text in the second). */
function statedBody(article: Node, nodes: Node[]): string | undefined {
  const body = [article, ...nodes.filter((n) => PREFERRED.some((p) => types(n).some((t) => p.test(t))))].map((n) => n['articleBody']).find((b) => typeof b === 'string');
  return typeof body === 'string' ? decodeEntities(body) : undefined;
}

/** Pushes every object of `value` (arrays, `@graph`, `mainEntity`) onto `out`. */
function collect(value: unknown, out: Node[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) for (const v of value) collect(v, out, depth + 1);
  else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out, depth + 1);
    if (value['mainEntity'] !== undefined) collect(value['mainEntity'], out, depth + 1);
  }
}

/** The names of a person, organisation, string or list of them. */
function namesOf(value: unknown, resolve: (v: unknown) => unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list.map(resolve)) {
    const name = typeof item === 'string' ? item : isNode(item) ? text(item['name']) ?? joinNames(item) : undefined;
    if (name && !/^https?:\/\//.test(name) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "Given Family" from a Person that has no name. */
function joinNames(person: Node): string | undefined {
  const given = text(person['givenName']);
  const family = text(person['familyName']);
  return given || family ? normaliseText(`${given ?? ''} ${family ?? ''}`) : undefined;
}

function types(n: Node): string[] {
  const t = n['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** A non-empty normalised string from a string or a one-item list of strings. */
function text(v: unknown): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return undefined;
  const t = normaliseText(decodeEntities(s));
  return t === '' ? undefined : t;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * JSON as pages write it in their JSON-LD: as is, else with the usual slips mended: raw control
 * characters (tabs, line breaks) inside strings, trailing commas, two objects one after the other
 * (`{...}{...}` or `{...},{...}`). Undefined when none of these parses.
 */
export function parseLenient(source: string): unknown {
  const spaced = source.replace(/[\u0000-\u001f]/g, ' ');
  const noTrailing = spaced.replace(/,\s*([}\]])/g, '$1');
  for (const attempt of [source, spaced, noTrailing, `[${noTrailing.replace(/}\s*{/g, '},{')}]`]) {
    try {
      return JSON.parse(attempt);
    } catch {
      // the next mend
    }
  }
  return undefined;
}
