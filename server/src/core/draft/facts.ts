// Which fact a figure measures: its frame (what is counted or measured, what happened to it,
// its unit, whether it is a change or a plan, where), and a new readable id made from it.
// Figures with one frame share a fact; "78 missiles launched" and "59 missiles shot down"
// never do. Registry facts that fit a frame are in registryFacts.ts.
import type { FactKind } from '../registry/types';
import { kebab } from '../untagged/naming';
import { unitInfo } from '../figures/units';
import { isReportingWord } from './cues';
import { changeOf, directionOf, MORE_THAN_AFTER } from './change';
import { acronymsIn } from './acronyms';
import { COUNTED_PLURALS, countedWords, numberedWords, openingNumberedWords, phraseBeforeAt, subjectOfBracketedMove } from './countedNoun';
import { spelling } from './spelling';
import { namedSubjectOf, placeOf } from './clausePlace';
import { BRACKETED_AFTER_VERB, CHANGED_BY_BEFORE, OWN_VERB_AFTER, PEOPLE_OBJECT_BEFORE, PER_AFTER, PLANNED_BEFORE, SUBJECT, TIME_BEFORE_BRACKET } from './frameCues';
import { fromWholeClause } from './clauseStart';

/** What a figure measures, read from its sentence. */
export interface Frame {
  /** The counted noun's words ("north korean soldiers"), or a measure ("unemployment rate"). */
  noun: string[];
  /** The head word, singular ("soldier", "rate"), '' when none was found. */
  head: string;
  /** True when the head is the noun printed right after the figure ("12 people"), not one guessed from the clause ("Storm leaves 12 dead"). */
  counted?: boolean;
  /** What happened to it, as printed ("killed or wounded", "shot down"), and its lemma group. */
  verb: string;
  verbLemma: string;
  /** The figure's unit id (units.ts), undefined for a count. */
  unit?: string;
  kind: FactKind;
  /** Content words of the figure's clause and of its sentence, singular (what registry labels are matched against). */
  clause: string[];
  context: string[];
  /** Counted nouns of the sentence's other figures (a fact named by one of them is more likely theirs). */
  rivals: Set<string>;
  /** Words of the sentence by how many figures lie between the figure each speaks of and this one (0: this one's own words; nearnessOf). */
  nearness?: ReadonlyMap<string, number>;
  /** Where, when the clause names a place ("in Nikopol", "in the Kursk region"): kebab words, '' when none. */
  place: string;
  /** A change ("rose by 120,000", "+131,000") rather than a level ("was 8.6 percent"). */
  change: boolean;
  /** Which way a change went ("up 14,000", "a 7 percent decrease"), when the words around it say. */
  direction?: 'up' | 'down';
  /** A difference from another time said after the figure ("2,800 more teachers than last year"): a change fact's figure, though it holds for the later time. */
  difference?: boolean;
  /** A plan, forecast or need ("plans to increase it to 690,000", "needs at least 100,000"), not what is. */
  planned: boolean;
  /** The stretch the clause says a measure is per ("advancing 200-300 meters each day": day), when its unit says none. */
  per?: string;
  /** Content words of the whole article: where and what the story is about. */
  topic: ReadonlySet<string>;
  /** A bound that defines a kind of thing ("schools with more than 800 pupils"), no quantity measured. */
  threshold?: boolean;
}

