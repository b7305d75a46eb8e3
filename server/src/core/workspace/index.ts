// Incremental indexes over the workspace's articles: claims grouped by a key (actor, fact,
// source) and which articles write each id. Adding or removing one article touches only its keys.
import type { Article, Claim } from '../model/article';
import type { ClaimRef, IdKind, Location } from './types';
import type { WrittenRef } from './refs';

const byUri = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One ClaimRef per claim, shared by every grouping (actor, fact, source), parallel to article.claims. */
const claimRefs = new WeakMap<Article, ClaimRef[]>();

function refsOf(article: Article): ClaimRef[] {
  let refs = claimRefs.get(article);
  if (!refs) claimRefs.set(article, (refs = article.claims.map((claim) => ({ uri: article.uri, article, claim }))));
  return refs;
}

/**
 * Per key, a list of items sorted by URI, updated in batches: the changes since the last read
 * are gathered per key, and each changed key's list is rebuilt once (a new array, so a list a
 * caller still holds never changes under it).
 */
class SortedLists<T> {
  readonly lists = new Map<string, T[]>();
  private readonly removed = new Map<string, Set<string>>();
  private readonly added = new Map<string, T[]>();

  constructor(private readonly uriOf: (item: T) => string) {}

  remove(key: string, uri: string): void {
    let uris = this.removed.get(key);
    if (!uris) this.removed.set(key, (uris = new Set()));
    uris.add(uri);
  }

  add(key: string, item: T): void {
    const items = this.added.get(key);
    if (items) items.push(item);
    else this.added.set(key, [item]);
  }

  /** Rebuilds the lists of the keys changed since the last call. */
  commit(): void {
    for (const key of new Set([...this.removed.keys(), ...this.added.keys()])) {
      const gone = this.removed.get(key);
      const kept = gone ? (this.lists.get(key) ?? []).filter((item) => !gone.has(this.uriOf(item))) : this.lists.get(key) ?? [];
      const fresh = this.added.get(key);
      const list = fresh ? merge(kept, fresh, this.uriOf) : kept;
      if (list.length) this.lists.set(key, list);
      else this.lists.delete(key);
    }
    this.removed.clear();
    this.added.clear();
  }
}

/** Sorted `kept` plus `fresh` (in no URI order, same-URI items in their order): one sorted list. */
function merge<T>(kept: readonly T[], fresh: T[], uriOf: (item: T) => string): T[] {
  // A stable sort keeps one article's items in text order.
  fresh.sort((a, b) => byUri(uriOf(a), uriOf(b)));
  if (kept.length === 0) return fresh;
  const out: T[] = [];
  let i = 0;
  for (const item of fresh) {
    const uri = uriOf(item);
    while (i < kept.length && uriOf(kept[i]!) <= uri) out.push(kept[i++]!);
    out.push(item);
  }
  while (i < kept.length) out.push(kept[i++]!);
  return out;
}

/**
 * Claims grouped by a key taken from each claim. Articles are grouped lazily, on the next read
 * (an open document changes at every keystroke; the groups are read far less often), and only
 * the keys whose articles changed since the last read are rebuilt.
 */
export class ClaimGroups {
  private readonly groups = new SortedLists<ClaimRef>((r) => r.uri);
  /** The article whose claims are grouped, per URI. */
  private readonly grouped = new Map<string, Article>();
  /** What each URI should hold at the next read (undefined: nothing). */
  private readonly pending = new Map<string, Article | undefined>();

  constructor(private readonly keyOf: (claim: Claim) => string | undefined) {}

  /** Groups an article's claims (at the next read). */
  add(article: Article): void {
    this.pending.set(article.uri, article);
  }

  /** Ungroups an article's claims (at the next read). */
  remove(article: Article): void {
    this.pending.set(article.uri, undefined);
  }

  private apply(): void {
    for (const [uri, next] of this.pending) {
      const current = this.grouped.get(uri);
      if (current === next) continue;
      if (current) {
        for (const claim of current.claims) {
          const key = this.keyOf(claim);
          if (key !== undefined) this.groups.remove(key, uri);
        }
      }
      if (next) {
        const refs = refsOf(next);
        for (let i = 0; i < refs.length; i++) {
          const key = this.keyOf(next.claims[i]!);
          if (key !== undefined) this.groups.add(key, refs[i]!);
        }
        this.grouped.set(uri, next);
      } else this.grouped.delete(uri);
    }
    this.pending.clear();
    this.groups.commit();
  }

  /** Key -> claims (by URI, then text order). The map is live and shared: callers must not change it. */
  read(): Map<string, ClaimRef[]> {
    this.apply();
    return this.groups.lists;
  }
}

/**
 * Which articles write each id (kind:id -> URIs); the places themselves are found on demand
 * in those articles' refs. Indexed lazily, on the next look-up (as ClaimGroups).
 */
export class ReferenceIndex {
  private readonly uris = new SortedLists<string>((uri) => uri);
  private readonly indexed = new Map<string, readonly WrittenRef[]>();
  private readonly pending = new Map<string, readonly WrittenRef[] | (() => readonly WrittenRef[]) | undefined>();

  /** Indexes an article's refs (at the next look-up; a function is called then, and should return the same array each time). */
  add(uri: string, written: readonly WrittenRef[] | (() => readonly WrittenRef[])): void {
    this.pending.set(uri, written);
  }

  /** Forgets an article's refs (at the next look-up). */
  remove(uri: string, _written: readonly WrittenRef[]): void {
    this.pending.set(uri, undefined);
  }

  private apply(): void {
    for (const [uri, written] of this.pending) {
      const current = this.indexed.get(uri);
      const next = typeof written === 'function' ? written() : written;
      if (current === next) continue;
      if (current) for (const key of keysOf(current)) this.uris.remove(key, uri);
      if (next) {
        for (const key of keysOf(next)) this.uris.add(key, uri);
        this.indexed.set(uri, next);
      } else this.indexed.delete(uri);
    }
    this.pending.clear();
    this.uris.commit();
  }

  /** Every place an id is written in the articles, by URI then offset. */
  locations(kind: IdKind, id: string): Location[] {
    this.apply();
    const out: Location[] = [];
    for (const uri of this.uris.lists.get(`${kind}:${id}`) ?? []) {
      for (const r of this.indexed.get(uri) ?? []) if (r.kind === kind && r.id === id) out.push({ uri, span: r.span });
    }
    return out;
  }
}

/** The distinct kind:id keys an article writes. */
function keysOf(written: readonly WrittenRef[]): Set<string> {
  const keys = new Set<string>();
  for (const r of written) keys.add(`${r.kind}:${r.id}`);
  return keys;
}
