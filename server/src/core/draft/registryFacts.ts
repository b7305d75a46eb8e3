// Registry facts that fit a figure's frame (facts.ts): the counted noun (or the unit) must be
// the fact's, the verb must agree, a change or a plan is never a level, and the fact's other
// words are looked for in the clause, the sentence and the article. Also the ranking that
// completion after `fact=` uses.
import type { FactDef, Registry } from '../registry/types';
import { isCurrency } from '../figures/units';
import { readFigure } from '../figures/read';
import { nounAfter } from '../untagged/detect';
import { isCountryName } from '../base/countries';
import { contentWords, frameOf, lemmasIn, MEASURES, singular, STOP, type Frame } from './facts';
import { respelled, spelling } from './spelling';
import { otherCommodityNamed, otherQuantityNamed } from './quantityNames';
import { growthSaid, holdsForecasts, ofStoryCountry, otherBase } from './registryLabels';
import { rate, unitFitsFact, unitNoun, unitsFit } from './registryUnits';

/** Content words of a registry fact (id and label) that qualify it: a label's "by month" names the series' step, not a qualifier. */
function factWords(id: string, def: FactDef): Set<string> {
  // (lower case: a label's names are words, not the acronyms an article's names make)
  return contentWords(`${id.replace(/[-_.]/g, ' ')} ${qualifyingLabel(def.label).toLowerCase()}`, true);
}

function qualifyingLabel(label: string | undefined): string {
  return (label ?? '').replace(/,?\s*\b(?:by|per|each)\s+(?:day|week|month|quarter|year)\b/gi, ' ');
}


/** A registry fact's words and verb lemmas, read once per fact definition (drafts ask for every figure). */
export interface FactReading { words: Set<string>; idWords: Set<string>; countries: string[]; lemmas: Set<string>; years: string[]; yearsInLabelOnly: boolean; change: boolean; planned: boolean; period?: 'quarter' | 'month' }
const factReadings = new WeakMap<FactDef, FactReading>();
/** A registry fact's reading (its words, verb lemmas, years, change, plan, period), read once per definition. */
export function readFactOnce(id: string, def: FactDef): FactReading {
  let r = factReadings.get(def);
  if (!r) {
    // what happened, as the id says it (the most specific), else as the label does
    const fromId = lemmasIn(id.replace(/[-_.]/g, ' '));
    // (an id names what happened by its noun too: "border-deployment" is troops sent)
    if (fromId.size === 0) for (const w of id.split(/[-_.]/)) if (NOUN_LEMMAS[w]) fromId.add(NOUN_LEMMAS[w]!);
    // (and so may its label, when it names no verb: "Manafort's spending on suits" is money spent)
    // ("defendants in criminal cases": a court's cases are no infections)
    const fromLabel = lemmasIn((def.label ?? '').replace(/\b(?:criminal|civil|court|legal|enforcement|judicial)\s+cases?\b/gi, ''));
    if (fromId.size === 0 && fromLabel.size === 0) for (const w of (def.label ?? '').toLowerCase().split(/[^a-z]+/)) if (NOUN_LEMMAS[w]) fromLabel.add(NOUN_LEMMAS[w]!);
    const named = [...new Set(`${id} ${def.label ?? ''}`.match(/\b(?:19|20)\d\d\b/g) ?? [])];
    // an election cycle, a season or a fiscal year named by its last year starts in the year before ("the 2016 cycle" holds 2015)
    const years = /\b(cycle|election|season|fiscal)\b/i.test(`${id.replace(/-/g, ' ')} ${def.label ?? ''}`) ? [...new Set([...named, ...named.map((y) => String(Number(y) - 1))])] : named;
    // (the id says whether the fact is a change or a plan; its label may only describe what changed
    // or was planned: "Limit on the rise of global temperatures", "Reduction in planned spending")
    // (a fact whose unit is the changes, "unit: rate increases", counts them: "three rate hikes" is no change)
    const changeWords = /\b(change|increase|decrease|gain|growth|rise|fall|drop|decline|hike)s?\b/i;
    const change = changeWords.test(id.replace(/[-_.]/g, ' ')) && !changeWords.test(def.unit ?? '');
    const planned = /\b(plann?ed|plans?|forecast|projected|needed|floor|required)\b/i.test(id.replace(/[-_.]/g, ' '));
    const idWords = contentWords(id.replace(/[-_.]/g, ' '), true);
    // (a fact of a quarter or of a month, as its id says: "uk-gdp-q1-2023-growth", "uk-gdp-monthly-change")
    const ofQuarter = /\b(?:q[1-4]|quarter|quarterly)\b/.test(id.replace(/[-_.]/g, ' '));
    const period = ofQuarter === /\b(?:month|monthly)\b/.test(id.replace(/[-_.]/g, ' ')) ? undefined : ofQuarter ? 'quarter' as const : 'month' as const;
    r = { words: factWords(id.replace(/-\d{4}-\d{2}-\d{2}$/, ''), def), idWords, countries: [...idWords].filter(isCountry), lemmas: fromId.size > 0 ? fromId : fromLabel, years, yearsInLabelOnly: !/\b(?:19|20)\d\d\b/.test(id) && !RUNNING_OR_DAY.test(def.label ?? ''), change, planned, ...(period && { period }) };
    factReadings.set(def, r);
  }
  return r;
}