/** Verb forms → one lemma per meaning (launched / launches → launch; intercepted / shot down → down). */
const VERB_LEMMAS: Record<string, string> = Object.create(null); // (no inherited keys: "constructor" is a word, not a verb)
const groups: Record<string, string[]> = {
  // ("fires" and "fire" are wildfires far more often than launches: only "fired", "firing" launch)
  launch: ['launched', 'launch', 'launches', 'launching', 'fired', 'firing'],
  down: ['intercepted', 'intercept', 'intercepts', 'intercepting', 'shot down', 'shoot down', 'shooting down', 'downed', 'destroyed', 'neutralised', 'neutralized'],
  jam: ['jammed', 'jamming', 'jam', 'lost to jamming'],
  kill: ['killed', 'kill', 'kills', 'killing', 'dead', 'died', 'die', 'dies', 'deaths', 'death', 'lost their lives', 'perished', 'murdered', 'slain', 'massacred'],
  wound: ['wounded', 'wounding', 'injured', 'injuring', 'injures', 'hurt', 'injuries'],
  'kill-wound': ['killed or wounded', 'killed and wounded', 'killed or injured', 'dead or wounded'],
  miss: ['missing'],
  displace: ['displaced', 'evacuated', 'fled', 'homeless'],
  arrest: ['arrested', 'detained'],
  hold: ['holds', 'held', 'hold', 'controls', 'controlled', 'control', 'occupies', 'occupied'],
  send: ['sent', 'deployed', 'sends', 'send', 'deploying', 'stationed'],
  capture: ['captured', 'seized', 'taken', 'regained', 'recaptured', 'liberated'],
  lose: ['lost', 'losing', 'loses'],
  infect: ['infected', 'cases', 'case', 'confirmed', 'sickened', 'hospitalized', 'hospitalised'],
  vaccinate: ['vaccinated'],
  damage: ['damaged', 'struck', 'hit'],
  // (headlines write the present: "profit jumps 27%", "shares slide 4%")
  rise: ['rose', 'rise', 'rises', 'rising', 'increased', 'increases', 'grew', 'grows', 'jumped', 'jumps', 'climbed', 'climbs', 'gained', 'gains', 'up', 'surged', 'surges', 'soared', 'soars'],
  fall: ['fell', 'fall', 'falls', 'falling', 'dropped', 'drops', 'declined', 'declines', 'decreased', 'slid', 'slides', 'slumped', 'slumps', 'plunged', 'plunges', 'tumbled', 'tumbles', 'sank', 'sinks', 'lower', 'cut'],
  win: ['won', 'wins', 'win'],
  spend: ['spent', 'spend', 'spends', 'cost', 'costs', 'invested', 'paid', 'allocated', 'pledged', 'disbursed', 'disburses'],
  // money raised is money coming in, the opposite of money spent
  raise: ['raised', 'raises', 'raising', 'received', 'receives', 'collected', 'earned'],
  sell: ['sold', 'sells', 'sales'],
  build: ['built', 'constructed', 'completed', 'started'],
};
for (const [lemma, forms] of Object.entries(groups)) for (const f of forms) VERB_LEMMAS[f] = lemma;
const CUMULATIVE = /\b(since|so far|to date|in total|total of|death toll|toll|cumulative|altogether|in all|tally)\b/i;
const LEVEL = /\b(holds?|has|have|had|deployed|controls?|controlled|controlling|spanning|spans|covering|covers|area|stationed|rate|level|share|percent|per cent|population|stock|reserves?|capacity|price|prices|index)\b/i;
/** Words that never make a fact id (articles, prepositions, pronouns). */
export const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'its', 'their', 'his', 'her', 'more', 'other', 'some',
  'about', 'over', 'than', 'another', 'new', 'further', 'extra', 'exploding', 'such', 'those', 'these', 'were', 'was', 'had', 'have', 'been', 'are', 'is',
  // (relative and demonstrative words qualify nothing: "people who recently contracted measles" shares no word with "people who want full-time work")
  'who', 'whom', 'whose', 'which', 'that', 'this', 'what', 'when', 'where', 'none']);
/** Words that name what a figure measures ("unemployment rate", "revenue"). */
export const MEASURES = ['employment', 'payroll', 'payrolls', 'jobs', 'hike', 'increase', 'cut', 'target', 'unemployment rate', 'inflation', 'interest rate', 'turnout', 'unemployment', 'growth', 'gdp', 'death toll', 'toll', 'rate', 'price', 'prices', 'vote', 'votes',
  'territory', 'share', 'budget', 'deficit', 'debt', 'revenue', 'profit', 'sales', 'temperature', 'casualties', 'losses', 'aid', 'cost', 'damage', 'population', 'magnitude',
  'index', 'yield', 'wages', 'earnings', 'output', 'exports', 'imports', 'emissions', 'rainfall', 'capacity', 'approval', 'support', 'margin', 'majority', 'score'];
const VERB_FORMS = Object.keys(VERB_LEMMAS).sort((a, b) => b.length - a.length);
/** Every verb form between spaces, longest first (one scan instead of one search per form). */
const VERB_RE = new RegExp(` (${VERB_FORMS.join('|')})(?= )`, 'g');
/** The multi-word forms ("shot down", "killed or wounded"), removed before splitting into words. */
const MULTI_WORD_RE = new RegExp(` (?:${VERB_FORMS.filter((f) => f.includes(' ')).join('|')})(?= )`, 'g');

