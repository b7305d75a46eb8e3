// Every claim of a workspace as a flat record: what `claimmark export` writes (json, csv,
// claimreview) and what `claimmark report` draws. Registry entries fill in names and labels.
import { dateRangeText, LineIndex, type Article, type Claim, type Workspace } from '../../core/api';
import type { Range } from '../report';

/** A figure's reading; unbounded sides are null (JSON has no infinity). */
export interface ValueRecord {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  kind: string;
}

/** Another claim whose figure cannot hold together with this one. */
export interface ConflictRecord {
  file: string;
  line: number;
  actor: string | null;
  figure: string;
  asof: string | null;
}

/** One claim with everything a reader needs to judge it. */
export interface ClaimRecord {
  file: string;
  /** The figure's range (0-based lines, UTF-16 characters, as in `check --format json`). */
  range: Range;
  article: { id: string; outlet: string | null; title: string | null; author: string | null; url: string | null; published: string | null };
  actor: { id: string | null; name: string | null; role: string | null; kind: string | null; attribution: string };
  fact: { id: string; label: string | null; unit: string | null; kind: string | null };
  /** The figure as printed. */
  figure: string;
  value: ValueRecord | null;
  /** Why the figure could not be read (when value is null). */
  unreadable: string | null;
  unit: string | null;
  asof: { from: string; to: string } | null;
  asofSource: string;
  source: { id: string | null; url: string | null; publisher: string | null; title: string | null; date: string | null } | null;
  quote: string | null;
  note: string | null;
  /** The sentence the claim sits in, markup removed. */
  sentence: string;
  conflicts: ConflictRecord[];
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** The article's id: its front matter `id`, else its file name without `.claims.txt`. */
export function articleId(article: Article): string {
  return article.meta.id ?? (article.uri.split(/[\\/]/).pop() ?? article.uri).replace(/\.claims\.txt$/, '');
}

/** Records of every claim in `files` order (paths as read), claims in text order. */
export function claimRecords(workspace: Workspace, files: Iterable<string>): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  // One line table per article, shared by its claims and by every conflict pointing at it
  // (a table per conflict made one 20,000-claim article quadratic).
  const tables = new Map<Article, LineIndex>();
  const linesOf = (a: Article) => tables.get(a) ?? tables.set(a, new LineIndex(a.syntax.text)).get(a)!;
  for (const file of files) {
    const article = workspace.getArticle(file);
    if (!article || article.claims.length === 0) continue;
    const lines = linesOf(article);
    const plain = plainTexts(article);
    for (const claim of article.claims) out.push(record(workspace, article, claim, lines, linesOf, plain));
  }
  return out;
}

function record(workspace: Workspace, article: Article, claim: Claim, lines: LineIndex, linesOf: (a: Article) => LineIndex, plain: PlainTexts): ClaimRecord {
  const reg = workspace.registry;
  const m = article.meta;
  const actor = claim.actor ? reg.actors.get(claim.actor.id) : undefined;
  const fact = reg.facts.get(claim.fact.id);
  const src = claim.src && !claim.srcIsUrl ? reg.sources.get(claim.src.id) : undefined;
  const v = claim.reading.ok ? claim.reading.value : undefined;
  return {
    file: article.uri,
    range: { start: lines.positionAt(claim.textSpan.start), end: lines.positionAt(claim.textSpan.end) },
    article: { id: articleId(article), outlet: orNull(m.outlet), title: orNull(m.title), author: orNull(m.author), url: orNull(m.url), published: orNull(m.published) },
    actor: { id: orNull(claim.actor?.id), name: orNull(actor?.name), role: orNull(actor?.role), kind: orNull(actor?.kind), attribution: claim.attribution },
    fact: { id: claim.fact.id, label: orNull(fact?.label), unit: orNull(fact?.unit), kind: orNull(fact?.kind) },
    figure: claim.text,
    value: v ? { low: finite(v.low), high: finite(v.high), lowInclusive: v.lowInclusive, highInclusive: v.highInclusive, kind: v.kind } : null,
    unreadable: claim.reading.ok ? null : claim.reading.reason,
    unit: orNull(v?.unit),
    asof: claim.asof ? { from: claim.asof.from, to: claim.asof.to } : null,
    asofSource: claim.asofSource,
    source: claim.src
      ? claim.srcIsUrl
        ? { id: null, url: claim.src.id, publisher: null, title: null, date: null }
        : { id: claim.src.id, url: orNull(src?.url), publisher: orNull(src?.publisher), title: orNull(src?.title), date: orNull(src?.date) }
      : null,
    quote: orNull(claim.quote),
    note: orNull(claim.note),
    sentence: plain(claim.sentenceSpan.start, claim.sentenceSpan.end),
    conflicts: workspace.conflictsOf(article.uri, claim).map((ref) => ({
      file: ref.uri,
      line: linesOf(ref.article).positionAt(ref.claim.textSpan.start).line,
      actor: orNull(ref.claim.actor?.id),
      figure: ref.claim.text,
      asof: dateRangeText(ref.claim.asof) ?? null,
    })),
  };
}

/** plainText of one article, for many ranges: the article's cuts are sorted once. */
type PlainTexts = (start: number, end: number) => string;

interface Cut { start: number; end: number; insert: string }

/** The cuts plainText makes in an article (spans by their text, comments by nothing), by start. */
function cutsOf(article: Article): Cut[] {
  const cuts: Cut[] = article.syntax.spans.map((n) => ({ start: n.span.start, end: n.span.end, insert: n.text }));
  for (const c of [...article.syntax.comments, ...article.syntax.suppressions]) cuts.push({ start: c.span.start, end: c.span.end, insert: '' });
  return cuts.sort((a, b) => a.start - b.start);
}

/** plainText for many ranges of one article: each range looks up its cuts by binary search, not by a scan of every span. */
function plainTexts(article: Article): PlainTexts {
  let cuts: Cut[] | undefined;
  return (start, end) => {
    cuts ??= cutsOf(article);
    let lo = 0;
    for (let hi = cuts.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const inside: Cut[] = [];
    for (let i = lo; i < cuts.length && cuts[i]!.start <= end; i++) if (cuts[i]!.end <= end) inside.push(cuts[i]!);
    return joinCuts(article.syntax.text, start, end, inside);
  };
}

/** The text of [start, end) with spans replaced by their text and comments removed. */
export function plainText(article: Article, start: number, end: number): string {
  return plainTexts(article)(start, end);
}

function joinCuts(text: string, start: number, end: number, cuts: readonly Cut[]): string {
  let out = '';
  let at = start;
  for (const c of cuts) {
    if (c.start < at) continue;
    out += text.slice(at, c.start) + c.insert;
    at = c.end;
  }
  out += text.slice(at, end);
  return out.replace(/\\([[\]{}\\])/g, '$1').replace(/\s+/g, ' ').trim();
}