/** A label that counts since a year ("since it began in 2011": the rule for running totals decides) or dates a day's event ("the attack of 7 October 2023"). */
const RUNNING_OR_DAY = /\bsince\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d\b/i;

/** True when a fact of a quarter or a month (`period`, from its id) is given a figure of another stretch: a month ("2023-03") for a quarter's, three ("2023-01..2023-03") for a month's. */
export function otherPeriod(period: 'quarter' | 'month' | undefined, asof: string): boolean {
  if (period === 'quarter') return /^\d{4}-\d{2}$/.test(asof);
  const months = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(asof);
  return period === 'month' && !!months && Number(months[3]) * 12 + Number(months[4]) - (Number(months[1]) * 12 + Number(months[2])) === 2;
}

/** An id of things counted as added or lost ("us-nonfarm-jobs-added-month"): a change and a count at once. */
const COUNT_OF_CHANGE = /(?:^|-)(?:added|lost|shed|gained|created)(?:-|$)/;

/** Nouns of what happened, as ids name it, and the verb lemma each stands for (facts.ts). */
const NOUN_LEMMAS: Record<string, string> = Object.assign(Object.create(null), { deployment: 'send', deployments: 'send', arrests: 'arrest', evacuations: 'displace', interceptions: 'down', spending: 'spend' });

/** Short country words as registry ids write them (countries.ts holds the names). */
const COUNTRY_IDS = new Set(['uk', 'nz', 'eu', 'ni']);
// (content words are singular: "wales" is "wale")
/** True when a content word names a country (or a short id of one, "uk"). */
export const isCountry = (w: string) => COUNTRY_IDS.has(w) || isCountryName(w) || isCountryName(`${w}s`);

/** Words of a clause that make its figure a prediction though no "plans to" stands before it: "yields are expected to average", "the previous forecast". */
// ("forecasters are calling for 11 to 16 named storms": who foresees it says so too)
const FORESEEING = new Set(['expected', 'expect', 'expects', 'forecast', 'forecasts', 'forecasted', 'projected', 'projection', 'projections', 'predicted', 'predict', 'predicts', 'outlook', 'forecaster']);
/** A label that makes a fact a plan though its id names none: "People the World Food Programme plans to feed". */
const FORESEEN_LABEL = /\bplans?\s+to\b/i;

/** True when a fact is a plan or forecast as its id says (`planned`) or its label does. */
const plannedFact = (planned: boolean, def: FactDef) => planned || FORESEEN_LABEL.test(def.label ?? '');