/**
 * What a figure with no counted noun measures: a measure word in its clause with up to two
 * words before it ("summer diesel fuel prices are expected to average $2.24" → diesel fuel
 * prices), else a measure named anywhere in the sentence.
 */
function measureWords(before: string, sentence: string): string[] {
  const words = before.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!MEASURES.includes(words[i]!) && !MEASURES.includes(`${words[i - 1]} ${words[i]}`)) continue;
    // ("which Israeli figures say killed 1,200": a measure that speaks is a source, not what is counted)
    if (/^(?:say|says|said|show|shows|showed|suggest|suggests|suggested)$/.test(words[i + 1] ?? '')) continue;
    const out = [words[i]!];
    for (let k = i - 1; k >= 0 && out.length < 3 && !STOP.has(words[k]!) && !VERB_LEMMAS[words[k]!] && words[k]!.length > 2; k--) out.unshift(words[k]!);
    return out;
  }
  // ("decreased to $344 ..., adjusted for inflation": a correction the sentence names, not its measure)
  const lower = sentence.toLowerCase().replace(/\b(?:adjusted\s+)?for\s+inflation\b|\binflation[- ]adjusted\b/g, ' ');
  const measure = MEASURES.find((m) => new RegExp(`\\b${m}\\b`).test(lower));
  return measure ? measure.split(' ') : [];
}

/** Three-letter words that name what a figure measures ("oil rose 3%", "GDP grew 2%"). */
const SHORT_SUBJECTS = new Set(['oil', 'gas', 'gdp', 'cpi', 'pay', 'tax', 'rent', 'gold', 'dow', 'yen', 'won', 'car', 'tea', 'ore']);

/** Verbs of reaching a level, which name nothing counted ("deaths could reach 2 million", "has passed 20,000"). */
const REACHING = /^(?:reach|reached|reaches|reaching|hit|hits|top|tops|topped|exceed|exceeded|exceeds|surpass|surpassed|pass|passed|approach|approaches|approached|near|nears|neared)$/;

/** Words the fallback never takes as what a figure measures. */
const FALLBACK_SKIP = /^(that|with|this|from|which|while|when|were|would|could|will|there|being|able|inside|outside|about|around|more|than|into|onto|over|under|just|only|also|still|even|such|some|each|every|other|another|their|these|those|what|where|whose|very|much|many|most|least|nearly|almost|roughly|target|they|them|theirs|ours|your|yours)$|(ing|ed|ly)$/;

/** What a unit's dimension measures, for naming a fact whose clause names nothing else. */
const UNIT_MEASURES: Record<string, string> = { area: 'area', length: 'distance', mass: 'weight', volume: 'volume', duration: 'duration', currency: 'amount', percent: 'share', speed: 'speed', energy: 'energy', power: 'power' };

