// The candidate sources of one figure and their features, for the learned choice of who states it
// (actorChoice.ts): the rules' pick, no one (the article's own voice), and each other source the
// rules resolved nearby (the figure's sentence, the paragraph's earlier sentences, the two
// paragraphs before, a quotation's speaker, a list's or a release's voice, the recent sources).
// Each feature is cheap and general: which route proposed a candidate, how far and in which
// direction its cue stands, what kind of word the cue is, how the source is named, and where the
// figure stands (inside a quotation, a headline, a list item, a sentence with a source of its own).
import type { Span } from '../../span';
import type { Cue } from '../cues';
import { referenceOf, type DraftActor } from '../actors';

/** A source the rules resolved from a cue of a sentence. */
export interface ResolvedSource { cue: Cue; actor?: DraftActor; contentAfter: boolean }

/** A source one of the rules carries to a figure (a quotation's speaker, a list's source ...). */
export interface CarriedSource { cue?: Cue; actor?: DraftActor }

/** The sources the rules carry to a figure by name of route; any may be missing. */
export interface Routes {
  quote?: CarriedSource; lastQuoted?: CarriedSource; list?: CarriedSource; said?: CarriedSource; credit?: CarriedSource;
  line?: CarriedSource; next?: CarriedSource; doc?: DraftActor; outlet?: DraftActor;
}

/** A source of an earlier sentence, with how many sentences (or paragraphs) back it stands. */
export interface EarlierSource { source: ResolvedSource; back: number }

/** Everything the features of one figure are read from. */
export interface FigureSite {
  text: string;
  figure: Span;
  sentence: Span;
  line: Span;
  headline: boolean;
  /** The sources of the figure's sentence. */
  resolved: readonly ResolvedSource[];
  /** Sources of the paragraph's earlier sentences (back = sentences back). */
  earlier: readonly EarlierSource[];
  /** Sources of the paragraphs before (back = paragraphs back, 1 or 2). */
  before: readonly EarlierSource[];
  routes: Routes;
  /** Sources named lately, the latest last. */
  recent: readonly DraftActor[];
  /** How many sentences so far named each actor (by id). */
  named: ReadonlyMap<string, number>;
  /** The rules' pick (no actor: the article's own voice). */
  rule: DraftActor | undefined;
}

/** One choice for a figure: an actor, or none (the article's own voice), with its features (name → value). */
export interface Candidate { actor?: DraftActor; features: Map<string, number> }

/** A line that opens with a list marker: "– Protect ...", "• 1.8 billion pounds". */
const LIST_ITEM = /^\s*[–—•*-]\s/;

/** The kind of word a cue is: a verb of speech, "according to", a verb or noun of data and publication, or another. */
export function cueClass(word: string): 'speech' | 'according' | 'data' | 'other' {
  const w = word.toLowerCase();
  if (/^according/.test(w)) return 'according';
  if (/^(?:sa(?:id|ys?)|t(?:old|ell)|add|stat|explain|not|comment|claim|argu|insist|warn|acknowledg|conced|confirm|repl|respond|wr[io]t|ask|announc|predict|expect|believ|estimat)/.test(w)) return 'speech';
  if (/^(?:show|f(?:ou|i)nd|report|publish|releas|reveal|indicat|suggest|project|forecast|calculat|count|record|data|figure|statistic|survey|poll|stud|research|census|analys)/.test(w)) return 'data';
  return 'other';
}

/** True when the figure stands inside quotation marks opened earlier in its paragraph. */
export function insideQuotation(text: string, line: Span, figure: Span): boolean {
  let open = false;
  for (let i = line.start; i < figure.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 0x22) open = !open;
  }
  return open;
}

/** Adds `value` to feature `name`. */
function add(features: Map<string, number>, name: string, value = 1): void {
  features.set(name, (features.get(name) ?? 0) + value);
}

/** Sets feature `name` to at least `value` (a route that proposes a candidate twice counts once). */
function mark(features: Map<string, number>, name: string, value = 1): void {
  features.set(name, Math.max(features.get(name) ?? 0, value));
}

/** How a source phrase names its actor: by name, pronoun or description. */
function namedBy(text: string, cue: Cue): string {
  return referenceOf(text.slice(cue.source.start, cue.source.end)).by;
}

