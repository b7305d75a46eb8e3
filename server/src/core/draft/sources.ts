// Who a cue's source phrase is: a mention already written, a pronoun or a description ("the
// company", "the figures") resolved to a recent source of the article, or a name (actors.ts).
import type { Span } from '../span';
import type { Article } from '../model/article';
import type { Cue } from './cues';
import { personName, RAN_BY, referenceOf, type DraftActor } from './actors';
import type { DraftContext } from './context';
import { DATA_WORD, KIND_DATA } from './sourceEdges';
import { outletVoiceOf } from './outletVoice';
import { DAY_WORD, MONTH_NAMES } from './cueWords';

/** The actor of an existing mention overlapping `span`, if any. */
export function mentionAt(article: Article, span: Span): string | undefined {
  return article.mentions.find((m) => m.span.start < span.end && span.start < m.span.end)?.actor.id;
}

/** The actor a cue's source refers to: an existing mention, a pronoun or description resolved to a recent source, or a name. */
export function resolveSource(article: Article, ctx: DraftContext, cue: Cue, recent: readonly DraftActor[], sentence?: Span): DraftActor | undefined {
  const phrase = article.syntax.text.slice(cue.source.start, cue.source.end);
  const existing = mentionAt(article, cue.source);
  if (existing) return ctx.actors.get(existing) ?? ctx.actors.resolve(phrase);
  // ("A poll of 1,500 voters conducted by Redfield and Wilton found": a poll its pollster names is theirs, not any poll)
  if (RAN_BY.test(phrase)) return ctx.actors.resolve(phrase);
  // ("First published: 7 December 2017", "Last updated": a page's date line, no one publishing)
  if (/^(?:first|last|originally|also)$/i.test(phrase.trim())) return undefined;
  // ("GPM's Dual-Frequency Precipitation Radar (DPR) instrument showed": an instrument measures, whoever reports its data states the figure)
  if (INSTRUMENT.test(phrase.replace(/\s*\([^)]*\)\s*$/, ''))) return undefined;
  // ("according to the medic and healer council": a known name the phrase stopped short of at "and")
  const joined = AND_MORE.exec(article.syntax.text.slice(cue.source.end, cue.source.end + 60));
  if (joined) {
    const words = joined[1]!.split(/\s+/);
    for (let n = words.length; n >= 1; n--) { const known = ctx.actors.find(`${phrase} and ${words.slice(0, n).join(' ')}`); if (known) return known; }
  }
  // ("Today’s report confirms", the cue reading the day's possessive alone: the day's report is the source, named so)
  const document = /^(?:today|yesterday)[’']s$/i.test(phrase.trim()) ? /^\s+(report|study|survey|figures|data|statistics)\b/i.exec(article.syntax.text.slice(cue.source.end, cue.source.end + 16)) : null;
  if (document) return ctx.actors.resolve(`${phrase.trim()} ${document[1]!.toLowerCase()}`);
  const ref = referenceOf(phrase);
  // ("The Las Vegas Review-Journal reported ... According to its polling": a possessive's document is the last such source's)
  const possessor = POSSESSED_DOCUMENT.exec(phrase.trim());
  if (possessor) {
    const kind = /^(?:his|her)$/i.test(possessor[1]!) ? 'person' : /^its$/i.test(possessor[1]!) ? 'org' : 'any';
    for (let i = recent.length - 1; i >= 0; i--) if (kind === 'any' || recent[i]!.kind === kind || (kind === 'org' && recent[i]!.kind === 'group')) return recent[i];
    return undefined;
  }
  if (ref.by === 'pronoun') {
    // ("The researchers studied obesity rates ... They found that": "they" is the group that opened the
    // paragraph's sentence before, nearer than a source the headline named, "New WHO Study Finds ...")
    const paragraphGroup = ref.kind === 'any' && sentence ? lastGroupSubject(article.syntax.text, sentence.start) : undefined;
    if (paragraphGroup) return ctx.actors.resolve(paragraphGroup);
    for (let i = recent.length - 1; i >= 0; i--) {
      const a = recent[i]!;
      if (ref.kind === 'any' || a.kind === ref.kind || (ref.kind === 'org' && a.kind === 'group')) return a;
    }
    // "The researchers, from the University of Massachusetts, followed 2,110 adults, they reported": the sentence's subject
    const subject = sentence ? SUBJECT.exec(article.syntax.text.slice(sentence.start, cue.source.start)) : null;
    if (subject) return ctx.actors.resolve(subject[1]!);
    // "The Pension Benefit Guarantee Corporation protects ... The federal agency takes control ... It says": "it" is the
    // institution named as a subject earlier in the paragraph, when no source has spoken yet
    if (!sentence) return undefined;
    const text = article.syntax.text;
    const before = text.slice(text.lastIndexOf('\n', sentence.start) + 1, sentence.start);
    const named = [...before.matchAll(NAMED_SUBJECT)].pop();
    if (!named) return undefined;
    // ("Hania Zlotnik is director of the U.N. Population Division. She says ...": a person named as a subject for "she")
    const actor = ctx.actors.resolve(named[1]!);
    // (a name after "the" is an institution's, whatever its words: "The Harbor Museum")
    return ref.kind === 'person' ? (actor?.kind === 'person' && !/^the\s/i.test(named[1]!) ? actor : undefined) : actor;
  }
  // ("The Federal Reserve Board on Friday announced preliminary results indicating that": data that the one announcing them put out)
  const announcer = DATA_ANNOUNCED.test(phrase.trim()) ? ANNOUNCER_BEFORE.exec(article.syntax.text.slice(Math.max(0, cue.source.start - 120), cue.source.start)) : null;
  if (announcer) return ctx.actors.resolve(announcer[1]!);
  // "a new report says", "The report shows": the report the article says who released, when it does
  if (UNNAMED_REPORT.test(phrase.trim())) {
    // ("according to a new report released today from the U.S. Census Bureau": who released it, named right after)
    const releaser = RELEASED_BY.exec(article.syntax.text.slice(cue.source.end, cue.source.end + 80));
    const owner = releaser ? ctx.actors.resolve(releaser[1]!) : reportOwner(article, ctx);
    if (owner) return owner;
  }
  // ("Statistics for the quarter ending June 2006 show": a sentence's first word is capitalised, no name for it)
  // (and names no actor of its own when the article names no such survey)
  // ("New figures show", "According to official figures": data named so are an actor of their own when no series is named)
  // ("These figures out today clearly show": data pointed at are no one's description either)
  if ((ref.by !== 'description' || /^th(?:ese|ose)\s/i.test(phrase.trim())) && (DATA_WORD.test(phrase.trim()) || KIND_DATA.test(phrase.trim()))) return namedSeriesBefore(article, ctx, cue.source.start) ?? (/^(?:new|official|latest)\s/i.test(phrase.trim()) ? ctx.actors.resolve(phrase) : undefined);
  // ("according to the latest analysis released in the ABARES Agricultural Commodities report", "according to the ABARES Agricultural
  // Commodities report", the phrase stopping at "report": a report named by its publisher's initials is the publisher's)
  const initialled = (ref.by === 'description' ? RELEASED_IN_REPORT.exec(article.syntax.text.slice(cue.source.end, cue.source.end + 90)) : null)
    ?? (ref.by === 'name' && REPORT_AFTER.test(article.syntax.text.slice(cue.source.end, cue.source.end + 10)) ? INITIALS_NAME.exec(phrase.trim()) : null);
  if (initialled) return ctx.actors.resolve(initialled[1]!);
  if (ref.by === 'description') {
    // "According to the latest independent statistics, released by the ONS on Monday, ...": who released them
    const releaser = DATA_HEADS.has(ref.head) ? RELEASED_BY.exec(article.syntax.text.slice(cue.source.end, cue.source.end + 80)) : null;
    if (releaser) return ctx.actors.resolve(releaser[1]!);
    // "the figures", "the report": the data of the latest institution that spoke (not an earlier "the latest figures" by its word)
    if (DATA_HEADS.has(ref.head)) {
      for (let i = recent.length - 1; i >= 0; i--) if (recent[i]!.kind !== 'person') return recent[i];
      // ("The latest Household Labour Force Survey (HLFS) results ... Statistics for the quarter ending June 2006 show":
      // the survey or report a registry actor publishes, named earlier in the article)
      const survey = namedSeriesBefore(article, ctx, cue.source.start);
      if (survey) return survey;
    }
    // "the company" after "Utility Con Edison" or "vaccine maker Medix": one kind of institution, other words
    const kin = KINDRED.find((words) => words.has(ref.head)) ?? new Set([ref.head]);
    for (let i = recent.length - 1; i >= 0; i--) if (recent[i]!.forms.some((f) => f.toLowerCase().split(/\W+/).some((w) => kin.has(w)))) return recent[i];
    // ("The department today announced ..." in the Department of Agriculture's own release: the outlet it names)
    const voice = outletVoiceOf(article, ctx);
    if (voice && [voice.name, ...voice.forms, article.meta.outlet ?? ''].some((f) => f.toLowerCase().split(/\W+/).some((w) => kin.has(w)))) return voice;
    // "According to CEW, ... The group found 82 per cent": a body's generic name is the last body that spoke
    if (BODY_HEADS.has(ref.head) && recent.length > 0 && recent[recent.length - 1]!.kind !== 'person') return recent[recent.length - 1];
  }
  // ("Sen. Lindsey Graham was among ... Graham told The Associated Press": a surname alone is the person the article named in full)
  const fuller = ref.by === 'name' && /^\p{Lu}[\p{Ll}’'-]+$/u.test(phrase.trim()) ? fullNameBefore(article, phrase.trim(), cue.source.start) : undefined;
  if (fuller) return ctx.actors.resolve(fuller);
  // "CEW's research", "Chief Executive Women's senior executive census for 2024": a document speaks for its owner
  // (not a day's: "Friday's report" is the report of whoever released it)
  // ("a recent article in CDC’s Morbidity and Mortality Weekly Report": a document in an owner's publication is the owner's)
  const owner = OWNED_DOCUMENT.exec(phrase.trim()) ?? DOCUMENT_IN_OWNED.exec(phrase.trim());
  if (owner && !dayOrMonth(owner[1]!)) return ctx.actors.resolve(owner[1]!);
  // ("results from the Census of Fatal Occupational Injuries (CFOI)": the data of a named survey are the survey's)
  const from = DATA_FROM.exec(phrase.trim());
  if (from) return ctx.actors.resolve(from[1]!);
  // ("Today's ABS labour force figures", "Latest BLS data", "New ONS figures": data named by their publisher's initials are the publisher's)
  const initials = INITIALS_DOCUMENT.exec(phrase.trim());
  if (initials) return ctx.actors.resolve(initials[1]!);
  // ("Last week the International Visitor Survey showed": the time before a source is no part of its name)
  return ctx.actors.resolve(phrase.replace(LEADING_TIME, ''));
}

/** The group of people opening the sentence just before `at` in its paragraph ("The researchers studied ..."), unless an institution's name opens one after it. */
function lastGroupSubject(text: string, at: number): string | undefined {
  const before = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const group = [...before.matchAll(GROUP_SUBJECT)].pop();
  const named = [...before.matchAll(NAMED_SUBJECT)].pop();
  return group && (!named || named.index! < group.index!) ? group[1] : undefined;
}

/** A person's full name ending in `surname` earlier in the text ("Lindsey Graham" for "Graham"), if the article gives one. */
function fullNameBefore(article: Article, surname: string, before: number): string | undefined {
  // (the first full name in the whole text, found once per article and surname: a cue per surname would rescan the text)
  let names = fullNames.get(article);
  if (!names) fullNames.set(article, (names = new Map()));
  let first = names.get(surname);
  if (first === undefined) {
    // (each place the surname is printed, then the given name right before it: a scan for the name, not a pattern over the text)
    const text = article.syntax.text;
    first = null;
    for (let at = text.indexOf(surname); at >= 0 && first === null; at = text.indexOf(surname, at + 1)) {
      const end = at + surname.length;
      if (/[\p{L}\d_]/u.test(text[end] ?? '')) continue;
      const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
      if (given) first = { end, full: `${given[0]}${surname}` };
    }
    names.set(surname, first);
  }
  return first !== null && first.end <= before && personName(first.full) === first.full ? first.full : undefined;
}

/** A given name (and an initial) right before a surname: "Lindsey ", "John Q. ". */
const GIVEN_BEFORE = /\p{Lu}[\p{Ll}’'-]+\s+(?:\p{Lu}\.\s+)?$/u;

/** Each article's first full name for a surname, or null when it has none. */
const fullNames = new WeakMap<Article, Map<string, { end: number; full: string } | null>>();

/** True for a day's or a month's name, whose possessive dates a document ("Friday's report", "Last year's"). */
function dayOrMonth(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  return DAY_WORD.test(bare.toLowerCase()) || MONTH_NAMES.test(bare) || /^(?:last|this|next)\s/i.test(bare);
}
/** Words joined to a source phrase by "and", up to four: "and healer council". */
const AND_MORE = /^\s+and\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/u;
/** Data named by whom they come from: "results from the Census of ...", "preliminary figures from the ONS". */
const DATA_FROM = /^(?:[Tt]he\s+)?(?:(?:[Pp]reliminary|[Pp]rovisional|[Ll]atest|[Nn]ew|[Ff]inal|[Oo]fficial)\s+)?(?:[Rr]esults|[Dd]ata|[Ff]igures|[Ss]tatistics|[Ff]indings|[Ee]stimates)\s+(?:from|of)\s+((?:the\s+)?\p{Lu}.*)$/u;
/** A time opening a source phrase: "Last week", "Yesterday", "On Monday". */
const LEADING_TIME = /^(?:(?:[Ll]ast|[Tt]his|[Ee]arlier this|[Nn]ext)\s+(?:week|month|year)|[Yy]esterday|[Tt]oday|(?:[Oo]n\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?=(?:the\s+)?\p{Lu})/u;
/** A pronoun's document: "its polling", "their latest figures", "his own estimate". */
const POSSESSED_DOCUMENT = /^(its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:polling|polls?|surveys?|data|figures|reports?|study|research|estimates?|analysis|count|tally|statistics|numbers|calculations?|records)$/iu;
/** A named owner's document: "CEW's research", "the ONS's latest figures", "Gallup's annual survey for 2024". */
const OWNED_DOCUMENT = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&-]*){0,5})[’']s?\s+(?:[\p{Ll}-]+\s+){0,3}(?:research|report|census|study|survey|analysis|data|figures|statistics|estimates?|count|tally|poll|review|audit)\b/u;

/** A document in its owner's publication: "a recent article in CDC’s Morbidity and Mortality Weekly Report", the owner captured. */
const DOCUMENT_IN_OWNED = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:article|report|study|analysis|paper)\s+(?:in|from)\s+((?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4})[’']s\s/u;
/** Data named by their publisher's initials, after a time or a word of recency: "Today's ABS labour force figures", "Latest BLS data". */
// ("the latest ABARES Agricultural Commodities report": a named report too; not a country's "UK Labour Market Report")
const INITIALS_DOCUMENT = /^(?:(?:[Tt]oday|[Yy]esterday|[Tt]his\s+(?:week|month))[’']s\s+|(?:[Tt]he\s+)?(?:[Ll]atest|[Nn]ew|[Pp]reliminary|[Pp]rovisional|[Ff]inal|[Oo]fficial|[Rr]ecent)\s+|[Tt]he\s+)?(?!(?:UK|US|USA|EU)\s)(\p{Lu}{2,6})\s+(?:(?:[\p{Ll}-]+\s+){0,3}(?:data|figures|statistics|estimates)|(?:\p{Lu}[\p{Ll}-]+\s+){1,4}(?:[Rr]eport|[Oo]utlook|[Bb]ulletin|[Rr]eview))$/u;

/** A report named by its publisher's initials, right after data it holds: " released in the ABARES Agricultural Commodities report". */
const RELEASED_IN_REPORT = /^\s*,?\s*(?:released|published)\s+(?:today\s+)?in\s+(?:the\s+)?(?:latest\s+)?(?!(?:UK|US|USA|EU)\s)(\p{Lu}{2,6})\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:report|outlook|bulletin|review)\b/u;
/** A name opening on initials, then capitalised words ("ABARES Agricultural Commodities"); with `REPORT_AFTER`, a report's title. */
const INITIALS_NAME = /^(?:the\s+)?(?!(?:UK|US|USA|EU)\s)(\p{Lu}{2,6})(?:\s+\p{Lu}[\p{Ll}-]+){1,4}$/u;
const REPORT_AFTER = /^\s+(?:report|outlook|bulletin|review)\b/;

/** Data with no owner named: "preliminary results", "new figures", "data". */
const DATA_ANNOUNCED = /^(?:(?:the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:results|data|figures|estimates|statistics|numbers)$/u;
/** An institution announcing what comes next: "The Federal Reserve Board on Friday announced ", "the ministry today released ". */
const ANNOUNCER_BEFORE = /(?:^|[.!?]\s+|,\s+|\n)((?:[Tt]he\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&’'-]*){0,6})\s+(?:(?:on|this)\s+\p{L}+\s+|today\s+|yesterday\s+)?(?:announced|released|published|issued|reported)\s+$/u;

// (not "the study", "the survey", "the poll": those are usually someone else's than the last speaker's)
/** A sentence opening with people or an institution who may report ("The researchers, ...", "Police ..."). */
const SUBJECT = /^\s*((?:The\s+)?(?:[\p{L}-]+\s+){0,2}(?:researchers|scientists|officials|authors|investigators|police|doctors|experts|analysts|economists|authorities|company|agency|ministry))\b/u;

/** A group of people opening a sentence, before its verb: "The researchers studied". */
const GROUP_SUBJECT = new RegExp(`(?:^|[.!?]["”]?\\s+)${SUBJECT.source.replace('^\\s*', '')}\\s+\\p{Ll}+`, 'gu');

/** An institution's proper name opening a sentence, before its verb: "The Pension Benefit Guarantee Corporation protects". */
const NAMED_SUBJECT = /(?:^|[.!?]["”]?\s+)(?:(?:In|On|Last|Earlier|This)\s+[\p{L}\d]+(?:\s+\d{4})?,?\s+)?((?:[Tt]he\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&’'-]*){1,6})\s+(?:\p{Ll}+s|has|have|is|was|said|published|released|issued)\b/gu;

/** Generic names of a body that a story uses for the one it last quoted: "the group", "the organisation". */
const BODY_HEADS = new Set(['group', 'organization', 'organisation', 'body', 'association', 'lobby', 'coalition', 'institute', 'council']);

/** Words for one kind of institution, any of which a later "the <word>" may refer back to. */
const KINDRED: ReadonlySet<string>[] = [
  new Set(['company', 'firm', 'utility', 'maker', 'manufacturer', 'carrier', 'airline', 'retailer', 'insurer', 'automaker', 'lender', 'bank', 'inc', 'corp', 'group', 'operator', 'developer', 'producer']),
  new Set(['agency', 'administration', 'bureau', 'service', 'office', 'department', 'authority', 'commission']),
  new Set(['charity', 'organization', 'organisation', 'group', 'foundation', 'nonprofit']),
];

/** Who put data out, named right after them: ", released by the ONS", " published by Statistics Canada", " released today from the U.S. Census Bureau", " released today on the Statistics New Zealand website" (the site's owner). */
export const RELEASED_BY = /^\s*,?\s*(?:released|published|issued|compiled|produced)\s+(?:today\s+|on\s+\w+\s+)?(?:by|from|through|on(?=\s+(?:the\s+)?\p{Lu}[^,.;]{0,60}?\s+(?:website|web\s+site|site)\b))\s+((?:the\s+)?\p{Lu}[\p{L}.&’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&’'-]*)*)/u;

const DATA_HEADS = new Set(['figures', 'data', 'report', 'statistics', 'numbers', 'results', 'estimates', 'count', 'tally', 'release', 'outlook', 'forecast', 'forecasts', 'projections', 'statement', 'announcement']);

/** A report named by no one: "a new report", "the report", "the annual study". */
const UNNAMED_REPORT = /^(?:a|an|the|this)\s+(?:(?:new|recent|latest|annual|yearly)\s+)?(?:report|study|survey)$/i;
/** A source phrase that names an instrument or its data: "the Dual-Frequency Precipitation Radar (DPR) instrument", "Microwave Imager", "data from the satellite". */
const INSTRUMENT = /\b(?:instruments?|radars?|imagers?|spectrometers?|sensors?|satellites?|cameras?|altimeters?|radiometers?|scatterometers?|seismometers?|gauges?)$/i;

/** "The Department of State and IIE released the 2015 Open Doors report", "The United Nations has released its two thousand five Human Development Report": who releases a report. */
const RELEASES_REPORT = /((?:[Tt]he\s+)?\p{Lu}[\p{L}.&’'()-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}.&’'()-]*))*)\s+(?:work\s+together\s+to\s+)?(?:(?:has|have|had)\s+)?(?:released|releases|release|publishes|published|publish|issued|issues|issue|puts\s+out|put\s+out)\s+(?:the|its|their|an?|this|each|every)?\s*(?:[\p{L}\d-]+\s+){0,6}?(?:[Rr]eport|[Ss]tudy|[Ss]urvey)\b/gu;
const owners = new WeakMap<Article, DraftActor | null>();

/**
 * Who the article says released the report it quotes, if it says so anywhere: among several
 * named together, one the registry or the workspace knows, else the first.
 */
function reportOwner(article: Article, ctx: DraftContext): DraftActor | undefined {
  const cached = owners.get(article);
  if (cached !== undefined) return cached ?? undefined;
  let found: DraftActor | undefined;
  for (const m of article.syntax.text.matchAll(RELEASES_REPORT)) {
    // (a name does not run back over a sentence's end: "... Development Report. The United Nations has released")
    const names = m[1]!.split(/[.!?]\s+/).pop()!.split(/\s+and\s+/).map((n) => n.replace(/\s*\((?:or\s+)?([^)]*)\)\s*$/, '').trim()).filter((n) => n !== '');
    const known = names.map((n) => ctx.actors.find(n)).find((a) => a !== undefined);
    found = known ?? (names[0] ? ctx.actors.resolve(names[0]) : undefined);
    if (found) break;
  }
  owners.set(article, found ?? null);
  return found;
}

/** Words of a data series' name: a registry alias with one of them names what its actor publishes. */
const SERIES_NAME = /\b(?:Survey|Report|Statistics|Census|Index|Data|Bulletin|Outlook)\b/;

/** The registry actor whose alias names a survey or report the article mentions before `at` ("the Household Labour Force Survey"), if one. */
function namedSeriesBefore(article: Article, ctx: DraftContext, at: number): DraftActor | undefined {
  const before = article.syntax.text.slice(0, at);
  for (const [id, def] of ctx.registry.actors) {
    if (def.aliases.some((alias) => SERIES_NAME.test(alias) && before.includes(alias.replace(/^the\s+/i, '')))) return ctx.actors.get(id);
  }
  return undefined;
}