/** Singular of a word, for comparing heads ("casualties" → "casualty", "troops" → "troop"). */
export function singular(word: string): string {
  if (word === 'people' || word === 'persons') return 'person';
  // ("an American man" is one of "American men", as a label writes them)
  if (word === 'children' || word === 'women' || word === 'men') return { children: 'child', women: 'woman', men: 'man' }[word];
  if (word === 'troops' || word === 'soldiers' || word === 'servicemen') return 'soldier';
  if (word === 'troop') return 'soldier';
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ch|sh|x|ses|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A verb opening the clause after a conjunction ("and injuring"), one pattern per verb form, made once: frameOf reads every figure. */
const NEXT_CLAUSE = new Map<string, RegExp>();
function nextClauseOf(verb: string): RegExp {
  return NEXT_CLAUSE.get(verb) ?? NEXT_CLAUSE.set(verb, new RegExp(`\\b(?:and|or|while|but)\\s+(?:\\w+\\s+)?${verb}\\b`)).get(verb)!;
}

/** The verb phrase (as printed) in `words`: the first one, or the last when `last`; '' when none. */
function verbIn(words: string, last = false): string {
  const lower = ` ${words.toLowerCase().replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ')} `;
  let best: { form: string; at: number } | undefined;
  VERB_RE.lastIndex = 0;
  // the alternation lists longer forms first, so "shot down" wins over "shot" at one place
  for (let m = VERB_RE.exec(lower); m; m = VERB_RE.exec(lower)) {
    const form = m[1]!;
    if (!best || (last && m.index + form.length > best.at + best.form.length)) best = { form, at: m.index };
    if (!last) break;
    VERB_RE.lastIndex = m.index + 1; // overlapping matches: "killed or wounded" after "killed"
  }
  return best?.form ?? '';
}

/**
 * The frame of the figure printed as `figure` with `before` and `after` the text of its clause
 * around it, `noun` the counted noun the detector found ('' when none), `unit` its unit.
 */
export function frameOf(before: string, after: string, noun: string, unit: string | undefined, sentence: string, topic: ReadonlySet<string> = new Set(), sentenceWords?: readonly string[], figureSign = ''): Frame {
  return fromWholeClause(before, sentence, (words) => readFrame(words, after, noun, unit, sentence, topic, sentenceWords, figureSign));
}

function readFrame(before: string, after: string, noun: string, unit: string | undefined, sentence: string, topic: ReadonlySet<string>, sentenceWords: readonly string[] | undefined, figureSign: string): Frame {
  let nounWords = noun.split(/\s+/).filter((w) => w && !STOP.has(w));
  // "78 missiles overnight", "40 people yesterday": a time word or adverb after the noun is not part of it
  const cutAt = nounWords.findIndex((w) => NOT_NOUN.test(w));
  if (cutAt >= 0) nounWords = nounWords.slice(0, cutAt);
  // ("Soybean Acreage Up 7 Percent All Wheat Acreage Down 8 Percent": in a title-case list the words after a percentage are the next item's subject)
  if (unit === 'percent' && /^\s*(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Up|Down)\b\s*(?:$|[\d.])/u.test(after)) nounWords = [];
  const counted = nounWords.some((w, i) => !VERB_LEMMAS[w] && (!isReportingWord(w) || (i === 0 && COUNTED_PLURALS.has(w))));
  // (the verb of a counted noun comes before any phrase that qualifies it: "$2 million from a
  // program meant to help the homeless" has no verb of its own)
  const afterWords = after.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10).join(' ').replace(/\b(?:meant|which|that|who|whose)\b.*$/, '');
  const beforeWords = before.toLowerCase().split(/\s+/).filter(Boolean).slice(-8).join(' ');
  // the verb after the noun ("soldiers had been killed or wounded"), else the one before the figure ("launched 78")
  let verb = verbIn(afterWords);
  const beforeVerb = verbIn(beforeWords, true);
  // ("1,200 people were killed and about 250 taken hostage": a participle right after the figure is its own verb)
  const ownParticiple = verb !== '' && ((/(?:ed|en|wn)$/.test(verb) && afterWords.startsWith(`${verb} `)) || OWN_VERB_AFTER.test(afterWords.slice(0, afterWords.indexOf(` ${verb} `) + 1)));
  // ("killing more than 3,200 people and injuring several thousand others": a verb after "and" is the next figure's)
  const nextClause = verb !== '' && nextClauseOf(verb).test(afterWords);
  if (!verb || (beforeVerb && !ownParticiple && (!VERB_LEMMAS[verb]?.match(/kill|wound/) || (nextClause && !!VERB_LEMMAS[beforeVerb])))) verb = beforeVerb || verb;
  // "the magnitude 7.7 quake struck", "Saturday's 7.8 magnitude quake": a magnitude measures the quake, nothing it did
  if (/\bmagnitude[\s-]*$/i.test(before) || /^[\s-]*magnitude\b/i.test(after)) { nounWords = [...nounWords.filter((w) => w !== 'magnitude'), 'magnitude']; verb = ''; }
  // "while jamming neutralized 52 other drones": jamming is how they were downed, and a fact of its own
  if (VERB_LEMMAS[verb] === 'down' && /\bjamming\b|\belectronic warfare\b/.test(beforeWords)) verb = 'jamming';
  // "the number of unemployed persons (13.1 million)": a figure in brackets measures the words before them
  // (and so does one after its clause's verb: "nonfarm payroll employment edged up (+74,000)")
  // (a time before the bracket is when, not what: "increased slightly from week 22 (6.0%)" measures the subject)
  if (nounWords.length === 0 && /\(\s*$/.test(before)) nounWords = before.replace(/\(\s*$/, '').replace(/\s*\([^()]*\)/g, '').replace(TIME_BEFORE_BRACKET, '').replace(TIME_BEFORE_BRACKET, '').replace(BRACKETED_AFTER_VERB, '').toLowerCase().split(/[^a-z-]+/).filter((w) => w.length > 2 && !STOP.has(w) && !VERB_LEMMAS[w]).slice(-3);
  // (and so does "up" or "down" opening the bracket: "followed by Otago (up 9,000", "Guests from Japan (down 14,000")
  if (nounWords.length === 0) nounWords = (subjectOfBracketedMove(before) ?? []).filter((w) => w.length > 2 && !STOP.has(w) && !VERB_LEMMAS[w]).slice(-3);
  if (nounWords.length === 0) nounWords = measureWords(before, sentence);
  // "10,000 reported dead": reporting words are not what is counted
  // (nor are conjunctions that open the clause: "while services revenue rose 16%")
  nounWords = nounWords.filter((w, i) => (!VERB_LEMMAS[w] || w === 'deaths' || w === 'cases') && (!isReportingWord(w) || (i === 0 && COUNTED_PLURALS.has(w) && noun.startsWith(w))) && !CONJUNCTIONS.has(w));
  // no counted noun and no known measure: the clause's last content words name it ("e-commerce sales rose 1.7 percent")
  // (verb forms, adverbs and function words name nothing: "Kursk spanning" → "kursk", then the unit's measure → "kursk-area")
  // ("a war that has devastated the region and killed more than 39,000": the dead are people, not the subject)
  const peopleObject = PEOPLE_OBJECT_BEFORE.test(before);
  if (nounWords.length === 0 && !peopleObject) {
    // ("oil rose 3%": a three-letter subject names it too)
    // (reported speech starts after "that": "officials had told them that 15,000 were dead" counts no officials)
    // ("The number of wage and salary workers belonging to unions, at 14.6 million": the phrase before ", at" names it)
    const lead = phraseBeforeAt(before, sentence) ?? before;
    const words = lead.toLowerCase().replace(/^.*\b(?:told\s+\w+|said|says|reported|announced|stated|claimed)\s+that\s+/, '').replace(/^.*\b(?:say|says|said|show|shows|showed)\s+(?=\S+\s*$)/, '').split(/[^a-z-]+/).filter((w) => (w.length > 3 || SHORT_SUBJECTS.has(w)) && !STOP.has(w) && (!VERB_LEMMAS[w] || NOUN_FORMS.has(w)) && !isReportingWord(w) && !FALLBACK_SKIP.test(w) && !REACHING.test(w));
    const measure = unit ? UNIT_MEASURES[(unitInfo(unit)?.dimension ?? unit).split(':')[0]!] : undefined;
    // ("Corn production is forecast at 14.4 billion bushels, up 3 percent": a change after a comma is the subject's)
    const subject = words.length === 0 && /^\s*(?:up|down)\s*$/i.test(before) ? SUBJECT.exec(sentence) : null;
    const subjectWords = subject ? subject[1]!.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length > 2 && !STOP.has(w)) : [];
    nounWords = [...(subjectWords.length > 0 ? subjectWords : numberedWords(lead) ?? (words.length === 0 ? openingNumberedWords(before, sentence) : undefined) ?? words).slice(-2), ...(measure ? [measure] : [])];
  }
  // still nothing: the words after it ("placed in the top three in the Olympic trials" → "olympic-trials")
  if (nounWords.length === 0 && !peopleObject) nounWords = after.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length > 3 && !STOP.has(w) && !VERB_LEMMAS[w] && !isReportingWord(w) && !FALLBACK_SKIP.test(w)).slice(0, 2);
  // "the overall medal count with 104": a count of medals counts medals ("the death toll": deaths)
  const counts = countedWords(nounWords);
  const last = counts.length > 0 ? singular(counts[counts.length - 1]!) : '';
  const head = /^(count|number|total|tally|toll)$/.test(last) && counts.length >= 2 ? singular(counts[counts.length - 2]!) : last;
  // "has displaced 6 million", "have been killed": a running total as of the statement
  // ("monthly job gains have averaged 172,000": an average over a stretch is no running total)
  // ("they may have been involved": a modal's perfect is a guess about the past, no running total)
  // (irregular participles too: "Syrian refugees have left their country")
  const perfect = /(?<!\b(?:may|might|could|would|should|must|will)\s+)\b(has|have)\s+(?:already\s+|now\s+|so\s+far\s+|[a-z]+ly\s+)?(been\s+)?(?!averaged\b)(?:[a-z]+(ed|en|wn)|left|gone|sent|built|lost|paid|spent|made|held|kept|won|brought|bought|sold|fought)\b/i.test(`${before} ${after}`);
  // "since" makes a running total only in the figure's own clause ("a gain of 200,000 jobs in
  // December, while the rate fell to the lowest level since early 2009" is no running total)
  const running = CUMULATIVE.test(`${before} ${after}`);
  const kind: FactKind = (running || perfect) && !unit ? 'cumulative' : LEVEL.test(`${nounWords.join(' ')} ${before.slice(-30)}`) || unit === 'percent' ? 'level' : 'event';
  const context = sentenceWords ? [...sentenceWords] : [...contentWords(sentence)];
  const change = ((changeOf(before, after, unit) || CHANGED_BY_BEFORE.test(before)) && !/^(?:past|above|beyond|below|under)\b/i.test(figureSign)) || /^\s*[+−-]/.test(figureSign);
  const direction = change ? directionOf(before, after, figureSign) : undefined;
  const clause = [...contentWords(`${before} ${after}`)];
  return { noun: nounWords, head, counted, verb, verbLemma: VERB_LEMMAS[verb] ?? '', ...(unit && { unit }), kind, clause, context, rivals: new Set(), topic, place: placeOf(after) || placeOf(before) || namedSubjectOf(before),
    // ("the toll climbed past 500": a threshold crossed is the level reached, not the rise)
    change, ...(direction && { direction }), planned: PLANNED_BEFORE.test(before), ...(MORE_THAN_AFTER.test(after) && { difference: true }), ...(unit && PER_AFTER.test(after) && { per: PER_AFTER.exec(after)![1]!.toLowerCase() }) };
}

