// What a learned scorer reads of a figure and a registry fact (learned/registryChoice.ts): the
// facts worth considering for a figure (wider than the rules' own pre-filter, registryFacts.ts),
// and for each a row of numbers: how the fact's id and label words meet the figure's clause,
// sentence and article, whether the verb, unit, kind, period, country and year fit, what the
// rules said of it, and whether an earlier figure of the article took it. One more row stands
// for "no registry fact" (a new fact). Pure and cheap: sets and counts, no I/O.
import type { FactDef, Registry } from '../registry/types';
import { normalizeUnit } from '../figures/units';
import { readFigure } from '../figures/read';
import type { Frame } from './facts';
import { singular } from './facts';
import { spelling } from './spelling';
import { frameWords, isCountry, misfits, otherPeriod, readFactOnce, registryFrame, type RegistryFit } from './registryFacts';
import { unitNoun, unitsFit } from './registryUnits';

/** The names of a row's numbers, in order (the generated weights are read by these names). */
export const REGISTRY_FEATURES = [
  // a registry fact's row
  'fact', 'ruleIn', 'ruleTop', 'ruleRankInv', 'ruleScore', 'ruleByUnit',
  'headInId', 'headInLabel', 'headIsUnitNoun', 'nounInWords', 'verbOnly',
  'verbFits', 'verbClash', 'factNoVerb',
  'clauseId', 'clauseLabel', 'sentenceId', 'sentenceLabel', 'topicId', 'absentId', 'rival', 'near', 'factWords',
  'unitSame', 'unitConvertible', 'unitNone', 'unitClash', 'unitFactOnly', 'unitFigureOnly',
  'kindSame', 'kindClash', 'changeFits', 'changeClash', 'plannedClash',
  'periodClash', 'yearClash', 'datedClash', 'countryClash', 'taken', 'takenSameValue', 'takenOtherValue',
  'ruleTopScore', 'headAndVerb', 'idAllSaid', 'percentShare',
  // the "no registry fact" row
  'none', 'noneRulesEmpty', 'noneHeadEmpty', 'noneUnit', 'noneChange', 'nonePlanned', 'noneRegistrySize', 'noneBestRule',
] as const;

/** One name of REGISTRY_FEATURES. */
export type RegistryFeature = (typeof REGISTRY_FEATURES)[number];

/** Each feature's place in a row, by name (written out: a literal's properties are read fast; checked against REGISTRY_FEATURES below). */
const I = {
  fact: 0, ruleIn: 1, ruleTop: 2, ruleRankInv: 3, ruleScore: 4, ruleByUnit: 5, headInId: 6, headInLabel: 7, headIsUnitNoun: 8, nounInWords: 9,
  verbOnly: 10, verbFits: 11, verbClash: 12, factNoVerb: 13, clauseId: 14, clauseLabel: 15, sentenceId: 16, sentenceLabel: 17, topicId: 18,
  absentId: 19, rival: 20, near: 21, factWords: 22, unitSame: 23, unitConvertible: 24, unitNone: 25, unitClash: 26, unitFactOnly: 27,
  unitFigureOnly: 28, kindSame: 29, kindClash: 30, changeFits: 31, changeClash: 32, plannedClash: 33, periodClash: 34, yearClash: 35, datedClash: 36,
  countryClash: 37, taken: 38, takenSameValue: 39, takenOtherValue: 40, ruleTopScore: 41, headAndVerb: 42, idAllSaid: 43, percentShare: 44, none: 45,
  noneRulesEmpty: 46, noneHeadEmpty: 47, noneUnit: 48, noneChange: 49, nonePlanned: 50, noneRegistrySize: 51, noneBestRule: 52
} as const;
if (REGISTRY_FEATURES.some((f, i) => I[f] !== i)) throw new Error('registryFeatures: I and REGISTRY_FEATURES disagree');

/** A figure of the article before this one: its printed text, as-of and the registry fact chosen for it. */
export interface EarlierFigure { text: string; asof?: string; fact?: string }

/** The candidates of one figure: registry fact ids and '' for "no registry fact" (last), each with its row of REGISTRY_FEATURES. */
export interface RegistryCandidates { ids: string[]; rows: Float64Array[] }

/** A registry's facts by every word that may name them (id, label, the noun its unit counts): built once per registry. */
const wideIndexes = new WeakMap<Registry, { byWord: Map<string, string[]>; withUnit: string[] }>();