/** The candidates of one figure, the rules' pick first, no one second, and their features. */
export function candidatesOf(site: FigureSite): Candidate[] {
  const { text, figure } = site;
  const out: Candidate[] = [];
  const byId = new Map<string, Candidate>();
  const none: Candidate = { features: new Map() };
  const of = (actor: DraftActor | undefined): Candidate => {
    if (!actor) return none;
    let c = byId.get(actor.id);
    if (!c) byId.set(actor.id, (c = { actor, features: new Map() }));
    return c;
  };
  const first = of(site.rule);
  out.push(first);
  if (first !== none) out.push(none);
  mark(first.features, 'rule');
  // the figure's sentence: the nearest cue of each actor
  const withActor = site.resolved.filter((r) => r.actor);
  let nearest: { c: Candidate; d: number } | undefined;
  for (const r of withActor) {
    const c = of(r.actor);
    const after = r.cue.cue.start >= figure.end;
    const d = after ? r.cue.cue.start - figure.end : Math.max(0, figure.start - r.cue.cue.end);
    if (!nearest || d < nearest.d) nearest = { c, d };
    if (c.features.has('sent')) continue;
    mark(c.features, 'sent');
    mark(c.features, after ? 'sent:cueAfter' : 'sent:cueBefore');
    mark(c.features, 'sent:dist', Math.log1p(d) / 5);
    mark(c.features, `sent:${cueClass(text.slice(r.cue.cue.start, r.cue.cue.end))}`);
    mark(c.features, `sent:${namedBy(text, r.cue)}`);
    if (r.cue.source.start <= figure.start && figure.end <= r.cue.source.end) mark(c.features, 'sent:holds');
    if (r.contentAfter && after) mark(c.features, 'sent:leadsPast');
    if (r.cue.scope && !(r.cue.scope.start <= figure.start && figure.end <= r.cue.scope.end)) mark(c.features, 'sent:outOfScope');
    if (withActor.length === 1) mark(c.features, 'sent:only');
  }
  if (nearest) mark(nearest.c.features, 'sent:nearest');
  // the paragraph's earlier sentences, then the paragraphs before
  const latest = site.earlier.length > 0 ? site.earlier[site.earlier.length - 1]!.source.actor : undefined;
  for (const { source, back } of site.earlier) {
    if (!source.actor) continue;
    const c = of(source.actor);
    mark(c.features, back === 1 ? 'prev:1' : back === 2 ? 'prev:2' : 'prev:3+');
    mark(c.features, `prev:${cueClass(text.slice(source.cue.cue.start, source.cue.cue.end))}`);
    if (source.contentAfter) mark(c.features, 'prev:leads');
    if (source.actor === latest) mark(c.features, 'prev:latest');
  }
  for (const { source, back } of site.before) if (source.actor) mark(of(source.actor).features, back === 1 ? 'para:1' : 'para:2');
  // the routes the rules carry sources by
  const r = site.routes;
  for (const [name, s] of [['quote', r.quote], ['lastQuoted', r.lastQuoted], ['list', r.list], ['said', r.said], ['credit', r.credit], ['line', r.line], ['next', r.next]] as const) {
    if (s?.actor) mark(of(s.actor).features, `route:${name}`);
  }
  if (r.doc) mark(of(r.doc).features, 'route:doc');
  if (r.outlet) mark(of(r.outlet).features, 'route:outlet');
  site.recent.slice(-3).forEach((a, i, last) => mark(of(a).features, `recent:${last.length - 1 - i}`));
  for (const c of byId.values()) if (!out.includes(c)) out.push(c);
  // where the figure stands
  const lineText = text.slice(site.line.start, site.line.end);
  const quoted = insideQuotation(text, site.line, figure);
  const context: [string, boolean][] = [['quoted', quoted], ['headline', site.headline], ['list', LIST_ITEM.test(lineText)], ['sentCue', withActor.length > 0],
    ['paraCue', site.earlier.some((e) => e.source.actor)], ['voice', !!(r.doc ?? r.outlet)]];
  for (const [name, on] of context) if (on) add(none.features, `none:${name}`);
  add(none.features, 'none');
  // (the words of the figure's sentence and the figure's kind: what the writer says in their own voice reads differently)
  for (const w of wordsOf(text.slice(site.sentence.start, site.sentence.end))) mark(none.features, `w:${w}`);
  mark(none.features, `fig:${figureKind(text.slice(figure.start, Math.min(site.sentence.end, figure.end + 12)))}`);
  add(none.features, 'none:candidates', Math.log(out.length));
  for (const c of out) {
    if (c === none) continue;
    const a = c.actor!;
    mark(c.features, `kind:${a.kind}`);
    if (a.registered) mark(c.features, 'registered');
    mark(c.features, 'named', Math.log1p(site.named.get(a.id) ?? 0) / 3);
    if (quoted && c.features.has('route:quote')) mark(c.features, 'quoted:quote');
    if (quoted && c.features.has('sent')) mark(c.features, 'quoted:sent');
    if (withActor.length > 0 && !c.features.has('sent')) mark(c.features, 'sentCue:elsewhere');
    if (site.headline) mark(c.features, 'headline:actor');
  }
  if (first !== none) {
    // the rules' pick, by what proposed it
    if (!first.features.has('sent')) mark(first.features, 'rule:carried');
    if (quoted) mark(first.features, 'rule:quoted');
  }
  return out;
}

/** The distinct lower-case words of a sentence (figures and one-letter words left out), the first one also as "first:". */
function wordsOf(sentence: string): Set<string> {
  const words = new Set<string>();
  const all = sentence.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (all[0]) words.add(`first:${all[0]}`);
  for (const w of all) if (w.length > 1) words.add(w);
  return words;
}

/** What kind of figure it is: a share, money, or another count or measure. */
function figureKind(figure: string): 'share' | 'money' | 'other' {
  if (/%|\bper\s?cent\b|\bpercent/i.test(figure)) return 'share';
  if (/[$€£¥]|\b(?:dollars?|euros?|pounds?|yuan|rupees?)\b/i.test(figure)) return 'money';
  return 'other';
}