/**
 * "has killed 52,000 people and wounded 118,000 others": "others" counts what the figure before it
 * in the sentence counted, and in the same tense (a running total when that one is).
 */
export function othersOf(frame: Frame, previous: Frame | undefined): Frame {
  if (frame.head !== 'other' || !previous?.head || previous.head === 'other') return frame;
  return { ...frame, noun: [...frame.noun.filter((w) => w !== 'others'), ...previous.noun], head: previous.head, counted: previous.counted, kind: previous.kind === 'cumulative' ? 'cumulative' : frame.kind };
}

/** How a fact id names what happened, one word per meaning ("launches", "launched" → "launched"). */
const LEMMA_WORDS: Record<string, string> = {
  launch: 'launched', down: 'shot down', jam: 'jammed', kill: 'killed', wound: 'wounded', 'kill-wound': 'killed or wounded', miss: 'missing', displace: 'displaced',
  arrest: 'arrested', send: 'sent', capture: 'captured', infect: 'infected', vaccinate: 'vaccinated', damage: 'damaged', rise: 'rise', fall: 'fall', win: 'won',
  spend: 'spent', sell: 'sold', build: 'built', hold: 'held', lose: 'lost',
};

/** A readable id for a new fact of this frame ("north-korean-soldiers-killed-or-wounded"). */
export function factIdOf(frame: Frame): string {
  const verbWords = frame.verb ? (LEMMA_WORDS[frame.verbLemma] ?? frame.verb).split(' ') : [];
  const nounWords = frame.noun.slice(-3);
  // "declined by 371,000 to 8.1 million": the level reached is not named by the change's verb
  const levelReached = !frame.change && /^(rise|fall)$/.test(frame.verbLemma) && nounWords.length > 0;
  const base = kebab([...nounWords, ...(frame.verbLemma && !levelReached && !nounWords.includes(frame.verb) ? verbWords : [])], 6);
  const id = base && frame.planned ? `${base}-planned` : base && frame.threshold ? `${base}-threshold` : base && frame.change && !/rise|fall|change|increase|gain|lost|cut/.test(base) ? `${base}-change` : base;
  if (/^[a-z0-9]/.test(id)) return id;
  return frame.unit ? kebab([frame.unit.replace(/[^a-z0-9]/gi, ' ')]) || 'figure' : 'figure';
}