function wideIndex(registry: Registry): { byWord: Map<string, string[]>; withUnit: string[] } {
  let index = wideIndexes.get(registry);
  if (index) return index;
  index = { byWord: new Map(), withUnit: [] };
  for (const [id, def] of registry.facts) {
    const r = readFactOnce(id, def);
    const counted = unitNoun(def.unit);
    for (const w of new Set([...r.words, ...r.idWords, ...r.lemmas, ...(counted ? [counted] : [])])) {
      const list = index.byWord.get(w);
      if (list) list.push(id);
      else index.byWord.set(w, [id]);
    }
    if (def.unit) index.withUnit.push(id);
  }
  wideIndexes.set(registry, index);
  return index;
}

/**
 * The registry facts worth scoring for a figure, with "no registry fact" last, and the row of
 * each: facts sharing a word with the figure's clause or sentence, or its verb, or whose unit
 * fits its unit, and every fact the rules fit (`rules`, best first). `earlier` holds the article's
 * figures before this one (printed `text`) and the facts they were given.
 */
export function registryCandidates(frame: Frame, registry: Registry, asof: string | undefined, rules: readonly RegistryFit[], earlier: readonly EarlierFigure[], text: string): RegistryCandidates {
  const out: RegistryCandidates = { ids: [], rows: [] };
  eachCandidate(frame, registry, asof, rules, earlier, text, (id, row) => { out.ids.push(id); out.rows.push(Float64Array.from(row)); });
  return out;
}

/**
 * Each candidate of registryCandidates, in the same order, with its row, which `visit` must read
 * before it returns (one buffer serves every row: scoring a figure allocates none).
 */
export function eachCandidate(frame: Frame, registry: Registry, asof: string | undefined, rules: readonly RegistryFit[], earlier: readonly EarlierFigure[], text: string, visit: (id: string, row: Float64Array) => void): void {
  frame = registryFrame(frame);
  const index = wideIndex(registry);
  const { clauseWords, sentenceWords } = frameWords(frame);
  // (the countries the clause and sentence name, for facts of one country: otherCountry, read once per figure and only when asked)
  let named: string[] | undefined;
  const countries = () => (named ??= [...new Set([...clauseWords, ...sentenceWords])].filter(isCountry));
  // (where each word of the facts is, read once per figure: 0 the clause, 1 the sentence, 2 the article, 3 nowhere; 4 added when another figure's noun)
  const places = new Map<string, number>();
  const placeOf = (w: string) => {
    let c = places.get(w);
    if (c === undefined) {
      c = clauseWords.has(w) ? 0 : sentenceWords.has(w) ? 1 : frame.topic.has(w) ? 2 : 3;
      if (c !== 0 && frame.rivals.has(w)) c |= 4;
      places.set(w, c);
    }
    return c;
  };
  // (the counted noun's words as facts spell theirs, but the head word as printed)
  const nounWords = frame.noun.filter((w) => w !== frame.head).map((w) => spelling(singular(w)));
  const ids = new Set<string>(rules.map((f) => f.id));
  const add = (w: string) => { for (const id of index.byWord.get(w) ?? []) ids.add(id); };
  for (const w of clauseWords) add(w);
  for (const w of sentenceWords) add(w);
  if (frame.verbLemma) add(frame.verbLemma);
  // (whether a unit fits this figure's, asked once per unit the registry writes)
  const unitFits = new Map<string | undefined, boolean>();
  const fitsUnit = (unit: string | undefined) => { let f = unitFits.get(unit); if (f === undefined) unitFits.set(unit, (f = unitsFit(unit, frame.unit))); return f; };
  if (frame.unit) for (const id of index.withUnit) if (fitsUnit(registry.facts.get(id)!.unit)) ids.add(id);
  const ruleRank = new Map(rules.map((f, i) => [f.id, i]));
  // (a fact an earlier figure took: with this value, a restatement; with another at one time, a clash that grouping splits)
  const value = valueOf(text);
  const taken = new Map<string, { same: boolean; other: boolean }>();
  for (const e of earlier) {
    if (!e.fact) continue;
    const t = taken.get(e.fact) ?? { same: false, other: false };
    if (value !== undefined && valueOf(e.text) === value) t.same = true;
    else if (e.asof === asof || e.asof === undefined || asof === undefined) t.other = true;
    taken.set(e.fact, t);
  }
  const figureWords: FigureWords = { clauseWords, sentenceWords, countries, nounWords, placeOf };
  for (const id of ids) {
    const def = registry.facts.get(id);
    // (a fact the rules rule out whatever its words, of another unit, day, stretch, country or year, or a change for a level, is none of the scorer's either)
    if (!def || (!ruleRank.has(id) && misfits(id, def, frame, asof))) continue;
    buffer.fill(0);
    factRow(buffer, id, def, frame, asof, figureWords, ruleRank.get(id), rules, taken, fitsUnit);
    visit(id, buffer);
  }
  const none = buffer.fill(0);
  none[I.none] = 1;
  none[I.noneRulesEmpty] = rules.length === 0 ? 1 : 0;
  none[I.noneHeadEmpty] = frame.head === '' ? 1 : 0;
  none[I.noneUnit] = frame.unit ? 1 : 0;
  none[I.noneChange] = frame.change || frame.difference ? 1 : 0;
  none[I.nonePlanned] = frame.planned ? 1 : 0;
  none[I.noneRegistrySize] = Math.log1p(registry.facts.size) / 5;
  none[I.noneBestRule] = rules[0]?.score ?? 0;
  visit('', none);
}

