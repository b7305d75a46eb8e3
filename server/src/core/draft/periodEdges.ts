// Times named by an edge of a period: a reporting period by its last day ("the quarter ended
// Sept. 30" is July to September), a deadline at a period's end ("by the end of March" is its
// last day; "by the end of the century" its last year), and the US federal fiscal year, which
// runs October to September.
import { addDays, parseAsOf } from '../base/dates';
import { mondayOf, monthOf, pad2, yearOf } from './calendar';
import { numberWord } from '../base/spelledDates';
import type { TimeMention } from './timex';

/** "the quarter ended Sept. 30", "the six months to June 30", "the fiscal year ending March 31": a period by its last day. */
const PERIOD_ENDING = /\b(?:(?:fiscal|financial)\s+)?(quarter|half|year|(three|six|nine|twelve|3|6|9|12)\s+months)\s+(?:that\s+)?(?:ended|ending|ends|to|through)\s+(?:on\s+)?$/i;

/** A reporting period named by its end ("the quarter ended Sept. 30", "the June quarter") is the months it spans, not its last day. */
export function periodEnding(text: string, t: TimeMention): TimeMention {
  const dated = !!t.value && /^\d{4}-\d{2}(?:-\d{2})?$/.test(t.value);
  // ("the June quarter", "the September 2003 quarter", "the June 2017 year": statistics named by the month they end with)
  // (and "September quarter 2011" with its year after, as a headline writes it, "the" or not: that year's quarter)
  const after = dated && /^\d{4}-\d{2}$/.test(t.value!) ? /^\s+(quarter|year)\b(?:\s+((?:19|20)\d\d)\b)?/i.exec(text.slice(t.span.end, t.span.end + 14)) : null;
  const named = after && (after[2] || /\bthe\s+$/i.test(text.slice(Math.max(0, t.span.start - 4), t.span.start)) || /^in\s+\p{L}+$/iu.test(t.text));
  if (named && after[2]) t = { ...t, value: `${after[2]}${t.value!.slice(4)}` };
  // ("the year to the June 2020 quarter", "through the year to the September quarter 2011": the twelve months that quarter ends)
  const yearTo = named && /\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended|through)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.span.start - 30), t.span.start));
  const m = named ? [after[0], yearTo ? 'year' : after[1]!] : dated ? PERIOD_ENDING.exec(text.slice(Math.max(0, t.span.start - 40), t.span.start)) : null;
  if (!m) return t;
  const kind = m[1]!.toLowerCase();
  const n = kind === 'quarter' ? 3 : kind === 'half' ? 6 : kind === 'year' ? 12 : /^\d+$/.test(m[2]!) ? Number(m[2]) : numberWord(m[2]!);
  if (!n || n > 12) return t;
  const last = Number(t.value!.slice(0, 4)) * 12 + Number(t.value!.slice(5, 7)) - 1;
  const ym = (k: number) => `${Math.floor(k / 12)}-${pad2((k % 12) + 1)}`;
  return { ...t, value: `${ym(last - n + 1)}..${ym(last)}` };
}

/** "by the end of March", "at the end of 2024": the words before a period that name its last day. */
const END_OF = /\bthe\s+end\s+$/i;

/** After a period's end, a comparison with a year before: "to the end of April 2018 compared to the same time last year". */
const SAME_TIME_LAST_YEAR = /^\s*,?\s*compared\s+(?:to|with)\s+the\s+same\s+(?:time|period)\s+(?:last|a|the\s+previous)\s+year\b/i;

/**
 * A period named by its end ("by the end of March") is its last day; "to the end of April 2018
 * compared to the same time last year" is the twelve months that end with that month.
 */
