// Fact ids for the figures of one article: a registry fact that fits, else an id from the
// frame. The same quantity restated (headline "6 regions", body "six regions") takes one id;
// figures that would contradict each other under one id (same time, incompatible values) are
// split, in the article and against drafts of earlier articles: a draft never makes a conflict the
// text does not state (two named sources of the article disputing a registry fact do state one).
import { readFigure } from '../figures/read';
import { unitInfo } from '../figures/units';
import { printedHalfStep, printedWithScale } from '../figures/precision';
import { distinctive, readTitled, roundedIn, sameValue, scaleless } from './sameValue';
import { daysBetween, parseAsOf } from '../base/dates';
import { PERIOD_DAYS } from '../conflicts/sweep';
import type { DraftContext, EarlierClaim, NamedSource } from './context';
import { factIdOf, factLabelOf, singular, type Frame } from './facts';
import type { RegistryFit } from './registryFacts';
import { chooseRegistryFacts } from './learned/registryChoice';
import { boundFarFromExact, boundOf, boundShortOfExact, exactThenBound, farBounds } from './bounds';
import { measureKey } from './measure';
import { unnamedShare } from './shares';
import { splitByPlace } from './placeIds';
import { titled } from './restatement';
import { rangeBeside } from './ranges';
import { splitUnnamedChanges, twoChanges, unnamedChanges } from './changeSubjects';

/** The fact chosen for one figure. */
export interface DraftedFact {
  id: string;
  registry: boolean;
  alternatives: string[];
  /** Two named sources of the article give this registry fact values that cannot both hold: a conflict the text states. */
  disputed?: boolean;
}

interface Item {
  frame: Frame; text: string; asof?: string; actor?: string;
  /** The actor was carried from another sentence of the paragraph, not named for this figure. */
  carried?: boolean;
  /** A conversion of the item at this index ("10 kilometers (6 miles)"). */
  sameAs?: number;
  /** The item this one is the comparison base of ("$6.66bn, compared to $4.18bn"): one quantity, another time. */
  baseOf?: number;
  /** Printed after "the" ("none of the nine people"): a quantity already named. */
  definite?: boolean;
  /** In the headline (the article's first line), which restates the body in fewer words. */
  headline?: boolean;
  /** Where its sentence starts: a sentence does not restate its own figure ("stores (+12,000), clothing stores (+12,000)"). */
  sentence?: number;
  /** In a sentence that breaks the figure before it into parts ("Of this amount, ..."): a part, not a restatement of the whole. */
  part?: boolean;
}

/** Counted nouns of a toll of the dead, which sources word differently. */
const DEAD_HEADS = new Set(['person', 'death', 'casualty', 'fatality', 'toll', 'victim', 'kill']);

/** Words for measures that restate another figure's quantity rather than name one. */
const LOOSE_HEADS = new Set(['', 'toll', 'death toll', 'figure', 'total', 'number', 'count', 'tally']);

/**
 * The figure's value interval in its dimension's base unit, as the conflict checker sees it:
 * approximate figures with their tolerance, exact measures within their printed precision
 * ("6 miles" is 5.5-6.5 miles); undefined when it cannot be read.
 */
function interval(text: string): { lo: number; hi: number; loOpen: boolean; hiOpen: boolean; dimension: string } | undefined {
  const r = readFigure(text);
  if (!r.ok) return undefined;
  const v = r.value;
  const info = v.unit ? unitInfo(v.unit) : undefined;
  const toBase = info?.toBase ?? 1;
  // ("3.6 degrees" names no scale: a temperature in either, as its fact's unit may be)
  const dimension = info?.dimension ?? v.unit ?? (scaleless(text, v.unit) ? 'temperature:' : 'count');
  const slack = v.kind === 'approximate' ? 0.1 : 0;
  // (as the checker compares: measures, and counts or sums printed with a scale word, within their printed precision)
  const half = v.kind === 'exact' && ((info && !['currency', 'percent', 'count'].includes(info.dimension)) || printedWithScale(text)) ? printedHalfStep(text, v.low) : 0;
  return { lo: (v.low * (1 - slack) - half) * toBase, hi: (v.high * (1 + slack) + half) * toBase, loOpen: !v.lowInclusive, hiOpen: !v.highInclusive, dimension };
}