/** True when a plan or forecast fact and a figure the reader did not mark as one are one all the same: its clause foresees ("are expected to average", "the previous forecast"). */
function foreseen(frame: Frame): boolean {
  return frame.clause.some((w) => FORESEEING.has(w)) || frame.head === 'forecast' || frame.head === 'projection';
}

/** Nouns of a change, as a figure's counted noun: "a 2.2 percent increase" is a change, whatever the reader made of it. */
const CHANGE_HEADS = new Set(['increase', 'decrease', 'rise', 'fall', 'drop', 'decline', 'gain', 'growth', 'reduction']);
/** Verbs that count what was added or lost: "the economy lost 216,000 jobs" is a change of payrolls. */
const COUNTING_CHANGE_VERBS = new Set(['lose', 'add', 'shed', 'create', 'cut']);

/** True when a figure the reader did not mark as a change says one: its counted noun is a change, it counts what was added or lost, or it is an inflation rate (the change of prices). */
function changeSaid(frame: Frame): boolean {
  return CHANGE_HEADS.has(frame.head) || (COUNTING_CHANGE_VERBS.has(frame.verbLemma) && frame.head !== '' && frame.unit === undefined) || frame.clause.includes('inflation');
}

/** True when a fact's id names countries (`own`, read once per fact) the sentence does not, and the sentence names another. */
export function otherCountry(own: readonly string[], idWords: Set<string>, clause: Set<string>, sentence: Set<string>): boolean {
  if (own.length === 0 || own.some((w) => clause.has(w) || sentence.has(w))) return false;
  return [...clause, ...sentence].some((w) => isCountry(w) && !idWords.has(w));
}

/** True when the as-of falls in a year after the earliest of `years`. */
function laterYear(asof: string, years: readonly string[]): boolean {
  const first = Math.min(...years.map(Number));
  return (asof.match(/\b(?:19|20)\d\d\b/g) ?? []).some((y) => Number(y) > first);
}


/** A registry's facts by the words of their ids and labels, and those with a unit: built once per registry. */
const factIndexes = new WeakMap<Registry, { byWord: Map<string, [string, FactDef][]>; withUnit: [string, FactDef][]; killing: [string, FactDef][] }>();

/** The registry facts worth scoring for a frame: those naming its counted noun, or with a unit when the figure has one. */
function candidateFacts(registry: Registry, frame: Frame): Iterable<[string, FactDef]> {
  let index = factIndexes.get(registry);
  if (!index) {
    index = { byWord: new Map(), withUnit: [], killing: [] };
    for (const [id, def] of registry.facts) {
      // (facts of the killed, whose word for it is a verb form and so no content word: "heat-wave-deaths")
      if (readFactOnce(id, def).lemmas.has('kill')) index.killing.push([id, def]);
      // (and by the noun its unit counts, which its id and label may leave out: "unit: bales")
      const counted = unitNoun(def.unit);
      for (const w of counted && !readFactOnce(id, def).words.has(counted) ? [...readFactOnce(id, def).words, counted] : readFactOnce(id, def).words) {
        const list = index.byWord.get(w);
        if (list) list.push([id, def]);
        else index.byWord.set(w, [[id, def]]);
      }
      if (def.unit) index.withUnit.push([id, def]);
    }
    factIndexes.set(registry, index);
  }
  const byHead = frame.head ? index.byWord.get(frame.head) ?? [] : [];
  // "the death toll rose to 40": a toll counts the dead, whom a fact names as people or deaths
  const extra = frame.head === 'casualty' ? [...(index.byWord.get('killed') ?? [])]
    : frame.head === 'toll' ? [...(index.byWord.get('person') ?? []), ...(index.byWord.get('death') ?? []), ...index.killing]
    : frame.head === 'death' || frame.head === 'fatality' || frame.verbLemma === 'kill' ? index.killing : [];
  if (!frame.unit) return [...byHead, ...extra];
  return new Map([...byHead, ...extra, ...index.withUnit]);
}