const buffer = new Float64Array(REGISTRY_FEATURES.length);

/** A figure's value, one way ("about 2,000" and "2,000 homes" alike), undefined when it cannot be read. */
function valueOf(text: string): string | undefined {
  if (values.has(text)) return values.get(text);
  const r = readFigure(text);
  const value = r.ok ? `${r.value.low} ${r.value.high} ${r.value.unit ?? ''}` : undefined;
  // (an article's figures are asked again for every later figure: kept, a bounded number of them)
  if (values.size > 5000) values.clear();
  values.set(text, value);
  return value;
}
const values = new Map<string, string | undefined>();

/** What a fact's row needs of it that no figure changes, read once per definition. */
interface FactStatics { idWords: string[]; labelWords: string[]; words: string[]; counted?: string; unit?: string; dated?: string; shareLike: boolean }
const statics = new WeakMap<FactDef, FactStatics>();

function staticsOf(id: string, def: FactDef): FactStatics {
  let st = statics.get(def);
  if (!st) {
    const r = readFactOnce(id, def);
    st = { idWords: [...r.idWords], labelWords: [...r.words].filter((w) => !r.idWords.has(w)), words: [...r.words], counted: unitNoun(def.unit), unit: def.unit === undefined ? undefined : normalizeUnit(def.unit) ?? def.unit, dated: /(\d{4})-(\d{2})-(\d{2})$/.exec(id)?.[0], shareLike: /percent|%|pct|share|rate/i.test(`${def.unit ?? ''} ${id}`) };
    statics.set(def, st);
  }
  return st;
}

/** What a figure's row reads of its words, once per figure. */
interface FigureWords { clauseWords: Set<string>; sentenceWords: Set<string>; countries: () => readonly string[]; nounWords: readonly string[]; placeOf: (w: string) => number }

/** Of `words` other than `head`, how many lie at each place (placeOf: clause, sentence, article, nowhere) into `counts`; returns how many there are. */
function countPlaces(words: readonly string[], head: string, placeOf: (w: string) => number, counts: number[]): number {
  let n = 0;
  counts[0] = counts[1] = counts[2] = counts[3] = 0;
  for (const w of words) {
    if (w === head) continue;
    n++;
    counts[placeOf(w) & 3]!++;
  }
  return n;
}
const idPlaces = [0, 0, 0, 0];
const labelPlaces = [0, 0, 0, 0];