/** True when an interval's low end lies below another's high end (touching ends count when both are closed). */
const below = (lo: number, loOpen: boolean, hi: number, hiOpen: boolean) => lo < hi || (lo === hi && !loOpen && !hiOpen);

/** True when two figures can both hold (one dimension, overlapping values). */
function compatible(a: string, b: string): boolean {
  const x = interval(a);
  const y = interval(b);
  if (!x || !y) return true;
  // (temperatures of two scales are never compared by the checker: "3.6 degrees Fahrenheit (2 degrees Celsius)" both hold a rise's limit;
  // one whose scale is left out must agree with a temperature in either)
  const temperatures = x.dimension.startsWith('temperature:') && y.dimension.startsWith('temperature:');
  if (x.dimension !== y.dimension && !(temperatures && (x.dimension === 'temperature:' || y.dimension === 'temperature:'))) return temperatures;
  // "more than 10,000" and "as many as 10,000" share no value
  return below(x.lo, x.loOpen, y.hi, y.hiOpen) && below(y.lo, y.loOpen, x.hi, x.hiOpen);
}

/**
 * True when a bracketed conversion can restate the figure before it: values that can both hold, or
 * sums in two currencies ("$980bn (£720bn)"), which the checker never compares (no rate is known).
 */
function restates(figure: string, conversion: string): boolean {
  const x = interval(figure);
  const y = interval(conversion);
  if (x && y && x.dimension !== y.dimension && x.dimension.startsWith('currency') && y.dimension.startsWith('currency')) return true;
  return compatible(figure, conversion);
}

/** True when of two figures of a running total at different times, the later is below the earlier (what the checker flags). */
function shrinks(a: { text: string; asof?: string }, b: { text: string; asof?: string }): boolean {
  const x = a.asof ? parseAsOf(a.asof) : undefined;
  const y = b.asof ? parseAsOf(b.asof) : undefined;
  const u = interval(a.text);
  const v = interval(b.text);
  if (!x || !y || !u || !v || u.dimension !== v.dimension) return !x || !y;
  const [early, late] = x.to < y.to ? [u, v] : [v, u];
  return late.hi < early.lo;
}

/** True when two as-of values start on one day (a running total's stretches from one start: "in 2015", "from January 2015 to March 2016"). */
function sameStart(a?: string, b?: string): boolean {
  const x = a ? parseAsOf(a) : undefined;
  const y = b ? parseAsOf(b) : undefined;
  return !!x && !!y && x.from === y.from;
}

/**
 * True when the checker compares two as-of values (an unknown one may be any time): each starts
 * before the other stops holding, a reading for days holding `days` more (conflicts/sweep.ts heldUntil).
 */
function overlaps(a?: string, b?: string, days = 0, byEnd = false): boolean {
  if (a === undefined || b === undefined) return true;
  const x = parseAsOf(a);
  const y = parseAsOf(b);
  if (!x || !y) return true;
  // (a running total holds at its as-of's last day: conflicts/sweep.ts comparedFrom)
  if (byEnd) return x.to === y.to;
  const held = (r: { from: string; to: string }) => (daysBetween(r.from, r.to) + 1 >= PERIOD_DAYS ? 0 : days);
  return daysBetween(y.to, x.from) <= held(y) && daysBetween(x.to, y.from) <= held(x);
}