/** A fact's words that name a change, as content words. */
const CHANGE_WORDS = new Set(['change', 'increase', 'decrease', 'gain', 'growth', 'rise', 'fall', 'drop', 'decline']);
/** Heads that make a figure someone's expectation of a quantity, not the quantity. */
const ESTIMATE_HEADS = new Set(['estimate', 'forecast', 'projection', 'expectation', 'target', 'guidance', 'consensus', 'prediction']);
/** Words a sum of money says by itself. */
const MONEY_WORDS = new Set(['amount', 'money', 'sum']);
/** Words a percentage says by itself. */
const SHARE_WORDS = new Set(['share', 'percentage', 'proportion', 'percent', 'pct', 'fraction']);
/** Words of when, which qualify no fact by themselves. */
const TIME_WORDS = new Set(['year', 'month', 'week', 'day', 'quarter', 'annual', 'monthly', 'weekly', 'daily', 'period', 'time']);
/** Verb lemmas of a change in either direction. */
const CHANGE_LEMMAS = new Set(['rise', 'fall', 'lose', 'add', 'gain', 'cut']);

/** A frame as registry facts are matched against it: a people's name counts persons, the head spelled as facts spell it, a measure per a stretch a rate. */
export function registryFrame(frame: Frame): Frame {
  const known = matchedFrames.get(frame);
  if (known) return known;
  const original = frame;
  // "2,129,000 New Zealanders", "40 million Americans": a people counts persons (of its country, which the clause's words say)
  if (frame.head !== spelling(frame.head) && isCountry(spelling(frame.head))) frame = { ...frame, head: 'person' };
  // (the counted noun spelled as the facts' words are: "audience" is "audiense", as "defence" is "defense")
  else if (frame.head !== respelled(frame.head)) frame = { ...frame, head: respelled(frame.head) };
  // ("advancing 200-300 meters each day": a measure its clause says is per a stretch is a rate)
  if (frame.per && frame.unit && !rate(frame.unit)) frame = { ...frame, unit: `${frame.unit} per ${frame.per}` };
  matchedFrames.set(original, frame);
  return frame;
}

// (the rules and the learned scorer both read a figure's frame: each is read once)
const matchedFrames = new WeakMap<Frame, Frame>();
const wordsOfFrames = new WeakMap<Frame, { clauseWords: Set<string>; sentenceWords: Set<string> }>();

/** The words of a frame (as registryFrame gives it) that facts' words are looked for in: its clause's with its counted noun, and its sentence's. */
export function frameWords(frame: Frame): { clauseWords: Set<string>; sentenceWords: Set<string> } {
  let words = wordsOfFrames.get(frame);
  if (!words) {
    words = { clauseWords: new Set([...frame.noun.map(singular), frame.head, ...frame.clause].map(spelling)), sentenceWords: new Set(frame.context.map(spelling)) };
    wordsOfFrames.set(frame, words);
  }
  return words;
}

/**
 * True when a registry fact can never hold a figure of `frame` (as registryFrame gives it) at
 * `asof`, whatever its words: its unit does not fit, it is of another day, stretch, country or
 * year, or a change or plan where the figure is none (or the other way round). The learned
 * scorer considers no such fact either.
 */