export function endOf(text: string, t: TimeMention): TimeMention {
  if (!t.value || !/^of\s/i.test(t.text) || !END_OF.test(text.slice(Math.max(0, t.span.start - 12), t.span.start))) return t;
  const month = /^(\d{4})-(\d{2})$/.exec(t.value);
  if (month && SAME_TIME_LAST_YEAR.test(text.slice(t.span.end, t.span.end + 60))) {
    const first = Number(month[1]) * 12 + Number(month[2]) - 12;
    return { ...t, value: `${Math.floor(first / 12)}-${pad2((first % 12) + 1)}..${t.value}` };
  }
  // ("on track to make this 95% by the end of 2017": a target set for a year is that year's)
  if (/^\d{4}$/.test(t.value) && /\bby\s+the\s+end\s+$/i.test(text.slice(Math.max(0, t.span.start - 16), t.span.start))) return t;
  const last = parseAsOf(t.value)?.to;
  return last ? { ...t, value: last } : t;
}

/** "the end of the month", "the end of this year", "the end of next week", "the end of last month". */
export const END_OF_PERIOD = /\bthe\s+end\s+of\s+(the|this|next|last)\s+(week|month|year)\b/gi;

/** "by the end of the century", "before the century's end", "by mid-century", "by the middle of the century": a year of the century of publication. */
export const CENTURY_EDGE = /\b(?:the\s+end\s+of\s+(?:the|this)\s+century|(?:the|this)\s+century[’']s\s+end|(mid)-?century|the\s+(middle)\s+of\s+(?:the|this)\s+century)\b/gi;

/** The year a century's edge names from the published day `p`: its end (2100 for 2014) or its middle (2050). */
export function centuryEdgeYear(mid: string | undefined, p: string): string {
  const end = Math.floor((yearOf(p) - 1) / 100) * 100 + 100;
  return String(mid ? end - 50 : end);
}

/** The last day of the week, month or year `which` ("the", "this", "next", "last") names, from the published day `p`. */
export function periodEndDay(which: string, unit: string, p: string): string | undefined {
  const step = /^next$/i.test(which) ? 1 : /^last$/i.test(which) ? -1 : 0;
  if (/^week$/i.test(unit)) return addDays(mondayOf(p)!, 6 + 7 * step);
  if (/^year$/i.test(unit)) return `${yearOf(p) + step}-12-31`;
  const k = yearOf(p) * 12 + monthOf(p) - 1 + step + 1;
  return addDays(`${Math.floor(k / 12)}-${pad2((k % 12) + 1)}-01`, -1);
}

/** Words of the US federal government, whose fiscal year runs October to September. */
export const US_FEDERAL = /\b(?:Pentagon|Congress|federal|Defense Department|Department of Defense|White House|U\.S\. government|Obama administration|Trump administration|Bush administration|Biden administration|Office of Management and Budget|National Institutes of Health|National Institute (?:on|of) \p{Lu}\p{L}+|U\.S\. Senate|U\.S\. Agency for \p{Lu}\p{L}+|U\.S\. Department of|Department of (?:Justice|State|Labor|Commerce|Energy|Agriculture|the Interior|Homeland Security|the Treasury|Transportation|Education|Veterans Affairs)|Justice Department|U\.S\. Attorney|Army|Navy|Air Force|Marine Corps|Coast Guard|National Guard|U\.S\. (?:\p{Lu}\p{L}+ (?:and )?){1,4}(?:Agency|Administration|Service|Bureau|Commission|Survey|Corps|Protection)|EPA|FEMA|NASA|NOAA|USDA|FDA|CDC)\b/u;

/** Words of a budget or its request, with which "for 2013" names a fiscal year. */
export const FEDERAL_BUDGET = /\b(?:budget|request|requests|spending|funding|appropriations?|wants|seeks|plan|savings|save|cuts)\b/i;

/** A fiscal year in an article about the US federal government is October to September ("down from $531 billion for fiscal 2012"). */
export function federalFiscal(text: string, t: TimeMention, published?: string): TimeMention {
  // (the mention's own words first: the article is searched for the government only for a candidate)
  if (!t.value) return t;
  // ("the plan aims to save $259 billion in the next five years": fiscal years from the next one)
  const ahead = /^(\d{4})\.\.(\d{4})$/.exec(t.value);
  if (ahead) {
    // ("during fiscal years 2012 through 2017": the words before the stretch say so)
    const fiscalYears = /\bfiscal\s+years\s+$/i.test(text.slice(Math.max(0, t.span.start - 14), t.span.start));
    // ("$96 million over four years": a sum's years to come are a budget's; elsewhere than in a budget it is said on its day)
    const funded = /^over\s+\S+\s+years$/i.test(t.text), sentence = sentenceAround(text, t.span);
    const planned = fiscalYears || funded || (/\b(?:next|coming)\b/i.test(t.text) && FEDERAL_BUDGET.test(sentence));
    if (planned && !funded && US_FEDERAL.test(text)) return { ...t, value: `${Number(ahead[1]) - (fiscalYears ? 1 : 0)}-10..${ahead[2]}-09` };
    if (!planned || fiscalYears || !published) return t;
    return financialYearsAhead(text, sentence, t, Number(ahead[1]), Number(ahead[2]), published) ?? (funded ? { ...t, value: published } : t);
  }
  if (!/^\d{4}$/.test(t.value)) return t;
  // ("the department seeks another $88 billion, down from $115 billion this year": a budget's year is
  // its fiscal one, the one running on the day of publication, or the one before or after it)
  const relativeYear = /^(?:this|last|next) year$/i.test(t.text);
  const fiscal = /\bfiscal\b|\bFY|\bbudget$/i.test(t.text);
  if ((!relativeYear && !fiscal) || !US_FEDERAL.test(text)) return t;
  const budgetYear = relativeYear && FEDERAL_BUDGET.test(sentenceAround(text, t.span));
  if (!budgetYear && !fiscal) return t;
  const fy = budgetYear && published && Number(published.slice(5, 7)) >= 10 ? Number(t.value) + 1 : Number(t.value);
  return { ...t, value: `${fy - 1}-10..${fy}-09` };
}

/** The sentence around a span (from the last full stop before it to the next after it). */
function sentenceAround(text: string, span: { start: number; end: number }): string {
  const start = Math.max(text.lastIndexOf('. ', span.start), text.lastIndexOf('\n', span.start)) + 1;
  const stops = [text.indexOf('. ', span.end), text.indexOf('\n', span.end)].filter((i) => i >= 0);
  return text.slice(start, stops.length ? Math.min(...stops) : text.length);
}

/** Words of New Zealand and Australia, whose governments' financial years run July to June. */
const JULY_TO_JUNE = /\b(?:New Zealand(?:ers?)?|Australia|Australians?|Kiwis?|Wellington|Canberra)\b|\b(?:NZ|A)\$/;
/** Words of the UK, whose financial year runs April to March (a UK text may name Australia too; "New South Wales" is Australian). */
const UK_WORDS = /\b(?:UK|Britain|British|England|English|Scotland|(?<!New South )Wales|Welsh|London|HMRC)\b|£/;

/** "2006/07" in a New Zealand or Australian text is July to June, not the UK's April to March. */
export function southernFinancialYear(text: string, t: TimeMention): TimeMention {
  const split = t.value && /\d{4}\s?[/–-]\s?\d\d\b/.test(t.text) ? /^(\d{4})-04\.\.(\d{4})-03$/.exec(t.value) : null;
  return split && JULY_TO_JUNE.test(text) && !UK_WORDS.test(text) ? { ...t, value: `${split[1]}-07..${split[2]}-06` } : t;
}

/**
 * "$4.09 billion over the next four years" in a New Zealand or Australian budget: its financial years, July to
 * June, from the one running or about to start when it is announced (a May budget's next July); the UK's April to March.
 */
function financialYearsAhead(text: string, sentence: string, t: TimeMention, from: number, to: number, published: string): TimeMention | undefined {
  // (a sum in the country's own money: "more than €1.4 billion" to a European agency is counted in calendar years)
  const start = UK_WORDS.test(text) ? (sentence.includes('£') ? 4 : undefined) : JULY_TO_JUNE.test(text) && sentence.includes('$') ? 7 : undefined;
  if (start === undefined) return undefined;
  const first = monthOf(published) < start - 3 ? from - 1 : from;
  return { ...t, value: `${first}-${pad2(start)}..${first + to - from}-${pad2(start - 1)}` };
}