/** A label for a new fact ("north korean soldiers killed or wounded"). */
export function factLabelOf(frame: Frame): string {
  return [...frame.noun.slice(-3), ...(frame.verb ? [LEMMA_WORDS[frame.verbLemma] ?? frame.verb] : [])].join(' ') || 'figure';
}

/** Words that join clauses and so never name what a figure counts. */
const CONJUNCTIONS = new Set(['while', 'whereas', 'although', 'though', 'but', 'and', 'meanwhile', 'however']);

const NOT_NOUN = /^(being|inside|outside|out|across|near|away|due|because|after|before|amid|despite|since|while|during|following|through|throughout|within|until|including|compared|against|according|overnight|today|yesterday|tonight|tomorrow|ago|earlier|later|last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?!likely$|elderly$|early$|weekly$|monthly$|daily$|quarterly$|family$)\w+ly)$/;
const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Verb-lemma forms that are nouns too, and stay content words. */
const NOUN_FORMS = new Set(['cases', 'case', 'deaths', 'death']);

/** Content words of a text, singular and in one spelling, without verb forms (but "cases", "deaths"), months and stop words; `registryWords` for a registry id or label, whose "us" is the country. */
export function contentWords(text: string, registryWords = false): Set<string> {
  // "U.S.", "U.K.", "U.N." are words ("us", "uk", "un") as registry ids write them; "ASX300" is one (not "ASX100")
  // (an article's lower-case "us" is the pronoun, "let us", not the country a registry's "us-uninsured-rate" names)
  const lower = ` ${(registryWords ? text : text.replace(/\bus\b/g, ' ')).toLowerCase().replace(/\b([a-z])\.([a-z])\./g, '$1$2').replace(/\bunited states\b/g, 'us').replace(/\bwhite house\b/g, 'presidential').replace(/\bunited kingdom\b/g, 'uk').replace(/\bnew zealand\b/g, 'nz').replace(/\bnorthern ireland\b/g, 'ni').replace(/\beuropean union\b/g, 'eu').replace(/\bunited nations\b/g, 'un').replace(/(?<![a-z])[a-z]*\d[a-z\d]*/g, (t) => (/^[a-z]{2,}\d{2,}$/.test(t) ? t : t.replace(/\d+/g, ' '))).replace(/[^a-z\d\s]+/g, ' ').replace(/\s+/g, ' ')} `.replace(MULTI_WORD_RE, ' ');
  // (a word with a digit starts after no letter: that letter would have started it; each word's form is read once, contentForm)
  return new Set([...lower.split(/\s+/).map(contentForm).filter((w) => w !== ''), ...acronymsIn(text)]);
}