export function misfits(id: string, def: FactDef, frame: Frame, asof: string | undefined): boolean {
  // ("1,401,420,191 recreation visitor hours": a unit set apart from its figure is the counted noun)
  const unitIsHead = frame.unit === undefined && def.unit !== undefined && frame.head !== '' && spelling(singular(def.unit.toLowerCase())) === frame.head;
  if (!unitFitsFact(def, frame.unit) && !unitIsHead) return true;
  const dated = /(\d{4})-(\d{2})-(\d{2})$/.exec(id);
  if (dated && asof !== undefined && !asof.startsWith(dated[0])) return true;
  const { idWords, countries, years, yearsInLabelOnly, change, planned, period } = readFactOnce(id, def);
  const { clauseWords, sentenceWords } = frameWords(frame);
  const figureChange = frame.change || frame.difference === true;
  // a fact of a quarter is no month's figure, nor a month's fact a quarter's ("shrank by 0.3% in March" is the monthly change)
  if (asof !== undefined && otherPeriod(period, asof)) return true;
  // (nor a change against a year before one "compared with the previous quarter", nor the other way round: its clause's words where the sentence has other figures)
  if (change && figureChange && otherBase(id, def, frame.nearness ? frame.clause : frame.context)) return true;
  // a fact of one country is not a figure the sentence gives another's ("england-goods-exports" for "UK exports rose")
  if (otherCountry(countries, idWords, clauseWords, sentenceWords)) return true;
  // (nor a crop's a figure of another crop: "Corn planted area ... at 92.0 million acres" is no "us-soybean-planted-area")
  if (otherCommodityNamed(idWords, clauseWords, sentenceWords)) return true;
  // a change is not a level, nor a plan what is: "rose by 120,000" is no fact of payroll levels
  // (a count of things added or lost is either: "us-nonfarm-jobs-added-month" holds "added 38,000 jobs" and "generated 169,000 jobs")
  // (a change the reader missed is one all the same, "a 2.2 percent increase", "lost 216,000 jobs", "GDP is set to contract 0.3%"; and a forecast
  // its clause foresees, "yields are expected to average", or one of a fact whose label says it holds forecasts, "(Commission forecast)")
  if ((change !== figureChange && !COUNT_OF_CHANGE.test(id) && !(change && (changeSaid(frame) || growthSaid(frame)))) || (plannedFact(planned, def) !== frame.planned && !(plannedFact(planned, def) && foreseen(frame)) && !(frame.planned && holdsForecasts(def)))) return true;
  // (percentage points are a difference between two rates, no rate's level: "0.06 percentage points" is no poverty rate)
  if (frame.unit === 'pp' && !change && !/percentage points?|^pp$/i.test(def.unit ?? '')) return true;
  // a fact about one year's event ("... on 3 August 2014") is not a figure of another year
  // (a running total counted since a year holds in every later year: "killed in Gaza since 7 October 2023";
  // a sum is one when its sentence says since: "has invested $10.8 billion ... since January 2017")
  // (years its label alone names date what it describes, an event a later story retells: "Women Gary Heidnik held captive
  // (November 1986 to March 1987)", "relocation schemes of 2015": a figure of a later year may hold it; its id's years date the fact itself)
  if (years.length > 0 && asof !== undefined && !years.some((y) => asof.includes(y)) && !(yearsInLabelOnly && laterYear(asof, years)) && !(def.kind === 'cumulative' && (frame.kind === 'cumulative' || frame.context.includes('since')) && /\bsince\b/i.test(def.label ?? '') && laterYear(asof, years))) return true;
  return false;
}

/** A registry fact that fits a figure, its score, and whether only the figure's unit names what it measures (its counted noun names something else). */
export interface RegistryFit { id: string; score: number; byUnit?: boolean }