/** Chooses the fact of every item (in order) and records new facts in `ctx`. */
export function chooseFacts(items: readonly Item[], ctx: DraftContext): DraftedFact[] {
  const fits: RegistryFit[][] = [];
  const out: DraftedFact[] = items.map((item, i) => {
    // ("schools with more than 800 pupils": a threshold that defines schools is no registry quantity)
    const fit = (fits[i] = item.frame.threshold ? [] : chooseRegistryFacts(item, ctx.registry, () => items.slice(0, i).map((o, k) => ({ text: o.text, asof: o.asof, fact: fits[k]![0]?.id }))));
    if (fit.length > 0) return { id: fit[0]!.id, registry: true, alternatives: fit.slice(1, 3).map((f) => f.id) };
    return { id: factIdOf(item.frame), registry: false, alternatives: [] };
  });
  // restatements of one value form one group (headline "58 Months", body "58 months", a quote's
  // "58 months"): with a loose frame (a headline's "21,320" for the body's "21,320 people killed"),
  // or any frame when the value is distinctive; the group takes the fact of its best-named member
  // every pair of figures is compared: each is read once
  const readings = new Map<string, ReturnType<typeof readFigure>>();
  const read = (text: string) => { let r = readings.get(text); if (!r) readings.set(text, (r = readTitled(text))); return r; };
  const group = items.map((_, i) => i);
  const nearestSame = (i: number) => { for (let k = i - 1; k >= 0; k--) if (sameValue(items[k]!.text, items[i]!.text, read)) return k; return -1; };
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  items.forEach((item, i) => {
    const loose = LOOSE_HEADS.has(item.frame.head) || !item.frame.verbLemma;
    items.forEach((other, k) => {
      if (k === i || !(sameValue(other.text, item.text, read) || (!!item.headline !== !!other.headline && roundedIn(item.headline ? item.text : other.text, item.headline ? other.text : item.text, read)))) return;
      if (item.sentence !== undefined && item.sentence === other.sentence && item.sameAs !== k && other.sameAs !== i) return;
      // ("$1.1 million ... Of this amount, ... $1.1 million was collected in civil actions": a part equal to its rounded whole)
      if ((k < i ? item : other).part && !(k < i ? other : item).part) return;
      // (a headline's change that names no subject restates no body change that names none by a round value: "This was up 3 percent" opening a release)
      if ((item.headline || other.headline) && !distinctive(item.text) && unnamedChanges(item.frame, other.frame)) return;
      // (a restatement keeps its direction: "(up 14,000" in one region, "(down 14,000" in another are two changes)
      if (item.frame.direction && other.frame.direction && item.frame.direction !== other.frame.direction) return;
      // the registry knows two equal percentages apart: "the Hang Seng is 0.15% lower", "Shanghai's index closed (0.15%) higher"
      // (percentages repeat by chance; an amount such as "over $500,000" rarely does)
      if (item.frame.unit === 'percent' && out[i]!.registry && out[k]!.registry && out[i]!.id !== out[k]!.id) return;
      // a small or round number ("four", "11 percent") is the same quantity only when it counts the same thing
      // (a headline's "Storm leaves 12 dead" restates "12 people were killed": one verb, and one of them names no counted noun; so does a title-case "Up 7 Percent")
      const [hi, hk] = [!!item.headline || titled(item.text), !!other.headline || titled(other.text)];
      const sameEvent = item.frame.verbLemma !== '' && item.frame.verbLemma === other.frame.verbLemma && item.frame.unit === other.frame.unit
        && !unnamedShare(hi ? item.frame : other.frame, hi ? other.frame : item.frame)
        && ((hi && !item.frame.counted) || (hk && !other.frame.counted)
          // ("WHO Reports 3 New Swine Flu Deaths" and "the death toll has risen by three": the body names no counted noun)
          || (hi && LOOSE_HEADS.has(other.frame.head)) || (hk && LOOSE_HEADS.has(item.frame.head)));
      // (a headline names the body's counted noun among its fewer words: "1 in 4 adults sleeps less" / "one in four American adults")
      const headlineNoun = item.headline && !other.headline && item.frame.unit === other.frame.unit && other.frame.head !== '' && item.frame.noun.some((w) => singular(w) === other.frame.head)
        // (any percentage is a "share": what a share is of is in the words before it, "Corn Production Up 3 Percent" / "soybean production ... up 3 percent")
        && !unnamedShare(item.frame, other.frame);
      // (equal percentages of two counted nouns are two shares, however particular the value: "2.5% of farmers", "2.5% of landlords")
      const twoShares = item.frame.unit === 'percent' && !item.headline && !other.headline && !!item.frame.counted && !!other.frame.counted
        && !LOOSE_HEADS.has(item.frame.head) && !LOOSE_HEADS.has(other.frame.head) && item.frame.head !== other.frame.head;
      // (nor are two changes of subjects named apart: "Shelter costs rose 0.6%", "the CPI increased 0.6%")
      // (and a headline's percentage change: "Retail sales down 0.4%" is not "motor vehicle and parts dealers (-0.4%)"; a count's
      // headline names it in other words, "Audience Grows 14 Million" for "more than 14 million weekly global users")
      const apart = twoShares || ((item.frame.unit === 'percent' || (!item.headline && !other.headline)) && twoChanges(item.frame, other.frame));
      if ((distinctive(item.text) && !apart) || sameEvent || headlineNoun || (loose && item.frame.head !== '' && other.frame.head === item.frame.head)
        // "the nine people" restates the nine cases named just before it (a count, not a percentage: those repeat)
        || (item.definite && k === nearestSame(i) && i - k <= 3 && item.frame.unit !== 'percent')) group[root(i)] = root(k);
    });
  });
  // the better-named statement gives the group its fact: a registry fact, else the fuller frame, else the first
  const richer = (k: number) => (out[k]!.registry ? 4 : 0) + (LOOSE_HEADS.has(items[k]!.frame.head) || !items[k]!.frame.verbLemma ? 0 : 2) + (!out[k]!.registry && items[k]!.frame.counted ? 1 : 0);
  const best = new Map<number, number>();
  // (a figure that fits its registry fact by its counted noun names it better than one that fits it by its unit alone: the body's
  // "approved more than $1 billion in ... disaster loans" over the headline's "$1 Billion")
  const byUnit = (k: number) => out[k]!.registry && !!fits[k]![0]?.byUnit;
  const better = (i: number, b: number) => (out[i]!.registry && out[b]!.registry && byUnit(i) !== byUnit(b) ? byUnit(b) : richer(i) > richer(b));
  items.forEach((_, i) => { const r = root(i); const b = best.get(r); if (b === undefined || better(i, b)) best.set(r, i); });
  const named = out.map((_, i) => ({ ...out[best.get(root(i))!]! }));
  named.forEach((fact, i) => { out[i] = fact; });
  // one new id for figures of different places is two quantities ("killed in Gaza", "killed in Rafah")
  splitByPlace(items.map((item) => item.frame.place), items.map((item) => !!item.definite || !!item.headline), out, root);
  splitUnnamedChanges(items.map((item) => item.frame), out, root);
  items.forEach((item, i) => { if (item.sameAs !== undefined && restates(items[item.sameAs]!.text, item.text)) out[i] = { ...out[item.sameAs]! }; });
  smallerBoundsYield(items, out, root, ctx);
  unitFitsYield(items, out, fits, root, ctx);
  // split ids whose figures would contradict each other (in this article, or drafts before it)
  const seen = new Map<string, Item[]>();
  const moved = new Map<string, { id: string; text: string }>();
  const movedGroups = new Map<number, { id: string; text: string }>();
  const disputedPartners = new Set<Item>();
  const indexOf = new Map(items.map((item, i) => [item, i]));
  const members = new Map<number, Item[]>();
  items.forEach((item, i) => members.set(root(i), [...(members.get(root(i)) ?? []), item]));
  items.forEach((item, i) => {
    // a comparison's base is the compared figure's quantity at another time, in whatever id that one ended
    if (item.baseOf !== undefined && item.asof !== items[item.baseOf]!.asof) out[i] = { ...out[item.baseOf]! };
    const fact = out[i]!;
    // a running total may not shrink at any date, so any two incompatible figures of one clash
    // a level holds for a window of days (rules.windowDays), an event on its day
    const kindOf = (id: string) => ctx.registry.facts.get(id)?.kind ?? ctx.newFacts.get(id)?.kind ?? item.frame.kind;
    const window = (id: string) => (kindOf(id) === 'level' ? ctx.registry.rules.windowDays : 0);
    // (two sources of one article disagreeing would be a conflict the text supports, but the frame
    // cannot tell "381 killed" from "400,000 people" well enough: allowing it made false conflicts)
    // two named sources of this article giving one registry fact different values ("measured by the
    // USGS at 6.1", "the China Earthquake Networks Center had measured it at 6.5") is a conflict the
    // text states: it is drafted, for the editor to see (only when both frames count one thing one way)
    // (and so are two articles' named sources: "Burmese state media say as many as 10,000" against another outlet's 15,000)
    // (a headline restating a named source's figure speaks for it: "As Many as 10,000 Dead" over "state media say as many as 10,000")
    const voice = (one: Item): Item | undefined => (one.actor !== undefined && !one.carried ? one : (members.get(root(i)) ?? []).find((m) => m.actor !== undefined && !m.carried && sameValue(m.text, one.text)));
    // (what each counts, one way: a noun left out on one side, "15,000 were dead", is the other's)
    // (and the dead are counted as people, deaths, casualties or a toll)
    const fits = (a: string, b: string) => a === b || a === '' || b === '' || (DEAD_HEADS.has(a) && DEAD_HEADS.has(b));
    const disputesEarlier = (named: NamedSource, one: Item) => {
      const v = voice(one);
      return !!v && named.actor !== v.actor && fits(named.head, v.frame.head) && fits(named.verb, v.frame.verbLemma) && named.head + named.verb !== '' && named.measure === measureKey(v.frame);
    };
    const disputes = (o: Item | EarlierClaim, one: Item) => fact.registry && id0 === fact.id && o.asof === one.asof
      && ('frame' in o ? o.actor !== undefined && one.actor !== undefined && !o.carried && !one.carried && o.actor !== one.actor && o.frame.head === one.frame.head && o.frame.verbLemma === one.frame.verbLemma && measureKey(o.frame) === measureKey(one.frame)
        // (one verb, or one noun printed with both figures: "charges 25,000 rubles" and "bring in up to 1 million rubles" are two sums, whatever a registry fact fits them;
        // a share's noun names its population, not what it measures: "80 percent of Internet users search ..." and "one in five Internet users has gone online to find ..." are two shares)
        && (o.frame.verbLemma !== '' || (!!o.frame.counted && !!one.frame.counted && one.frame.unit !== 'percent'))
        : o.named !== undefined && disputesEarlier(o.named, one));
    const id0 = fact.id;
    let disputed = false;
    const clashOf = (id: string, one: Item) => [...(seen.get(id) ?? []), ...(ctx.drafted.get(id) ?? [])]
      .some((o) => {
        // (a bracketed conversion restates its figure: "$980bn (£720bn)")
        const conversion = one.sameAs !== undefined && items[one.sameAs] === o;
        // (two far bounds of this article are two quantities, though both can hold: "more than $13 million" and "just over $900,000")
        // (and, for a new fact, a bound far from an exact value: "over $1 billion" of new capital beside "$32.7 billion" in all;
        // a registry fact stays with its first figure, which may be the bound: "at least seven races" beside the "30,000" runner cap)
        // (and, for a new fact, a range beside another value: "11 to 16 named storms" forecast, "15" in an average season)
        const farApart = indexOf.has(o as Item) && root(indexOf.get(o as Item)!) !== root(i) && (farBounds(o.text, one.text) || (!ctx.registry.facts.has(id) && rangeBeside(o.text, one.text)) || ((!ctx.registry.facts.has(id) || exactThenBound(o.text, one.text)) && (boundFarFromExact(o.text, one.text) || (!ctx.registry.facts.has(id) && boundShortOfExact(o.text, one.text)))));
        // (a registry fact's claim drafted undated before, its article having no published date, is never compared with a dated one: sweep.ts;
        // the other way round an undated figure, a headline's, would pair with every dated one of its article)
        if (ctx.registry.facts.has(id) && o.asof === undefined && one.asof !== undefined) return false;
        // (a running total's stretches from one start are compared by their ends, as the checker does; far bounds stay two quantities)
        const nested = kindOf(id) === 'cumulative' && sameStart(o.asof, one.asof);
        const clashes = overlaps(o.asof, one.asof, window(id), nested) ? !(conversion ? restates(o.text, one.text) : compatible(o.text, one.text)) || farApart : (kindOf(id) === 'cumulative' && shrinks(o, one)) || (nested && farApart);
        if (clashes && id === id0 && disputes(o, one)) { disputed = true; disputedPartners.add(o as Item); return false; }
        return clashes;
      });
    const clash = (id: string) => clashOf(id, item);
    // a new id for a restated value must hold every restatement, so that they move together
    const groupClash = (id: string) => (members.get(root(i)) ?? [item]).some((one) => clashOf(id, one));
    // a restatement follows the figure it restates into the id that one was split into
    // (and so does every restatement of its group: "narrowing by £6.7 billion" and, paragraphs on, "narrowed by £6.7 billion")
    const movedTo = movedGroups.get(root(i)) ?? moved.get(fact.id);
    if (movedTo !== undefined && sameValue(movedTo.text, item.text) && !clash(movedTo.id)) out[i] = { id: movedTo.id, registry: false, alternatives: fact.registry ? [fact.id] : fact.alternatives };
    else if (clash(fact.id)) {
      const base = fact.registry ? factIdOf(item.frame) : fact.id;
      let id = base;
      for (let n = 2; groupClash(id) || (id !== base && seen.has(id) && fact.registry); n++) id = `${base}-${n}`;
      out[i] = { id, registry: false, alternatives: fact.registry ? [fact.id, ...fact.alternatives].slice(0, 2) : fact.alternatives };
      moved.set(fact.id, { id, text: item.text });
      movedGroups.set(root(i), { id, text: item.text });
    }
    if (disputed && out[i]!.id === id0) out[i] = { ...out[i]!, disputed: true };
    const list = seen.get(out[i]!.id);
    if (list) list.push(item);
    else seen.set(out[i]!.id, [item]);
    if (!out[i]!.registry && !ctx.newFacts.has(out[i]!.id) && !ctx.registry.facts.has(out[i]!.id)) {
      ctx.newFacts.set(out[i]!.id, { id: out[i]!.id, label: factLabelOf(item.frame), kind: item.frame.kind, ...(item.frame.unit && { unit: item.frame.unit }) });
    }
  });
  items.forEach((item, i) => { if (disputedPartners.has(item) && out[i]!.registry) out[i] = { ...out[i]!, disputed: true }; });
  return out;
}

