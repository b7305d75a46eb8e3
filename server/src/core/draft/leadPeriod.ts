// The period an article's lead names for its numbers: "..., according to water use estimates for
// 2005", "concluded enforcement actions in fiscal year 2010 ...". Figures of
// the later paragraphs that name no time of their own are of that period, not of the day the
// article came out.
import type { Article } from '../model/article';
import { daysBetween, parseAsOf } from '../base/dates';
import { datesWhatFollows } from './asof';
import { findTimeMentions } from './timex';
import { splitSentences } from '../model/sentences';
import { readsAsLead } from './storyDay';

/** The word before a period named as what the numbers are for: "estimates for 2005", "results for the third quarter". */
const FOR_PERIOD = /\bfor\s+(?:the\s+)?$/i;

/** A byline: "By Jim Garamone". */
const BYLINE = /^\s*By\s+\p{Lu}/u;
/** A paragraph of ten words or more that ends as a sentence does (an agency's name on its own line does not). */
const SENTENCE_LINE = /^(?=(?:\S+\s+){9})[^]*[.!?"”]\s*$/;

/** The data a month names before them: "July recruiting goals", "May trade figures", "June jobs report". */
const MONTH_OF_DATA = /^\s+(?:[\p{L}-]+\s+){0,2}(?:goals|figures|data|report|numbers|results|statistics|sales)\b/iu;

/** A fiscal year named as when: "in fiscal year 2010", "during FY 2019". */
const IN_FISCAL = /^(?:(?:in|during)\s+)?(?:fiscal(?:\s+year)?|FY)\b/i;

/** A comparison the time is the base of: "compared to 2,700 in", "up from 65% in". */
const COMPARED_BEFORE = /\b(?:compared (?:to|with)|(?<!\b(?:more|less|fewer|greater|higher|lower)\s)than|from|versus)\s+(?:[^,;.]|[,.]\d){0,30}$/i;

/**
 * The period the lead's first sentence names as the one its numbers are for ("estimates for 2005",
 * "in fiscal year 2010"): a year, a fiscal year, a quarter, a month or a stretch of them (never a
 * day), ended before publication and at most a year before it, and where the lead ends (the period
 * is lent to the paragraphs after it); with no published date, also a year the headline or the lead
 * names "in" ("carried a record 3.1 million passengers in 2016", in any sentence of the lead); else a stretch any sentence of the
 * lead names by both its edges ("from July 1, 2016, to July 1, 2017"), or with no published date one a later paragraph names
 * for a count of its sentence (then lent to the whole text, the lead too); never a comparison's base ("more than" is none);
 * with none of those, the period that opens an undated text's lead (`openingPeriod`); undefined when it names none.
 */
export function leadPeriodOf(article: Article, published: string | undefined): { value: string; leadEnd: number } | undefined {
  const text = article.syntax.text;
  const first = article.syntax.lines[0];
  // (under a byline and an agency line, "By Jim Garamone" / "American Forces Press Service", the lead is the dateline's paragraph)
  const lead = first && readsAsLead(text.slice(first.span.start, first.span.end)) ? first
    : article.syntax.lines.slice(1, 4).find((l, i) => i === 0 ? !BYLINE.test(text.slice(l.span.start, l.span.end)) : SENTENCE_LINE.test(text.slice(l.span.start, l.span.end))) ?? article.syntax.lines[1];
  if (!lead) return undefined;
  // ("Consumer Sentinel Network Data Book 2017: Visual Snapshot" over "... Data Book 2017 Snapshot. 2.7 million reports": with no published
  // date, an edition's year that the headline and the lead both print dates the text)
  const edition = !published && lead !== first ? /(?:^|[\s,(])((?:19|20)\d\d)(?=$|[\s),.:])/.exec(text.slice(first!.span.start, first!.span.end))?.[1] : undefined;
  if (edition && new RegExp(`\\b${edition}\\b`).test(text.slice(lead.span.start, lead.span.end)) && (text.slice(first!.span.start, first!.span.end).match(/\b(?:19|20)\d\d\b/g) ?? []).length === 1) return { value: edition, leadEnd: lead.span.end };
  // (with no published date, the year the headline or lead names is all that dates the text: "The island ferries carried a record 3.1 million passengers in 2016")
  // (and any sentence of the lead then: "... an increase of more than 14 million weekly users in 2022")
  for (const line of published || lead === first ? [lead] : [first!, lead]) {
    for (const sentence of splitSentences(text, line.span).slice(0, published ? 1 : undefined)) {
      for (const t of findTimeMentions(text, sentence, published)) {
        if (t.since || !t.value || /^\d{4}-\d{2}-\d{2}$/.test(t.value) || !datesWhatFollows(text, t)) continue;
        // ("estimates for 2005", "in fiscal year 2010 (FY 2010)"; not "in August", which may date an event the lead tells of)
        const before = text.slice(Math.max(0, t.span.start - 12), t.span.start);
        const titled = /^\d{4}$/.test(t.value) && titledYear(text, first!, lead, t.value);
        // ("met or exceeded their July recruiting goals": a month named as what the numbers are of)
        const named = FOR_PERIOD.test(before) || /^for\s/i.test(t.text) || (/^\d{4}-\d{2}$/.test(t.value) && MONTH_OF_DATA.test(text.slice(t.span.end, t.span.end + 40))) || (IN_FISCAL.test(t.text) && (/^(?:in|during)\s/i.test(t.text) || /\b(?:in|during)\s+$/i.test(before)))
          || ((!published || titled) && /^\d{4}$/.test(t.value) && (/^(?:in|during)\s/i.test(t.text) || /\b(?:in|during)\s+$/i.test(before)));
        // (nor a comparison's base: "2,828 customers filed ..., compared to 2,700 in 2020")
        if (!named || COMPARED_BEFORE.test(text.slice(Math.max(sentence.start, t.span.start - 40), t.span.start))) continue;
        const period = parseAsOf(t.value);
        // (a survey's year its headline names too may be older: "Survey of Household Spending, 2010", out in April 2012)
        if (!period || (published && (period.to > published || daysBetween(period.to, published) > (titled ? 3 * 366 : 366)))) continue;
        return { value: t.value, leadEnd: lead.span.end };
      }
    }
  }
  // ("Its population increased 2.2 percent ... from July 1, 2016, to July 1, 2017": a stretch the lead names by both its edges)
  // (with no published date, one any later paragraph names for its counts dates the whole text: "its law enforcement actions
  // in a recent one-year period returned $6.4 billion", then "obtained 168 court orders ... between July 1, 2016 and June 30, 2017")
  for (const line of published ? [lead] : article.syntax.lines.filter((l) => l.span.start >= lead.span.start)) {
    for (const sentence of splitSentences(text, line.span)) {
      for (const t of findTimeMentions(text, sentence, published)) {
        if (!t.value?.includes('..') || !/^(?:from|between)\s/i.test(t.text) || COMPARED_BEFORE.test(text.slice(Math.max(sentence.start, t.span.start - 40), t.span.start))) continue;
        // (after the lead, only a stretch that dates a count of its own sentence: not "From 2012-2015, she served as chief")
        if (line !== lead && !/\d/.test(text.slice(sentence.start, t.span.start) + text.slice(t.span.end, sentence.end))) continue;
        const period = parseAsOf(t.value);
        if (period && (!published || (period.to <= published && daysBetween(period.to, published) <= 366))) return { value: t.value, leadEnd: line === lead ? lead.span.end : first!.span.start };
      }
    }
  }
  return coveredPeriod(article, published) ?? openingPeriod(article, published);
}

/**
 * With no published date, a period that opens one of the first paragraphs ("In August 2017, a total of
 * ...", "In 2017–18:", "In the period October – December 2013, trips ...") is all that dates the text: a
 * month, quarter, year or stretch of them (never a day), lent to the paragraphs after that one.
 */
function openingPeriod(article: Article, published: string | undefined): { value: string; leadEnd: number } | undefined {
  if (published) return undefined;
  const text = article.syntax.text;
  for (const line of article.syntax.lines.slice(0, 5)) {
    const t = findTimeMentions(text, line.span, undefined)[0];
    // (the time must open the line, "In" before it at most, and end its opening phrase: "In August 2017," not "In August 2017 the firm")
    const opens = !!t?.value && !t.since && !/^\d{4}-\d{2}-\d{2}$/.test(t.value) && /^\s*(?:In\s+(?:the\s+period\s+)?)?$/i.test(text.slice(line.span.start, t.span.start))
      && /^In\s/i.test(text.slice(line.span.start, t.span.end).trim()) && /^\s*[,:]/.test(text.slice(t.span.end, t.span.end + 3));
    if (opens) return { value: t!.value!, leadEnd: line.span.end };
    // (only the lead's: under "By Darren Chester" and a first paragraph, "In 1970, it is hard to believe that 3800 ..." tells of the past)
    if (SENTENCE_LINE.test(text.slice(line.span.start, line.span.end))) return undefined;
  }
  return undefined;
}

/** The words before the period a report says it covers: "statistics ... cover the financial year to", "covering the 3 months from". */
const COVERS = /\bcover(?:s|ed|ing)?\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;

/**
 * The period a paragraph near the top says the report covers ("The latest Energy Quarterly, covering the
 * 3 months from October to December 2022", "The annual crime statistics ... cover the financial year to
 * 30 June 2008"): a period, not a day, ended before publication and at most a year before it, lent to
 * the paragraphs after that one.
 */
function coveredPeriod(article: Article, published: string | undefined): { value: string; leadEnd: number } | undefined {
  if (!published) return undefined;
  const text = article.syntax.text;
  for (const line of article.syntax.lines.slice(1, 5)) {
    for (const sentence of splitSentences(text, line.span)) {
      for (const t of findTimeMentions(text, sentence, published)) {
        if (t.since || !t.value || /^\d{4}-\d{2}-\d{2}$/.test(t.value) || !COVERS.test(text.slice(Math.max(sentence.start, t.span.start - 40), t.span.start))) continue;
        const period = parseAsOf(t.value);
        if (period && period.to <= published && daysBetween(period.to, published) <= 366) return { value: t.value, leadEnd: line.span.end };
      }
    }
  }
  return undefined;
}

/** True when the headline, a line of its own above the lead, names the year too: "Survey of Household Spending, 2010", "Consumer Expenditures--2012". */
function titledYear(text: string, headline: { span: { start: number; end: number } }, lead: { span: { start: number } }, year: string): boolean {
  return headline.span.start < lead.span.start && new RegExp(`(?:^|[\\s,(-])${year}(?:$|[\\s),.:])`).test(text.slice(headline.span.start, headline.span.end));
}

/**
 * True when a figure with no time of its own takes the lead's period: not a number after "the"
 * ("the largest of the five USAGM networks": a set already known, which holds as it is said), nor
 * what a sentence says will happen ("will require CF to spend over $12 million": ahead of it).
 */
export function takesLeadPeriod(text: string, sentenceStart: number, figureStart: number): boolean {
  return !/\bthe\s+$/i.test(text.slice(Math.max(0, figureStart - 5), figureStart)) && !/\b(?:will|would)\b/i.test(text.slice(sentenceStart, figureStart));
}