/** Registry facts that fit a frame, best first, with their scores (0..1). */
export function registryFactsFor(frame: Frame, registry: Registry, asof: string | undefined): RegistryFit[] {
  frame = registryFrame(frame);
  const out: { id: string; score: number; unmatched: number; unmatchedInId: number; absent: number; far: number; byUnit: boolean }[] = [];
  // (an "amount" of money names nothing the money does not, whether the unit gave it or the text, "in the amount of $1,009,238,100":
  // it fits a fact of loans by its unit and its words, not by "amount")
  const money = isCurrency(frame.unit);
  const unitHead = money && frame.head === 'amount';
  const { clauseWords, sentenceWords } = frameWords(frame);
  const frameLemmas = new Set([frame.verbLemma]);
  const figureChange = frame.change || frame.difference === true;
  for (const [id, def] of candidateFacts(registry, frame)) {
    if (misfits(id, def, frame, asof)) continue;
    const { words, idWords, lemmas, change } = readFactOnce(id, def);
    const unitIsHead = frame.unit === undefined && def.unit !== undefined && frame.head !== '' && spelling(singular(def.unit.toLowerCase())) === frame.head;
    // the counted noun must be the fact's, unless the figure's own unit (km2, percent) says what it measures
    // ("At least six deaths": deaths are the killed, whom a fact names by its verb, "heat wave deaths")
    // ("Extreme heat has killed more than 1,500 people": people killed are a fact of deaths)
    const tollOfDead = ((frame.head === 'toll' || frame.head === 'death' || frame.head === 'fatality') && lemmas.has('kill'))
      || (frame.verbLemma === 'kill' && (frame.head === 'person' || frame.head === 'civilian') && (words.has('death') || lemmas.has('kill')));
    // ("officials had told them that 15,000 were dead": no counted noun, but the fact's own verb)
    const verbOnly = frame.head === '' && frame.verbLemma !== '' && lemmas.has(frame.verbLemma);
    const headFits = verbOnly || (frame.head !== '' && !unitHead && (words.has(frame.head) || unitNoun(def.unit) === frame.head || unitIsHead || tollOfDead || (frame.head === 'casualty' && (words.has('killed') || words.has('casualty')))));
    const unitNames = !headFits && !!frame.unit && !!def.unit && unitFitsFact(def, frame.unit);
    if (!headFits && !unitNames) continue;
    // an expectation ("analysts' estimates of $54.5 billion") is no figure of a fact its unit merely allows
    // ("Microsoft quarterly net income"), unless the fact names it
    // (and so is a figure that names another measure: "revenue of $56.5 billion" is no net income)
    // (a change named by its noun is a change fact's, whatever word the fact uses: "a 4.9 percent increase" fits "visits-change-pct")
    if (unitNames && (ESTIMATE_HEADS.has(frame.head) || (frame.counted && MEASURES.includes(frame.head))) && !words.has(frame.head) && !idWords.has(frame.head) && !(change && figureChange && CHANGE_WORDS.has(frame.head))) continue;
    // a figure with no verb ("3,000 casualties") may be any fact of its noun; one with a verb must match the fact's
    const unknownVerb = frame.verbLemma === '';
    // a change fact is told by its quantity, not its direction: "(jobs added or lost)" fits "rose by 120,000"
    const changeVerb = change && CHANGE_LEMMAS.has(frame.verbLemma);
    // (only a level its id names, or its unit does: "the number of people per 100,000 rose" is no count of people killed)
    const levelMoved = (frame.verbLemma === 'rise' || frame.verbLemma === 'fall') && !change && !figureChange && (headFits ? idWords.has(frame.head) : unitNames);
    // (a share won or received is the share: "Gbagbo won about 38 percent" fits "Gbagbo's share of the vote")
    // (a fact that names no verb holds its id's noun whatever happened to it: "held on $1 million bail" fits "suspect-bail";
    // and the noun printed after the figure, when its label names it: "14,230 people received" fits "people told ... no cancer")
    const verbsFit = lemmas.size === 0 ? unknownVerb || idWords.has(frame.head) || (!!frame.counted && words.has(frame.head)) || changeVerb || frame.verbLemma === 'rise' || frame.verbLemma === 'fall' || (frame.unit === 'percent' && def.unit !== undefined && /percent|%/i.test(def.unit) && !CHANGE_LEMMAS.has(frame.verbLemma)) : unknownVerb || changeVerb || lemmas.has(frame.verbLemma) || [...lemmas].some((l) => frameLemmas.has(l))
      // (a level its id names moves up or down whatever verb its label qualifies it by: "the average price rose to €2.2 million" fits "average price per unit sold")
      || ((frame.verbLemma === 'rise' || frame.verbLemma === 'fall') && idWords.has(frame.head) && MEASURES.includes(frame.head))
      // (a level rises and falls whatever its label's verb: "manufacturing sales fell to $53.5 billion", "seizures rose to 277,542 pounds")
      || levelMoved;
    // (a toll rises and falls: "the death toll rose to 40" is a count of the killed)
    if (!verbsFit && !tollOfDead && !(lemmas.has('kill') && lemmas.has('wound') && frame.verbLemma === 'kill-wound')) continue;
    // a fact its label defines by a verb ("troops killed or wounded") holds a verbless figure only
    // when its id names the figure's noun: "a deployment of 11,000 troops" is no casualty count
    if (unknownVerb && lemmas.size > 0 && !idWords.has(frame.head) && frame.head !== 'casualty' && !tollOfDead && !(frame.unit && def.unit && unitsFit(def.unit, frame.unit))) continue;
    // the counted noun weighs 2, the verb 1, every other word of the fact 1 when the sentence
    // has it and 1/2 when only the article does ("ludian", "quake" qualify the story, not the clause)
    // (a money fact's "amount" or "money" says only that it is money: no word the figure's clause must have)
    const others = [...words].filter((w) => w !== frame.head && !(money && MONEY_WORDS.has(w)));
    // a unit names what is measured almost as well as a noun (km2: an area), a percentage less so
    // a fact whose unit is the counted noun ("unit: airports") counts it; one whose label only mentions it qualifies by it ("States with airports ...")
    const countsHead = headFits && !!def.unit && spelling(singular(def.unit.toLowerCase())) === frame.head;
    let hit = (headFits ? (countsHead ? 2.5 : 2) : unitNames ? (frame.unit === 'percent' ? 1 : 1.5) : 0) + (lemmas.size > 0 && verbsFit && !unknownVerb && (lemmas.has(frame.verbLemma) || !levelMoved) ? 1 : 0);
    let unmatched = 0;
    let unmatchedInId = 0;
    let absent = 0;
    let named = 0; // words of the fact the sentence has that say more than when ("year", "month")
    let fromTopic = 0;
    // (among several figures of one sentence, the fact's word nearest this one tells which is its)
    let near = 0;
    for (const w of others) {
      const away = frame.nearness?.get(w);
      if (away !== undefined) near = Math.max(near, 0.8 / (1 + away));
      // a change figure ("a net gain of 120,000") says the fact's "change" without the word (and "forecast" says when, not what)
      // (a percentage is a share: "90 percent of the area" says the fact's "share" without the word)
      if (((clauseWords.has(w) || sentenceWords.has(w)) && !TIME_WORDS.has(w) && !FORESEEING.has(w)) || (figureChange && CHANGE_WORDS.has(w))) named++;
      if (clauseWords.has(w) || (figureChange && CHANGE_WORDS.has(w)) || (frame.unit === 'percent' && SHARE_WORDS.has(w))) hit += 1;
      else if (frame.rivals.has(w)) hit -= 1;
      // (a word of the sentence said of another of its figures qualifies that one, not this)
      else if (sentenceWords.has(w)) hit += (frame.nearness?.get(w) ?? 0) >= 1 ? 0.1 : 0.6;
      else {
        unmatched++; // not in the sentence: for breaking ties, a word the text lacks here
        if (idWords.has(w)) unmatchedInId++;
        if (frame.topic.has(w)) fromTopic += 0.3;
        // (for ties: an id word the article never has names another story, "meghan-us-liked-pct" in a primary's poll)
        else if (idWords.has(w) && !TIME_WORDS.has(w) && !SHARE_WORDS.has(w) && !CHANGE_WORDS.has(w)) absent++;
      }
    }
    hit += near;
    // long labels are penalised by the square root of their length (they describe, not all needs saying);
    // between facts that fit about as well, the one with fewer words the text lacks wins
    // the story's words qualify a fact (where, which event) but never make one: at most 0.6 from them
    hit += Math.min(fromTopic, 0.6);
    // a fact whose qualifiers the article never names ("Ludian county population" for "66 counties") is another story's
    // (one story word is not enough: "US" of "the US Geological Service" does not make "close to 400 workers" US part-time workers)
    if (others.length >= 2 && unmatched === others.length && fromTopic < 0.6) continue;
    // a fact told only by its unit needs a word of its own in the sentence, not only a time's ("£1,000 ... last year" is no "June monitoring round" of a year)
    if (!headFits && named === 0) continue;
    // (nor one whose quantity the sentence does not name where it names another: "GDP had grown by 0.4% in the euro area" is no euro area inflation)
    if (!headFits && otherQuantityNamed(others, clauseWords, sentenceWords)) continue;
    // a fact told only by a percentage needs two of its words in the sentence: "U.S. households (95%)" is no US unemployment rate
    if (!headFits && frame.unit === 'percent' && others.length - unmatched + others.filter((w) => SHARE_WORDS.has(w) && !sentenceWords.has(w) && !clauseWords.has(w)).length < Math.min(2, others.length)) continue;
    // (a percentage is a weaker fit for a fact of percentage points: "sank 3%" is an index's move, not a rate's)
    const pointsForPercent = frame.unit === 'percent' && /percentage points?|^pp$/i.test(def.unit ?? '') ? 0.8 : 1;
    const score = pointsForPercent * hit / (2 + (lemmas.size > 0 ? 1 : 0) + 2 * Math.sqrt(others.length));
    // (for ties: how far from this figure, in figures, the sentence says the id's words: "28 per cent of ASX100 companies and 46 per cent of ASX300")
    const far = [...idWords].reduce((sum, w) => sum + (frame.nearness?.get(w) ?? 0), 0);
    if (score >= 0.35) out.push({ id, score, unmatched, unmatchedInId, absent, far, byUnit: !headFits });
  }
  const bucket = (x: number) => Math.round(x * 20);
  // (the id names what sets a fact apart, its label describes: "maori-unemployment-rate" is not meant where the sentence lacks
  // "Maori", whatever words of "seasonally adjusted" the label adds; and a country the article never names is another story's)
  return ofStoryCountry(out, (id) => readFactOnce(id, registry.facts.get(id)!).countries, frame.topic).sort((a, b) => bucket(b.score) - bucket(a.score) || a.absent - b.absent || a.unmatchedInId - b.unmatchedInId || a.unmatched - b.unmatched || b.score - a.score || a.far - b.far || a.id.localeCompare(b.id))
    .map(({ id, score, byUnit }) => ({ id, score, ...(byUnit && { byUnit }) }));
}

/**
 * Registry facts ranked for the figure printed at `figure` in `text` (a claim being written:
 * completion after `fact=`), best first, from its clause within `line`. `after` is where the
 * prose resumes after the figure (past its attributes).
 */
export function rankFactsForFigure(text: string, figure: { start: number; end: number }, after: number, line: { start: number; end: number }, registry: Registry): string[] {
  const head = text.slice(line.start, figure.start);
  const tail = text.slice(after, line.end);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('. '));
  const end = tail.search(/[,;]|\.\s/);
  const before = head.slice(cut + 1);
  const clauseAfter = end < 0 ? tail : tail.slice(0, end);
  const noun = nounAfter(text, after);
  const reading = readFigure(text.slice(figure.start, figure.end));
  const frame = frameOf(before, clauseAfter, noun, reading.ok ? reading.value.unit : undefined, `${before} ${clauseAfter}`, contentWords(text.slice(line.start, line.end)));
  return registryFactsFor(frame, registry, undefined).map((f) => f.id);
}