/** Each word's content form, '' for none, read once (contentWords reads the same few thousand words again and again); "cases", "deaths": nouns that also tell what happened stay words, as a counted noun keeps them. */
const CONTENT_FORMS = new Map<string, string>();
function contentForm(w: string): string {
  let form = CONTENT_FORMS.get(w);
  if (form !== undefined) return form;
  form = w.length > 1 && !STOP.has(w) && !MONTH_WORDS.has(w) && (!VERB_LEMMAS[w] || NOUN_FORMS.has(w)) ? spelling(singular(w)) : '';
  if (CONTENT_FORMS.size > 50_000) CONTENT_FORMS.clear(); // a vocabulary, bounded all the same
  CONTENT_FORMS.set(w, form);
  return form;
}

/** The verb lemmas named in a text, multi-word forms first ("shot down" is one). */
export function lemmasIn(text: string): Set<string> {
  const lower = ` ${text.toLowerCase().replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ')} `;
  const out = new Set<string>();
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(lower); m; m = VERB_RE.exec(lower)) out.add(VERB_LEMMAS[m[1]!]!);
  return out;
}

/**
 * The sentence's content words by how many of its figures lie between the figure each word
 * speaks of and the figure at `figure`. A word speaks of the figure after it when a clause
 * break (a comma, "with", "while", "and") parts it from the one before ("The Nikkei lost 2.3%
 * at the bell, with the Hang Seng down 1.3%": "hang" is 0 from 1.3% and 1 from 2.3%), else of
 * the figure before it; a conversion in brackets ("10 kilometers (6 miles)") is no figure of its own.
 * `segmentWords` may be shared by the calls for one sentence's figures.
 */
