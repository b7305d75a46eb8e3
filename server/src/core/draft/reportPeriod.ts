// The period a report is about, read from its headline: the time of its figures that name none.
import type { Article } from '../model/article';
import { daysBetween, parseAsOf } from '../base/dates';
import { findTimeMentions } from './timex';
import { monthsBack } from './calendar';
import { dayAlone } from './itemDays';

/**
 * The period a report is about, when its headline names a report of one shortly before
 * publication ("Unemployment rate falls to 8.5 percent in December 2011", "e-commerce sales in
 * second quarter 2004", "exports rose 7.4% to the end of April 2018 compared to the same time last
 * year"): the time of its figures that name none. Months, quarters and the twelve months to a month.
 */
const REPORT_WORDS = /\b(report|data|statistics|figures|sales|jobs|employment|unemployment|payrolls?|rate|index|prices?|inflation|survey|construction|starts|traffic|output|production|earnings|revenue|profits?|exports|imports|gdp|growth|visits|visitors|visitation|trade)\b/i;

/** A publication's masthead line: "European Commission Daily News 6th May", "Press release". */
const MASTHEAD = /^\s*(?:[\p{L}.’'-]+\s+){0,4}(?:Daily News|News|Newsletter|Press Release|Media Release|Statement)\b[^.!?]{0,20}$/iu;

/** A line that is only a month or a quarter with its year: "August 2007", "Fourth quarter 2013", "Quarter 3 2015". */
const PERIOD_LINE = /^\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:First|Second|Third|Fourth)\s+quarter|Quarter\s+[1-4]|Q[1-4])\s+(?:19|20)\d\d\s*$/i;

/** A fiscal year by name: "Fiscal Year 2009", "FY2019", "fiscal 2017". */
const FISCAL_YEAR = /\b(?:fiscal(?:\s+year)?\s+\d{4}|FY\s?\d{2,4})\b/i;

/**
 * The report's period for a figure of `sentence`: where the sentence speaks of the report, and in a
 * release about a fiscal year ("Fiscal Year 2009 Achievements") for every figure but a running total
 * (the year's inspections, seizures and their changes), whatever words the sentence uses.
 */
export function reportPeriodFor(report: ReportPeriod | undefined, sentence: string, kind: string): string | undefined {
  // (and a bulleted line, which lists the report's numbers: "• 13,950,759 overnight stays")
  // (not what a sentence says a thing is made of or runs, in the present: "The Bank of Canada's core index excludes eight of
  // the index's components", "The field office manages the work of more than 1,800 officers": that holds when it is said)
  // (and a change the report tells, "Offsetting these increases were a 3.8% decrease in the paper products industry")
  return report && !STANDING.test(sentence) && (REPORT_WORDS.test(sentence) || CHANGE_NOUN.test(sentence) || report.lined || /^\s*[•·▪*]/.test(sentence) || (kind !== 'cumulative' && report.fiscal)) ? report.value : undefined;
}

/** A change told as a noun after an amount: "a 3.8% decrease", "a 0.8% decline". */
const CHANGE_NOUN = /%\s+(?:decrease|increase|decline|drop|gain|rise|fall)\b/;

/** A verb in the present that tells what a thing is made of or runs (not in a relative clause: "which oversees"). */
const STANDING = /(?<!\b(?:which|that|who)\s)\b(?:manages|excludes|employs|operates|oversees|comprises|contains)\b/i;

/** A report's period as an as-of value, whether the report names it as a fiscal year, and whether a line of its own under the title names it. */
export interface ReportPeriod { value: string; fiscal: boolean; lined?: boolean }