function factRow(row: Float64Array, id: string, def: FactDef, frame: Frame, asof: string | undefined, { clauseWords, sentenceWords, countries, nounWords, placeOf }: FigureWords, rank: number | undefined, rules: readonly RegistryFit[], taken: ReadonlyMap<string, { same: boolean; other: boolean }>, fitsUnit: (unit: string | undefined) => boolean): void {
  const r = readFactOnce(id, def);
  const st = staticsOf(id, def);
  row[I.fact] = 1;
  if (rank !== undefined) {
    row[I.ruleIn] = 1;
    row[I.ruleTop] = rank === 0 ? 1 : 0;
    row[I.ruleRankInv] = 1 / (1 + rank);
    row[I.ruleScore] = rules[rank]!.score;
    row[I.ruleByUnit] = rules[rank]!.byUnit ? 1 : 0;
  }
  const head = frame.head;
  const headIn = head !== '' && r.words.has(head);
  row[I.headInId] = head !== '' && r.idWords.has(head) ? 1 : 0;
  row[I.headInLabel] = head !== '' && !r.idWords.has(head) && headIn ? 1 : 0;
  row[I.headIsUnitNoun] = head !== '' && st.counted === head ? 1 : 0;
  let noun = 0;
  for (const w of nounWords) if (r.words.has(w)) noun = 1;
  row[I.nounInWords] = noun;
  const verbFits = frame.verbLemma !== '' && r.lemmas.has(frame.verbLemma);
  row[I.verbOnly] = head === '' && verbFits ? 1 : 0;
  row[I.verbFits] = verbFits ? 1 : 0;
  row[I.verbClash] = frame.verbLemma !== '' && r.lemmas.size > 0 && !verbFits ? 1 : 0;
  row[I.factNoVerb] = r.lemmas.size === 0 ? 1 : 0;
  const idCount = countPlaces(st.idWords, head, placeOf, idPlaces);
  const labelCount = countPlaces(st.labelWords, head, placeOf, labelPlaces);
  if (idCount > 0) { row[I.clauseId] = idPlaces[0]! / idCount; row[I.sentenceId] = idPlaces[1]! / idCount; row[I.topicId] = idPlaces[2]! / idCount; row[I.absentId] = idPlaces[3]! / idCount; }
  if (labelCount > 0) { row[I.clauseLabel] = labelPlaces[0]! / labelCount; row[I.sentenceLabel] = labelPlaces[1]! / labelCount; }
  let rival = 0;
  let near = 0;
  for (const w of st.words) {
    if (placeOf(w) & 4) rival = 1;
    const away = w === head || !frame.nearness ? undefined : frame.nearness.get(w);
    if (away !== undefined) near = Math.max(near, 1 / (1 + away));
  }
  row[I.rival] = rival;
  row[I.near] = near;
  row[I.factWords] = Math.log1p(r.words.size) / 3;
  const fits = fitsUnit(def.unit);
  const same = st.unit !== undefined && frame.unit !== undefined && st.unit === frame.unit;
  row[I.unitSame] = same ? 1 : 0;
  row[I.unitConvertible] = fits && !same && def.unit !== undefined && frame.unit !== undefined ? 1 : 0;
  row[I.unitNone] = def.unit === undefined && frame.unit === undefined ? 1 : 0;
  row[I.unitClash] = fits ? 0 : 1;
  row[I.unitFactOnly] = def.unit !== undefined && frame.unit === undefined ? 1 : 0;
  row[I.unitFigureOnly] = def.unit === undefined && frame.unit !== undefined ? 1 : 0;
  row[I.kindSame] = def.kind !== undefined && def.kind === frame.kind ? 1 : 0;
  row[I.kindClash] = def.kind !== undefined && def.kind !== frame.kind ? 1 : 0;
  const figureChange = frame.change || frame.difference === true;
  row[I.changeFits] = r.change && figureChange ? 1 : 0;
  row[I.changeClash] = r.change !== figureChange ? 1 : 0;
  row[I.plannedClash] = r.planned !== frame.planned ? 1 : 0;
  row[I.periodClash] = asof !== undefined && otherPeriod(r.period, asof) ? 1 : 0;
  if (r.years.length > 0 && asof !== undefined) { let inYear = false; for (const y of r.years) if (asof.includes(y)) inYear = true; row[I.yearClash] = inYear ? 0 : 1; }
  row[I.datedClash] = st.dated !== undefined && asof !== undefined && !asof.startsWith(st.dated) ? 1 : 0;
  // (otherCountry's test: the fact's countries unnamed, another named)
  if (r.countries.length > 0) row[I.countryClash] = !r.countries.some((w) => clauseWords.has(w) || sentenceWords.has(w)) && countries().some((w) => !r.idWords.has(w)) ? 1 : 0;
  const t = taken.get(id);
  row[I.taken] = t ? 1 : 0;
  row[I.takenSameValue] = t?.same ? 1 : 0;
  row[I.takenOtherValue] = t?.other ? 1 : 0;
  // (together: the rules' first fit by its score, a fact named by both its noun and its verb, one whose every id word the sentence says)
  row[I.ruleTopScore] = rank === 0 ? rules[0]!.score : 0;
  row[I.headAndVerb] = headIn && verbFits ? 1 : 0;
  row[I.idAllSaid] = idCount > 0 && idPlaces[0]! + idPlaces[1]! === idCount ? 1 : 0;
  row[I.percentShare] = frame.unit === 'percent' && st.shareLike ? 1 : 0;
}
