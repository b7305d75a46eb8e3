// Incremental indexes over the workspace's articles: claims grouped by a key (actor, fact,
// source) and written id references. Adding or removing one article touches only its keys.
import type { Span } from '../span';
import type { Article, Claim } from '../model/article';
import type { ClaimRef, IdKind, Location } from './types';
import type { WrittenRef } from './refs';

const byUri = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Claims grouped by a key taken from each claim. Articles are grouped lazily, on the next read
 * (an open document changes at every keystroke; the groups are read far less often), and the
 * grouped map is rebuilt only for keys whose articles changed since the last read.
 */
export class ClaimGroups {
  private readonly groups = new Map<string, Map<string, ClaimRef[]>>();
  private readonly flat = new Map<string, ClaimRef[]>();
  private readonly dirty = new Set<string>();
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
      if (current) this.ungroup(current);
      if (next) this.group(next);
      if (next) this.grouped.set(uri, next);
      else this.grouped.delete(uri);
    }
    this.pending.clear();
  }

  private group(article: Article): void {
    for (const claim of article.claims) {
      const key = this.keyOf(claim);
      if (key === undefined) continue;
      let perUri = this.groups.get(key);
      if (!perUri) this.groups.set(key, (perUri = new Map()));
      const list = perUri.get(article.uri);
      const ref = { uri: article.uri, article, claim };
      if (list) list.push(ref);
      else perUri.set(article.uri, [ref]);
      this.dirty.add(key);
    }
  }

  private ungroup(article: Article): void {
    for (const claim of article.claims) {
      const key = this.keyOf(claim);
      if (key === undefined) continue;
      const perUri = this.groups.get(key);
      if (!perUri) continue;
      perUri.delete(article.uri);
      if (perUri.size === 0) this.groups.delete(key);
      this.dirty.add(key);
    }
  }

  /** Key -> claims (by URI, then text order). The map is live and shared: callers must not change it. */
  read(): Map<string, ClaimRef[]> {
    this.apply();
    for (const key of this.dirty) {
      const perUri = this.groups.get(key);
      if (!perUri) {
        this.flat.delete(key);
        continue;
      }
      this.flat.set(key, [...perUri.keys()].sort(byUri).flatMap((uri) => perUri.get(uri)!));
    }
    this.dirty.clear();
    return this.flat;
  }
}

/** Where each id is written, per article: kind:id -> uri -> spans. Indexed lazily, on the next look-up (as ClaimGroups). */
export class ReferenceIndex {
  private readonly refs = new Map<string, Map<string, Span[]>>();
  private readonly indexed = new Map<string, readonly WrittenRef[]>();
  private readonly pending = new Map<string, readonly WrittenRef[] | undefined>();

  /** Indexes an article's refs (at the next look-up). */
  add(uri: string, written: readonly WrittenRef[]): void {
    this.pending.set(uri, written);
  }

  /** Forgets an article's refs (at the next look-up). */
  remove(uri: string, _written: readonly WrittenRef[]): void {
    this.pending.set(uri, undefined);
  }

  private apply(): void {
    for (const [uri, next] of this.pending) {
      const current = this.indexed.get(uri);
      if (current === next) continue;
      if (current) this.unindex(uri, current);
      if (next) this.index(uri, next);
      if (next) this.indexed.set(uri, next);
      else this.indexed.delete(uri);
    }
    this.pending.clear();
  }

  private index(uri: string, written: readonly WrittenRef[]): void {
    for (const r of written) {
      const key = `${r.kind}:${r.id}`;
      let perUri = this.refs.get(key);
      if (!perUri) this.refs.set(key, (perUri = new Map()));
      const spans = perUri.get(uri);
      if (spans) spans.push(r.span);
      else perUri.set(uri, [r.span]);
    }
  }

  private unindex(uri: string, written: readonly WrittenRef[]): void {
    for (const r of written) {
      const key = `${r.kind}:${r.id}`;
      const perUri = this.refs.get(key);
      perUri?.delete(uri);
      if (perUri && perUri.size === 0) this.refs.delete(key);
    }
  }

  /** Every place an id is written in the articles, by URI then offset. */
  locations(kind: IdKind, id: string): Location[] {
    this.apply();
    const perUri = this.refs.get(`${kind}:${id}`);
    if (!perUri) return [];
    return [...perUri.keys()].sort(byUri).flatMap((uri) => perUri.get(uri)!.map((span) => ({ uri, span })));
  }
}
