// What drafting knows across the articles of one run: the registry, the actors (registry,
// mentioned in the workspace, proposed so far) and the facts drafted so far, so that one
// source gets one id in every article and new registry entries are written once.
import type { Article } from '../model/article';
import type { FactDef, FactKind, Registry } from '../registry/types';
import { ConflictChecker } from '../conflicts/checker';
import { articleForChecker, type CheckedClaim } from '../conflicts/checked';
import { ActorBook, type DraftActor } from './actors';
import type { DraftedClaim } from './draft';

/** A fact a draft proposes for the registry. */
export interface NewFact {
  id: string;
  label: string;
  unit?: string;
  kind: FactKind;
}

/** Who a draft named as stating a figure in its own sentence, with what the figure counts and how ("person", "kill"). */
export interface NamedSource { actor: string; head: string; verb: string; measure: string }

/** A claim drafted earlier in the run, as fact grouping compares it. */
export interface EarlierClaim {
  uri: string;
  text: string;
  asof?: string;
  /** Who the draft named as stating it, with what the figure counts and how ("killed"), when its own sentence names the source. */
  named?: NamedSource;
}

/** What one drafting run shares across its articles: the registry, the actors and facts proposed so far, the claims drafted and those already written. */
export class DraftContext {
  readonly actors: ActorBook;
  /** New facts proposed so far (by id). */
  readonly newFacts = new Map<string, NewFact>();
  /** Claims drafted so far, by fact id (for keeping drafts of different articles from conflicting). */
  readonly drafted = new Map<string, EarlierClaim[]>();
  /** The drafted claims whose own sentence names their source, with what they count: a dispute between articles may hold them. */
  readonly namedSources = new WeakMap<DraftedClaim, NamedSource>();
  private readonly usedActors = new Set<string>();

  /** Claims already written in the workspace, by fact: a draft must not contradict them either. */
  private readonly written: ReadonlyMap<string, readonly WrittenClaim[]>;
  /** What of `written` the checker holds, by article (the facts a draft used so far). */
  private readonly seeded = new Map<string, CheckedClaim[]>();
  private readonly seededFacts = new Set<string>();
  private readonly draftedUris = new Set<string>();
  /**
   * Today (`YYYY-MM-DD`), set by the front ends: an undated article's "Thursday (December 26)"
   * is the latest such Thursday up to it. The core reads no clock.
   */
  today?: string;

  /** `articles`: the workspace's articles, whose actor mentions name actors already and whose claims drafts must not contradict. */
  /** `cache`: a front end's memory of the last workspace indexed (the source action asks again and again of an unchanged one). */
  constructor(readonly registry: Registry, articles: Iterable<Article> = [], readonly vagueQuantities?: boolean, cache?: DraftIndexCache) {
    const index = cache ? cache.of(articles) : workspaceIndex([...articles]);
    this.written = index.written;
    this.actors = new ActorBook(registry, index.mentioned);
  }

  /**
   * Puts the workspace's written claims of `facts` into the checker (once per fact), leaving out
   * those of `except` (the article being drafted, which the checker holds as drafted).
   */
  seedWritten(facts: Iterable<string>, except: string): void {
    const touched = new Set<string>();
    for (const fact of facts) {
      if (this.seededFacts.has(fact)) continue;
      this.seededFacts.add(fact);
      for (const { uri, claim } of this.written.get(fact) ?? []) {
        if (uri === except || this.draftedUris.has(uri)) continue; // a drafted article is in the checker as drafted
        const list = this.seeded.get(uri);
        if (list) list.push(claim);
        else this.seeded.set(uri, [claim]);
        touched.add(uri);
      }
    }
    for (const uri of touched) this.checker.setArticle(articleForChecker(uri, this.seeded.get(uri)!));
  }

  /** Records what a draft used (called by draftArticle). */
  noteDrafted(claims: readonly DraftedClaim[], uri = ''): void {
    this.draftedUris.add(uri);
    for (const c of claims) {
      if (c.actor) this.usedActors.add(c.actor);
      const list = this.drafted.get(c.fact);
      const named = this.namedSources.get(c);
      const entry = { uri, text: c.text, ...(c.asof && { asof: c.asof }), ...(named && c.actor === named.actor && { named }) };
      if (list) list.push(entry);
      else this.drafted.set(c.fact, [entry]);
    }
  }