/**
 * Of two groups of this article that a registry fact fits but whose values cannot both hold at one
 * time, a group printed first whose every figure fits the fact by its unit alone (its counted noun
 * names something else: "$816 million in support") yields it to a later group, as large, that fits
 * it clearly better ("the $534 million requested for the telescope"): it is drafted as a new fact.
 * Not a headline's figure (the story's own), nor a change (any change of the noun fits a change
 * fact by its unit), nor where two named sources dispute the fact (a conflict the text states) or
 * the better fit would lose it to an earlier article's figure anyway.
 */
function unitFitsYield(items: readonly Item[], out: DraftedFact[], fits: readonly RegistryFit[][], root: (i: number) => number, ctx: DraftContext): void {
  const kindOf = (id: string) => ctx.registry.facts.get(id)?.kind;
  const clashing = (a: { text: string; asof?: string }, b: { text: string; asof?: string }, id: string) =>
    (overlaps(a.asof, b.asof, kindOf(id) === 'level' ? ctx.registry.rules.windowDays : 0, kindOf(id) === 'cumulative' && sameStart(a.asof, b.asof)) ? !compatible(a.text, b.text) : kindOf(id) === 'cumulative' && shrinks(a, b));
  const fitOf = (i: number) => fits[i]!.find((f) => f.id === out[i]!.id);
  const groups = new Map<string, number[]>();
  items.forEach((_, i) => { if (out[i]!.registry) groups.set(`${root(i)} ${out[i]!.id}`, [...(groups.get(`${root(i)} ${out[i]!.id}`) ?? []), i]); });
  const scoreOf = (g: number[]) => Math.max(...g.map((m) => fitOf(m)?.score ?? 0));
  const weak = (g: number[]) => g.every((m) => fitOf(m)?.byUnit && !items[m]!.headline && !items[m]!.frame.change);
  const named = (x: Item, y: Item) => x.actor !== undefined && y.actor !== undefined && !x.carried && !y.carried && x.actor !== y.actor;
  const losers = new Set<number>();
  const kept = new Map<string, number[][]>();
  for (const group of groups.values()) {
    const id = out[group[0]!]!.id;
    const before = kept.get(id) ?? [];
    const pairs = (g: number[]) => g.flatMap((a) => group.map((b) => [items[a]!, items[b]!] as const)).filter(([x, y]) => clashing(x, y, id));
    const clashes = before.filter((g) => pairs(g).length > 0);
    const yields = clashes.every((g) => weak(g) && g.length <= group.length && scoreOf(group) > scoreOf(g) + 0.1 && !pairs(g).some(([x, y]) => named(x, y)))
      && !group.some((b) => (ctx.drafted.get(id) ?? []).some((o) => !(o.asof === undefined && items[b]!.asof !== undefined) && clashing(o, items[b]!, id)));
    if (clashes.length > 0 && !yields) continue;
    for (const g of clashes) for (const m of g) losers.add(m);
    kept.set(id, [...before.filter((g) => !clashes.includes(g)), group]);
  }
  items.forEach((item, i) => { if (losers.has(i)) out[i] = { id: factIdOf(item.frame), registry: false, alternatives: [out[i]!.id, ...out[i]!.alternatives].slice(0, 2) }; });
}

/**
 * Of two far bounds of one counted noun in an article that a registry fact fits, the smaller
 * is drafted as a new fact: it is a part ("over $30 million" of the region's share), the larger
 * the whole a registry holds ("more than $398 million" nationwide), whichever is printed first.
 */
function smallerBoundsYield(items: readonly Item[], out: DraftedFact[], root: (i: number) => number, ctx: DraftContext): void {
  const losers = new Set<number>();
  items.forEach((a, i) => items.forEach((b, k) => {
    const id = out[i]!.id;
    if (k <= i || !out[i]!.registry || !out[k]!.registry || out[k]!.id !== id || root(i) === root(k) || a.frame.head !== b.frame.head) return;
    if (!overlaps(a.asof, b.asof, ctx.registry.facts.get(id)?.kind === 'level' ? ctx.registry.rules.windowDays : 0) || !farBounds(a.text, b.text)) return;
    losers.add(boundOf(a.text)!.value < boundOf(b.text)!.value ? root(i) : root(k));
  }));
  items.forEach((item, i) => { if (losers.has(root(i))) out[i] = { id: factIdOf(item.frame), registry: false, alternatives: [out[i]!.id, ...out[i]!.alternatives].slice(0, 2) }; });
}

