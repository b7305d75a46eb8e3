// Where a source phrase ends before its verb, when news puts something between them: a date set
// off by commas ("Neven Mimica, on June 25 announced") or the period data cover ("Statistics for
// the quarter ending June 2006 show": the data, not the period, are the source); and who gives
// the data a phrase names ("figures released by the ministry" → "the ministry").
import type { Span } from '../span';

/** A date set off before a verb: ", on June 25", ", on Monday,", " on 3 March", " back in May", " last week", " today (22nd December)". */
export const DATE_BEFORE_VERB = /(?:,\s*)?(?:\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))|\b(?:back\s+)?in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|\b(?:last|this|earlier\s+this)\s+(?:week|month|year)|\b(?:today|yesterday)\s*\([^()]{1,30}\))\s*,?\s*$/;

/** Data named by no one: "Statistics", "the latest figures", "official data", "Today’s figures", "The August figures". */
const DATA_WORDS = String.raw`(?:the\s+|these\s+|those\s+|(?:today|yesterday|this\s+(?:week|month|year))[’']s\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:latest\s+|new\s+|official\s+)?(?:statistics|figures|data|numbers|results)`;

/** A source phrase that is only data named by no one ("Statistics", "the latest figures", "preliminary data", "These figures out today"). */
export const DATA_WORD = new RegExp(`^(?:preliminary\\s+|provisional\\s+|revised\\s+)?${DATA_WORDS}(?:\\s+(?:out|released|published)(?:\\s+today)?)?$`, 'i');

/** Data named with the period it covers, opening its sentence before a verb: "Statistics for the quarter ending June 2006 show". */
const DATA_FOR_PERIOD = new RegExp(String.raw`^\s*(${DATA_WORDS})\s+(?:for|from|covering)\s+[^,;:]{1,60}$`, 'i');
/** The same with words of a kind before the data, no name among them: "Overseas tourism figures for the summer of 2014 show". */
/** Data of a kind, at most one capitalised word (a sentence's first) and two more before the data: "Overseas tourism figures". */
const KIND_OF_DATA = String.raw`(?!(?:The|A|An|This|These|Those|Its|Their)\s)(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:statistics|figures|data|numbers)`;
const KIND_DATA_FOR_PERIOD = new RegExp(String.raw`^\s*(${KIND_OF_DATA})\s+(?:for|covering)\s+[^,;:]{1,60}$`, 'u');

/**
 * An owner's document for a period ("Chief Executive Women’s senior executive census for 2024
 * found"): the words before the period make the source (the year would otherwise read as a count
 * that no source holds). (Not "The final recycling figures for 2016/17 show": read so, the period
 * would date the statement, not the figures.)
 */