  private checkerState?: { checker: ConflictChecker; facts: Map<string, FactDef> };

  /**
   * The conflict checker of the run: the drafted articles so far (their claims only), over the
   * registry plus the proposed facts with their kinds (added to its facts as they are proposed,
   * so the checker, which reads kinds when it checks a fact, needs no re-indexing).
   */
  get checker(): ConflictChecker {
    if (!this.checkerState) {
      const facts = new Map(this.registry.facts);
      this.checkerState = { checker: new ConflictChecker({ ...this.registry, facts }), facts };
    }
    const { facts } = this.checkerState;
    const at = { start: 0, end: 0 };
    for (const f of this.newFacts.values()) if (!facts.has(f.id)) facts.set(f.id, { id: f.id, keySpan: at, span: at, label: f.label, kind: f.kind, parts: [], ...(f.unit && { unit: f.unit }) });
    return this.checkerState.checker;
  }

  /** A new fact for a claim that must leave `id` (its figure would contradict the others): `id-2`, `id-3`... with the same label and kind. */
  splitFact(id: string): string {
    const from = this.newFacts.get(id) ?? this.registry.facts.get(id);
    const base = id.replace(/-\d+$/, '');
    let n = 2;
    while (this.newFacts.has(`${base}-${n}`) || this.registry.facts.has(`${base}-${n}`) || this.drafted.has(`${base}-${n}`)) n++;
    const next = `${base}-${n}`;
    this.newFacts.set(next, { id: next, label: from?.label ?? base.replace(/-/g, ' '), kind: from?.kind ?? 'event', ...(from?.unit && { unit: from.unit }) });
    return next;
  }

  /** Actors drafts used that the registry does not define: for claimmark.yaml. */
  proposedActors(): DraftActor[] {
    return this.actors.proposed().filter((a) => this.usedActors.has(a.id));
  }

  /** Facts drafts used that the registry does not define: for claimmark.yaml. */
  proposedFacts(): NewFact[] {
    return [...this.newFacts.values()].filter((f) => this.drafted.has(f.id));
  }
}

/** A claim already written in the workspace, and its article. */
interface WrittenClaim { uri: string; claim: CheckedClaim }

/** What drafting reads of a workspace: each actor mention once, and the written claims by fact. */
interface WorkspaceIndex {
  articles: readonly Article[];
  mentioned: { id: string; text: string }[];
  written: Map<string, WrittenClaim[]>;
}

/**
 * The last workspace a front end drafted in, indexed: the source action asks again and again of
 * an unchanged workspace, and articles are new objects when they change, so comparing them by
 * identity is enough. It lives as long as its owner (the server's state), not the module.
 */
export class DraftIndexCache {
  private last: WorkspaceIndex | undefined;

  of(articles: Iterable<Article>): WorkspaceIndex {
    const list = [...articles];
    const last = this.last;
    if (last && last.articles.length === list.length && last.articles.every((a, i) => a === list[i])) return last;
    return (this.last = workspaceIndex(list));
  }
}

function workspaceIndex(list: readonly Article[]): WorkspaceIndex {
  const mentioned: { id: string; text: string }[] = [];
  const seen = new Set<string>();
  const written = new Map<string, WrittenClaim[]>();
  for (const a of list) {
    for (const m of a.mentions) {
      const key = `${m.actor.id}\u0000${m.text}`;
      if (!seen.has(key)) { seen.add(key); mentioned.push({ id: m.actor.id, text: m.text }); }
    }
    for (const claim of a.claims) { // the checker reads only CheckedClaim's fields: no copies
      const entries = written.get(claim.fact.id);
      if (entries) entries.push({ uri: a.uri, claim });
      else written.set(claim.fact.id, [{ uri: a.uri, claim }]);
    }
  }
  return { articles: list, mentioned, written };
}