/** The period a report is about (see REPORT_WORDS above): `YYYY-MM` or `YYYY-MM..YYYY-MM`, if any. */
export function reportPeriodOf(article: Article, published: string | undefined): ReportPeriod | undefined {
  // ("Press Release" / "FOR IMMEDIATE RELEASE" / "Friday, January 11, 2008" / "Secretary Gutierrez Says Exports ...": the title comes after a release's preamble)
  const lines = article.syntax.lines.slice(preambleLength(article));
  const headline = lines[0];
  // (a headline naming a fiscal year, "CBP Announces Fiscal Year 2009 Achievements", is a yearly report's whatever its words)
  const headlineText = headline ? article.syntax.text.slice(headline.span.start, headline.span.end) : '';
  // (or under a masthead, "European Commission Daily News 6th May" / "Latest agri-food trade figures released: ... declines in January 2021")
  const second = lines[1];
  const secondText = second ? article.syntax.text.slice(second.span.start, second.span.end) : '';
  // (or a title whose next line is only its period: "Railway carloadings" / "August 2007")
  const titled = REPORT_WORDS.test(headlineText) || FISCAL_YEAR.test(headlineText) || (!!second && MASTHEAD.test(headlineText) && REPORT_WORDS.test(secondText)) || PERIOD_LINE.test(secondText);
  // ("Percentage of Uninsured Adults ... — National Health Interview Survey, United States, 2019−2020", "Railway carloadings, March 2018": a title ends on its data's period, however long ago)
  const ending = headline ? findTimeMentions(article.syntax.text, headline.span, published).find((t) => t.value && !t.since && (titled ? /^\d{4}(?:-\d{2})?(?:\.\.\d{4}(?:-\d{2})?)?$/ : /^\d{4}-\d{2}$/).test(t.value) && /,\s*$/.test(headlineText.slice(0, t.span.start - headline.span.start)) && !headlineText.slice(t.span.end - headline.span.start).trim()) : undefined;
  if (ending) return { value: ending.value!, fiscal: false, lined: true };
  if (!headline || !titled) return undefined;
  // the headline's period, else the lead's ("the jobless rate for November was 8.6 percent")
  for (const [n, line] of lines.slice(0, 3).entries()) {
    for (const t of findTimeMentions(article.syntax.text, line.span, published)) {
      // (a year too, in the headline or the lead, for a yearly report out early the next year: "visitation tops 318 million in 2018")
      if (!t.value || t.since || !/^\d{4}(?:-\d{2}(\.\.\d{4}-\d{2})?)?$/.test(t.value) || (t.value.length === 4 && n > 1)) continue;
      // "Up 1.1 Percent from the Fourth Quarter of 2023": a comparison's base is not the report's period
      if (/\b(from|than|since|over|compared (?:to|with))\s+(?:the\s+)?$/i.test(article.syntax.text.slice(Math.max(0, t.span.start - 16), t.span.start)) || /^(from|between)\b/i.test(t.text)) continue;
      const period = parseAsOf(t.value);
      const end = period?.to;
      if (!end || daysBetween(period.from, end) > 366 || (published && (end > published || daysBetween(end, published) > (t.value.length === 4 ? 120 : 60)))) continue;
      return { value: t.value, fiscal: FISCAL_YEAR.test(t.text), lined: n === 1 && PERIOD_LINE.test(secondText) };
    }
  }
  // ("The latest Household Labour Force Survey quarterly results ... confirm": the quarter last ended before it was said)
  const lead = lines[1];
  if (!published || !lead || !LATEST_QUARTERLY.test(article.syntax.text.slice(lead.span.start, lead.span.end))) return undefined;
  // (months back from the published month to the last month of the quarter before it)
  const back = ((Number(published.slice(5, 7)) - 1) % 3) + 1;
  return { value: `${monthsBack(published, back + 2)}..${monthsBack(published, back)}`, fiscal: false };
}

/** A lead that tells of a survey's latest quarterly results without naming the quarter. */
const LATEST_QUARTERLY = /\b(?:latest|most recent|newest)\s+(?:[\p{L}-]+\s+){0,6}?quarterly\s+(?:results|figures|data|statistics|survey)\b/iu;

/** A list item that opens on what its period's numbers are: "- Estimates for May to July 2024 indicate ...", "• Figures for the quarter to March show ...". */
export const ESTIMATES_FOR = /^\s*[–—•*-]\s+(?:The\s+)?(?:latest\s+)?(?:estimates|figures|data|statistics|results)\s+(?:for|covering)\s+(?:the\s+(?:period|quarter|three\s+months)\s+)?$/i;

/** A release's line before its title: "Press Release", "FOR IMMEDIATE RELEASE", "News Release". */
const RELEASE_LINE = /^\s*(?:(?:press|news|media)\s+release|for\s+immediate\s+release)\s*$/i;

/**
 * How many preamble lines open the article, up to three: a release line first, then release or day lines
 * (a day alone over a title is no preamble: "January 10, 2020" / "Federal Reserve Board announces ..." keeps its reading).
 */
function preambleLength(article: Article): number {
  const line = (n: number) => (article.syntax.lines[n] ? article.syntax.text.slice(article.syntax.lines[n]!.span.start, article.syntax.lines[n]!.span.end) : undefined);
  if (!RELEASE_LINE.test(line(0) ?? '')) return 0;
  let n = 1;
  while (n < 3 && article.syntax.lines[n] && (RELEASE_LINE.test(line(n)!) || dayAlone(article.syntax.text, article.syntax.lines[n]!.span))) n++;
  return n;
}