export function nearnessOf(text: string, sentence: { start: number; end: number }, figure: { start: number; end: number }, figures: readonly { span: { start: number; end: number } }[],
  segmentWords: Map<string, Set<string>> = new Map()): Map<string, number> {
  // (nor is a time window, "in just the past ten days": its words qualify the figure before it;
  // but of a bracketed list, "Japan (5.1 percent), Australia (5.8 percent) and the United States (6.1 percent)", each is)
  const inBrackets = (at: number) => /\(\s*$/.test(text.slice(Math.max(0, at - 10), at));
  const own = figures.filter((f) => f.span.start === figure.start || (inBrackets(f.span.start) ? inBrackets(figure.start) : !/\b(?:past|last|previous|next|first|within|over|for)\s*$/i.test(text.slice(Math.max(0, f.span.start - 10), f.span.start))))
    .map((f) => f.span).filter((x) => x.start >= sentence.start && x.start < sentence.end).sort((a, b) => a.start - b.start);
  const me = own.findIndex((x) => x.start === figure.start);
  const out = new Map<string, number>();
  // (a sentence's figures share their segments: `segmentWords` keeps each one's words across calls)
  const wordsOf = (from: number, to: number) => {
    const key = `${from}:${to}`;
    let words = segmentWords.get(key);
    if (!words) segmentWords.set(key, (words = contentWords(text.slice(from, to))));
    return words;
  };
  const note = (from: number, to: number, owner: number) => {
    for (const w of wordsOf(from, to)) {
      const away = Math.abs(owner - me);
      if (!out.has(w) || out.get(w)! > away) out.set(w, away);
    }
  };
  note(sentence.start, own[0]?.start ?? sentence.end, 0);
  own.forEach((span, i) => {
    const end = own[i + 1]?.start ?? sentence.end;
    const between = text.slice(span.end, end);
    // (a bracketed list's closing bracket ends its item too: "Japan (5.1 percent) Australia (5.8 percent)")
    const brk = i + 1 < own.length ? between.search(inBrackets(figure.start) && inBrackets(end) ? /[,;)]|\s(?:with|while|whereas|and|but)\s/ : /[,;]|\s(?:with|while|whereas|and|but)\s/) : -1;
    if (brk < 0) { note(span.start, end, i); return; }
    note(span.start, span.end + brk, i);
    note(span.end + brk, end, i + 1);
  });
  // a change set after a figure by a comma ("U.S. crude is $33.60 per barrel, up 1%") speaks of
  // that figure's subject, from the last clause break before it
  if (me > 0 && APPENDED_CHANGE.test(text.slice(own[me - 1]!.end, figure.start))) {
    const from = own[me - 2]?.end ?? sentence.start;
    const lead = text.slice(from, own[me - 1]!.start);
    const brk = Math.max(lead.search(/[^;]*$/), ...[...lead.matchAll(/\b(?:while|whereas|but)\b/gi)].map((m) => m.index! + m[0].length));
    for (const w of wordsOf(from + Math.max(0, brk), own[me - 1]!.start)) out.set(w, 0);
  }
  // a subject with a list of what it reported qualifies every item ("The 165 Senate candidates
  // reported receipts of $274.2 million, disbursements of $130.5 million and debts of ...")
  // until another subject takes over ("..., while the Hang Seng fell 1.3%", "with oil down 3%")
  const lead = text.slice(sentence.start, figure.start);
  const verb = LIST_VERB.exec(lead);
  if (verb && !newSubjectBetween(text, sentence.start + verb.index, figure.start) && !/[;:]|\b(?:with|while|whereas|but|after|before|compared|from)\b/i.test(lead.slice(verb.index))) {
    for (const w of wordsOf(sentence.start, sentence.start + verb.index)) out.set(w, 0);
  }
  return out;
}

/** What lies between a figure and a change appended to it: "per barrel, up", ", down", "(up". */
const APPENDED_CHANGE = /^\s*(?:(?:per|a|an)\s+[a-z]+\s*)?[,(]\s*(?:up|down|higher|lower|rising|falling|a\s+(?:rise|gain|drop|fall|decline)\s+of)\s+(?:about|nearly|some|roughly|almost|just)?\s*$/i;

/** Verbs whose object may be a list of one subject's figures. */
const LIST_VERB = /\b(?:reported|posted|recorded|listed|raised|spent|received|earned)\b/i;

/** True when another subject moves between two figures: "350 points, while oil rose 3%" (not "rose 3% to $82", "31 drones, with 20 shot down"). */
export function newSubjectBetween(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  const moved = /([\p{L}&]+)\s+(?:rose|fell|gained|lost|climbed|dropped|jumped|slid|declined|increased|decreased|edged|surged|tumbled|added)\b/iu.exec(gap);
  return /[,;]|\b(?:and|while|whereas|but)\b/.test(gap) && moved !== null && !STOP.has(moved[1]!.toLowerCase()) && !/^(?:it|they|which|that|who|has|have|had)$/i.test(moved[1]!);
}