const DOCUMENT_FOR_PERIOD = /^\s*((?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+[’']s\s+(?:[\p{L}-]+\s+){0,3}?(?:statistics|figures|data|numbers|results|census|survey|estimates)(?=\s+(?:for|covering)\s+[^,;:()]{1,40}$))/iu;

/** The data phrase of a sentence opened by data of a kind for a period ("Overseas tourism figures for the summer of 2014 show"), ending where the period begins. */
export function kindDataForPeriod(text: string, from: number, verb: number): Span | undefined {
  const m = KIND_DATA_FOR_PERIOD.exec(text.slice(from, verb));
  if (!m) return undefined;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/** Data of a kind named by no one: "Overseas tourism figures", "retail sales data" (not a body's: "Government figures", "Police data"). */
export const KIND_DATA = new RegExp(String.raw`^(?!(?:[Gg]overnment|[Pp]olice|[Tt]reasury|[Cc]ouncil|[Mm]inistry|[Dd]epartment|[Cc]ensus|[Oo]fficial|[Ll]abour|[Ll]abor)\s)${KIND_OF_DATA}$`, 'u');

/** The data phrase of a sentence opened by data for a period, ending where the period begins. */
export function dataForPeriod(text: string, from: number, verb: number): Span | undefined {
  const m = DATA_FOR_PERIOD.exec(text.slice(from, verb)) ?? DOCUMENT_FOR_PERIOD.exec(text.slice(from, verb));
  if (!m) return undefined;
  const start = from + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

/**
 * What "released" reports for its subject: its own results ("released its annual enforcement
 * results", "released new figures"); not another's report it puts out ("released a U.S. Geological
 * Survey report ..., estimating") nor data released by someone ("figures released by the ONS").
 */
export const RELEASES_RESULTS = /^\s+(?:today\s+|on\s+\p{L}+\s+)?(?:(?:its|their|new|the\s+latest)\s+)?(?:[\p{L}-]+\s+){0,5}?(?:results|figures|data|statistics|numbers|estimates)\b/iu;

/** "figures released by the ministry" → "the ministry"; "data from the Census Bureau" → "the Census Bureau". */
export function dataSource(text: string, phrase: Span): Span {
  const s = text.slice(phrase.start, phrase.end);
  // ("a projection of traffic fatalities": what is projected, not who projects; "figures of the Ministry" is a source)
  const m = /^(?:[\w-]+\s+){0,2}?(?:data|figures|statistics|numbers|estimates?|records|reports?|forecasts?|projections?|surveys?|analys[ie]s|stud(?:y|ies)|reviews?|polls?|tall(?:y|ies)|counts?|statements?|releases?|announcements?|findings|results|summary|summaries|updates?|bulletins?)\s+(?:[\w-]+\s+){0,2}?(?:by|from|with|in|of(?=\s+(?:the\s+)?\p{L}))\s+(?:[\p{L}’']+[’']s\s+)?/iu.exec(s);
  // ("two polls of voters": whom a poll asked is no source; under the `i` flag \p{Lu} would match any letter, so the capital is checked here)
  const ofName = !m || !/\bof\s+$/i.test(m[0]) || /^(?:the\s+)?\p{Lu}/u.test(s.slice(m[0].length));
  if (m && ofName) return { start: phrase.start + m[0].length, end: phrase.end };
  // ("New monthly unemployment estimates from CSO": more words of a kind before the data, then a name after "from" or "by")
  const longer = /^(?:[\p{L}-]+\s+){3,5}?(?:data|figures|statistics|numbers|estimates)\s+(?:from|by)\s+(?=(?:the\s+)?\p{Lu})/u.exec(s);
  if (longer) return { start: phrase.start + longer[0].length, end: phrase.end };
  // "an FBI news release", "The FBI statistics released", "the Census Bureau report": the name before the document, what it is on
  // after it ("the BJS report on probation and parole") (not an opener: "One study says";
  // nor a day's, a month's or a kind's word: "Today’s statistics show", "The August figures also show", "Official statistics show")
  const named = /^(?:(?:[Aa]n?|[Tt]he)\s+)?((?:(?!(?:A|An|The|One|Another|Two|Three|Some|Each|Every|This|That|These|Those|Its|Their|Our|His|Her|Both|Many|Most|Several|New|Recent|Latest|Official|Further|Final|Provisional|Revised|Separate|Additional|Updated|(?:Today|Yesterday|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[’']s)?)\s)\p{Lu}[\p{L}.&’'-]*\s+){1,5}?)(?:(?:new|latest|monthly|annual|weekly|preliminary|final|news|press)\s+)*(?:data|figures|statistics|numbers|estimates?|reports?|release|statement|stud(?:y|ies)|surveys?|polls?|analys[ie]s)(?:\s+(?:released|published|issued|conducted|out))?(?:\s+(?:on|about|into)(?:\s+[\p{Ll}-]+){1,6})?$/u.exec(s);
  if (named) {
    const start = phrase.start + s.indexOf(named[1]!);
    return { start, end: start + named[1]!.trimEnd().length };
  }
  return phrase;
}
