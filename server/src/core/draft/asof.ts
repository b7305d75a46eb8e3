// As of when a figure holds (docs/annotate.md, "As of when"): the time right after or before
// it, else the nearest in its sentence that is not a comparison's base, else the paragraph's;
// running totals take the time of their statement; a report's headline period dates the rest.
import type { Span } from '../span';
import type { Article } from '../model/article';
import { addDays, daysBetween, lastDayOfMonth, parseAsOf } from '../base/dates';
export { openingTime } from './openingTime';
import { NUMBER_WORDS, WORD_NUMBERS } from './stretches';
import { previousMonth } from './calendar';
import type { Cue } from './cues';
import type { Frame } from './facts';
import { findTimeMentions, MONTHS, type TimeMention } from './timex';
import { aheadNotCarried, saysNow } from './aheadTimes';
import { givesDimension } from './dimensions';
import { presentAfterDay } from './presentTense';
import { respectiveTime } from './respectively';
import { standingTarget } from './standingTarget';
import { plannedNow } from './plannedNow';
import { fiscalYearBefore } from './fiscalLastYear';
import { changeFromYear } from './changeFromYear';
import { levelAtEnd } from './levelAtEnd';
import { yearsBackFrom } from './yearsBack';
import { whenClauseTime } from './whenClause';
import { partWholeEnd } from './partOfWhole';
import { sinceMonthBefore } from './monthOnMonth';
import { AGO, agoBaseOf, reportMonthsOf } from './reportMonths';
import { BRACKET_LIST, datesDocument, inOwnClauseAfter, inParticiple, inRelativeClause, isCutOff, releasedOn } from './timeClauses';

/** True when a time mention is the time of the statement ("said Thursday", "on Thursday warned"). */
export function isNearCue(t: TimeMention, cues: readonly Cue[]): boolean {
  // (a time right before a cue whose source follows it ends what is told: "... in August, according to a source")
  return cues.some((c) => (t.span.start >= c.cue.end && t.span.start - c.cue.end <= 3) || (c.cue.start >= t.span.end && c.cue.start - t.span.end <= 2 && c.source.start < c.cue.start)
    || (c.source.end <= t.span.start && t.span.end <= c.cue.start)
    // "Friday's report from the Labor Department says": a time inside the source dates the statement
    || (c.source.start <= t.span.start && t.span.end <= c.source.end));
}

/** Between a change's time and the level it reached: " to ", " to a nationwide total of ". */
const LEVEL_REACHED = /^\s*to\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}of\s+)?(?:about|nearly|some|almost|roughly|more than|over)?\s*$/iu;

/** The as-of of a figure: the event's time, or for running totals the statement's; else a time carried from the paragraph. */
export function asOfFor(text: string, figure: Span, times: readonly TimeMention[], cue: Cue | undefined, frame: Frame, carriedIn?: string, report?: string, published?: string): string | undefined {
  // ("the ninth month in a row with greater than 200,000 new jobs", in a statement on October's report: the months up to October)
  // ("exports increased by 2.6 percent to $136.8 billion since September", in a report on October: the month reported)
  if (sinceMonthBefore(text, figure, times, report)) return report;
  const months = reportMonthsOf(text, figure, times, report);
  if (months) return months;
  // ("In 1998 and 1984 there were 132 and 122 deaths, respectively": each its own time)
  const each = respectiveTime(text, figure, times);
  if (each) return each;
  const when = whenClauseTime(text, figure, times);
  if (when) return when;
  // ("compared to 7.2 percent a year ago": the base is a year before the time its sentence gives, not a year before publication, moved back again)
  times = times.filter((t) => !agoBaseOf(text, figure, t));
  const found = levelAtEnd(text, figure, frame, times, timeOfFigure(text, figure, times, cue, frame, carriedIn, report, published));
  // ("over last year's collections of $9.5 million", in a report on a fiscal year: the fiscal year before)
  // ("growth well below the average over the past 4 years", in an undated report on 2017-18: the four years to it)
  const value = yearsBackFrom(text, figure, times, frame, fiscalYearBefore(found, times, report) ?? changeFromYear(text, figure, times, frame, found) ?? found, report);
  // ("1.4 million referrals in the past year", said in May: the year up to the month it was said; a monthly
  // report's "past year" ends with the month it reports, the one before)
  // (nor where the article names that month: "payrolls rose 74,000 in December", published in January)
  if (report !== undefined || !published || !value?.endsWith(`..${previousMonth(published)}`) || MONTH_NAMED[Number(previousMonth(published).slice(5)) - 1]!.test(text)) return value;
  return times.some((t) => t.value === value && PAST_STRETCH_TEXT.test(t.text)) ? `${value.split('..')[0]}..${published.slice(0, 7)}` : value;
}

/** A period a total is counted in: "in 2013", "during the quarter", and a quarter the text writes short after "in", "in Q2 2016", "in the year to Q2 2016". */
function countedWithin(text: string, t: TimeMention): boolean {
  return /^(?:in|during)\s/i.test(t.text) || /\b(?:in|during)\s+(?:the\s+year\s+to\s+)?$/i.test(text.slice(Math.max(0, t.span.start - 20), t.span.start));
}

/** A goal or target a figure is the aim of: "goal of ensuring", "target of", "aims to". */
const GOAL_BEFORE = /\b(?:goals?|targets?|aims?|ambitions?|commitments?|pledges?)\s+(?:is\s+|was\s+)?(?:of|to)\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** What a figure's subject is expected or due to do by a deadline: "customers are expected to file ... by". */
const EXPECTED_BY = /^\s+(?:[\p{L}-]+\s+){0,3}(?:are|is)\s+(?:expected|due|required)\s+to\s/iu;

/** Each month's name as a capitalised word ("December"; "may" the verb is no month), from timex's names, built once. */
const MONTH_NAMED = Array.from({ length: 12 }, (_, i) => {
  const name = Object.keys(MONTHS).find((k) => MONTHS[k] === i + 1)!;
  return new RegExp(`\\b${name[0]!.toUpperCase()}${name.slice(1)}\\b`);
});

/** The words of a stretch counted back from publication ("the past year", "the last 12 months"). */
const PAST_STRETCH_TEXT = /\b(?:past|last|previous|preceding)\s+(?:year|\d+\s+months|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+months)\b/i;

function timeOfFigure(text: string, figure: Span, times: readonly TimeMention[], cue: Cue | undefined, frame: Frame, carriedIn?: string, report?: string, published?: string): string | undefined {
  const until = report ?? published;
  // ("The space market ... is already worth an estimated $18 billion", "The UAE accounts for at least 40%": the present, whatever time the sentence before lent)
  // (nor what a source "told me": the writer's interview, not the past the paragraph opened with)
  const toWriter = cue !== undefined && /^\s+(?:me|us)\b/i.test(text.slice(cue.cue.end, cue.cue.end + 4));
  const leading = clauseBefore(text, figure);
  const present = PRESENT.test(leading);
  // ("NASA plans to launch in 2019. NASA is working on two concepts": a future lent to a sentence in the present is not its time)
  // (nor to a thing's size: "carriers more than 46 meters wide", after "The canal opens on Sunday")
  // (nor a past day to a figure told in the present: "The president's request for NASA is $17.6 billion")
  // (nor a yearly rate told as such: "41,730 people died in 2001. Crashes cost the nation more than $230 billion annually")
  const carried = presentAfterDay(leading, carriedIn) || present || toWriter || saysNow(text, figure) || givesDimension(text, figure) || aheadNotCarried(text, figure, carriedIn, published)
    || /^\s*(?:[\p{L}-]+\s+)?annually\b/iu.test(text.slice(figure.end, figure.end + 30)) || plannedNow(leading, carriedIn, published) ? undefined : carriedIn;
  // ("rate is now the fifth lowest in the OECD, below the United Kingdom (5.0 percent)": a level said to hold now; not a change, nor what "remains")
  const now = present && !frame.change && NOW.test(leading) && !ON_PERIOD_BEFORE.test(text.slice(figure.end, figure.end + 60));
  // ("will reduce from the current 9,000 to around 5,200 by the end of this year": what is current holds when it is said)
  if (/\b(?:current|present|today[’']s)\s+(?:level\s+of\s+)?$/i.test(text.slice(Math.max(0, figure.start - 24), figure.start))) return published;
  // ("the Government’s goal of ensuring 80 per cent of students are present ... by 2030": a goal's figure holds at its deadline)
  // ("More than 12 million customers are expected to file a return for the 2021 to 2022 tax year by 31 January 2023": so does what is expected by a day)
  const deadline = times.find((t) => t.value !== undefined && t.span.start >= figure.end && !/[.;!?]\s/.test(text.slice(figure.end, t.span.start)) && (/^by\s/i.test(t.text) || /\bby\s+$/i.test(text.slice(t.span.start - 4, t.span.start))));
  if (deadline && (GOAL_BEFORE.test(leading) || EXPECTED_BY.test(text.slice(figure.end, deadline.span.start)))) return deadline.value;
  const resolved = times.filter((t) => t.value !== undefined && !t.since);
  const statement = resolved.find((t) => cue && isNearCue(t, [cue]) && !inRelativeClause(text, t, figure));
  // ("below the endorsed target of at least 3,000 monthly relocations": a standing target with no time of its own holds when it is said)
  if (!deadline && standingTarget(text, figure, leading, times)) return statement?.value ?? published;
  // "up 3.4 percent from June 2023": a comparison's base is not the figure's time, unless the figure is the base ("from 18 mpg in 2010")
  // ("the 122 candidates running for Senate in 2016 reported $213.1 million": a participle's time dates its noun, not the figure)
  // ("The mayor, who took office in 2019, said ...": a relative clause's time dates its own clause)
  // ("lost more than 40% of the territory it took ... in August": a clause of its own after the figure dates what it tells)
  // ("Based on conditions as of September 1, yields are expected to average ...": the time of what a forecast rests on)
  // ("Today's jobs report announced a 3.6% unemployment rate": in a report on a period, the day of the document, not of its figures)
  const events = resolved.filter((t) => t !== statement && !isComparisonBase(text, t, figure) && !inParticiple(text, t) && !(report && datesDocument(text, t)) && !inRelativeClause(text, t, figure) && !inOwnClauseAfter(text, t, figure)
    && !/\bbased\s+on\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(Math.max(0, t.span.start - 40), t.span.start))
    // ("statistics, released by the ONS on Monday, 11 June, UK exports rose ...": the day of the release, not of what it counts)
    && !(t.span.end <= figure.start && releasedOn(text.slice(Math.max(0, t.span.start - 60), t.span.start)))
    // ("raised the minimum wage to $18.90 on 1 April, but the overall LCI rose only 0.2 percent": a clause set against the time's;
    // not one that speaks of the same: "rose in October to 81,000, but this is still a fifth lower")
    && !(t.span.end <= figure.start && /,\s+(?:but|whereas|although|though)\s+(?!(?:this|that|it|these|those)\b)/i.test(text.slice(t.span.end, figure.start))));
  // "the revised May estimate of 1,314,000", "from February 2019 (63.3M)": a time right before a figure names its period
  // ("an increase from 2018 (92% and 85%, respectively)": and each figure the bracket lists)
  // ("rose by 31,000 last week to a nationwide total of 313,000": the level reached holds for the change's time;
  // not "from 562,000 today to 490,000 by 2017", a change from one time to another)
  // ("ranging from a low of 84 in 2011 to a high of 245 in 2012": not the time of the figure moved from, where one follows this one)
  const rightAfter = resolved.some((t) => t.span.start >= figure.end && /^\s*$/.test(text.slice(figure.end, t.span.start)) && /^(?:in|during)\s/i.test(t.text));
  const ownBefore = resolved.find((t) => t.span.end <= figure.start && !(rightAfter && /^\s*to\s/i.test(text.slice(t.span.end, figure.start))) && (/^(?:[’']s)?\s*(?:[\p{L}-]+\s+){0,3}(?:of|was|were|at|is|are|\()\s*(?:only|just|some|nearly|almost)?\s*$/u.test(text.slice(t.span.end, figure.start)) || BRACKET_LIST.test(text.slice(t.span.end, figure.start))
    || (LEVEL_REACHED.test(text.slice(t.span.end, figure.start)) && !/\b(?:from|since|than)\b/i.test(text.slice(Math.max(0, t.span.start - 40), t.span.start) + t.text))));
  if (ownBefore) return ownBefore.value;
  // ("inflation jumped to 12.7% in March, well above the bank's 2% target": a standing goal holds when it is said;
  // not "a target of 5% by 2035", which names its own time)
  if (/^\s+(?:inflation\s+)?target\b/i.test(text.slice(figure.end, figure.end + 20))) return statement?.value ?? published;
  // "Over the past 12 months, earnings have risen by 1.8 percent": a stretch of time the sentence names
  // (not past a time nearer the figure: "the revisions for October and November, which increased employment by 38,000 ..., over the past 3 months"; nor back from a year named first: "In 2018, the share who had care during the past 12 months increased")
  const stretchAt = times.find((t) => t.value !== undefined && !t.since && STRETCH.test(t.text));
  const stretch = stretchAt && !events.some((t) => t !== stretchAt && !STRETCH.test(t.text) && (distance(t.span, figure) < distance(stretchAt.span, figure) || (/^\d{4}$/.test(t.value!) && t.span.end <= stretchAt.span.start))) ? stretchAt : undefined;
  // (the change's verb is before the figure either way: "we've added 1.9 million jobs over the past year")
  if (stretch && (frame.change || CHANGE_VERB.test(text.slice(Math.max(0, Math.min(stretch.span.end, figure.start - 40)), figure.start)))) return stretch.value;
  // "Since a recent low in December 2009, employment has increased by 319,000": a change since a time spans to now
  // ("has declined by 0.6 percentage point since August": the time may follow the figure too)
  // (not one that dates another clause: "a hike of 0.75 points to 5.75% was the eighth increase since June")
  // (nor one in an apposition after a comma: "lost 3.2 percent, its worst day since 2012")
  // ("an increase of 7,493 (33.4%) from 29 February 2020", under "As at 30 June 2020:": a change from a day spans to the time lent; "up 3% from 2014" is a year's)
  const since = times.find((t) => t.since && t.value !== undefined && (t.span.end <= figure.start || !/\d|[,;]|\b(?:was|is|were|are|has|have)\b/i.test(text.slice(figure.end, t.span.start))))
    ?? (frame.change && carried ? times.find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.value ?? '') && !t.since && t.span.start > figure.end && /^\s*(?:\([^()]*\)\s*)?(?:from|(?:higher|lower)\s+than(?:\s+at)?)\s+$/.test(text.slice(figure.end, t.span.start))) : undefined);
  if (since && (frame.change || CHANGE_VERB.test(text.slice(Math.min(since.span.end, figure.end), Math.max(since.span.start, figure.start))))) {
    const from = since.value!.split('..')[0]!;
    const to = ((since.since ? until : carried) ?? '').split('..').pop();
    if (to && to > from) return `${from}..${to}`;
  }
  // "reduced by 55% since the target was set, from 60,684 in March 2022 to 27,400 in March this year": a change between two times spans them
  if (frame.change) {
    const [from, to] = resolved.filter((t) => t.span.start > figure.end).sort((a, b) => a.span.start - b.span.start);
    const span = from && to && /\bfrom\s/i.test(text.slice(figure.end, from.span.start)) && /\sto\s/.test(text.slice(from.span.end, to.span.start)) && !/[;.]\s/.test(text.slice(figure.end, to.span.start)) ? `${from.value!.split('..')[0]}..${to.value!.split('..').pop()}` : undefined;
    if (span && span.split('..')[0]! < span.split('..')[1]!) return span;
  }
  // ("more than 40% of the territory it seized in August": a clause of its own in between dates something else)
  // (nor past another figure: "in at least four states with a dozen more to follow by mid-October" dates the dozen)
  // ("$34.437 billion of their $41.941 billion total income to the Treasury during 2007": a part's time is its whole's)
  const own = ((from: number) => events.find((t) => t.span.start >= from && t.span.start - from <= 40 && !/[,;]|\b(it|they|he|she|which|that|who|we)\b|\b(?:with|while|plus)\s+(?:another\s+|a\s+|an\s+)?(?:\d|dozens?\b|hundreds?\b|thousands?\b|(?:two|three|four|five|six|seven|eight|nine|ten)\b)/i.test(text.slice(from, t.span.start))))(partWholeEnd(text, figure.end));
  // "fell from 9.0 to 8.6 percent in November": the figure moved from is the period before
  // ("fell 8.5% in the June quarter, from 86,000 to 79,000": or the time named before it in its sentence)
  const movedFrom = /\bfrom\s+$/i.test(text.slice(Math.max(0, figure.start - 8), figure.start)) && /^\s*(?:percent|%)?\s+to\s+\S*\d/i.test(text.slice(figure.end, own ? own.span.start : figure.end + 24));
  const movedIn = own ?? (movedFrom ? events.filter((t) => t.span.end <= figure.start).pop() : undefined);
  if (movedIn && movedFrom) {
    const before = periodBefore(movedIn.value!);
    if (before) return before;
  }
  // ("The Welsh Government yesterday announced £157 million of new funding to support ... this year": what is announced holds on the day)
  // (not data it announced for a period named before the figure: "announced today that e-commerce sales for the second quarter were $15.7 billion")
  if (!own && statement && cue && /^announc/i.test(text.slice(cue.cue.start, cue.cue.end)) && cue.cue.end <= figure.start && !resolved.some((t) => t.span.start >= cue.cue.end && t.span.start < figure.start)) return statement.value;
  // ("The death toll rose to at least 40 on Saturday": a running total's own day right after it dates it)
  // ("A total of 4,405 fatal work injuries were recorded in 2013": a total counted over a year, a month or a quarter is of that period)
  if (own && (frame.kind !== 'cumulative' || (/^(?:on|by|as of)\b/i.test(own.text) && own.span.start - figure.end <= 3) || (countedWithin(text, own) && /^\d{4}(?:-\d\d)?(?:\.\.\d{4}(?:-\d\d)?)?$/.test(own.value!)))) return own.value;
  // "By the end of the month, early voting will be underway in at least four states ...": a time that opens
  // the sentence before a comma dates its main clause, over a nearer one that dates another figure
  const opening = events.find((t) => t.span.end <= figure.start && /(?:^|[.!?]["”]?\s+|\n)(?:by|at|in|on|until|before|as of|during)?\s*$/i.test(text.slice(Math.max(0, t.span.start - 12), t.span.start)) && /^\s*,/.test(text.slice(t.span.end, t.span.end + 3)));
  if (opening && frame.kind !== 'cumulative' && !own) return opening.value;
  // ("accounts for about 70 percent of the economy, and the government said it surged 3.4 percent in the first quarter":
  // a time past a clause of its own with a figure of its own dates that figure)
  const nearest = events.filter((t) => !(t.span.start >= figure.end && LATER_CLAUSE.test(text.slice(figure.end, t.span.start))))
    .sort((a, b) => distance(a.span, figure) - distance(b.span, figure))[0];
  // a running total holds when it is stated: other times in the sentence date its start or its events
  // ("in data through Thursday", "as of October 23": a stated cut-off dates a running total before the day it was said)
  // ("As of July 20, the department has designated 1,055 counties": the mention reads "of July 20")
  const cutOff = resolved.find((t) => isCutOff(text, t));
  // ("have been killed in the conflict over the last three months": a running total within a stretch counts the stretch)
  // (counted in days up to the statement: a running count is no monthly report's whole months)
  // ("A preliminary total of 4,405 fatal work injuries were recorded in the United States in 2013": a year or month its clause counts it in, further on)
  const countedIn = events.find((t) => t.span.start >= figure.end && t.span.start - figure.end <= 90 && countedWithin(text, t) && /^\d{4}(?:-\d\d)?(?:\.\.\d{4}(?:-\d\d)?)?$/.test(t.value!) && !/[,;]|\.\s/.test(text.slice(figure.end, t.span.start)));
  if (frame.kind === 'cumulative') return cutOff?.value ?? (stretch && !inOwnClauseAfter(text, stretch, figure) ? daysOfStretch(stretch, published) ?? stretch.value : undefined) ?? countedIn?.value ?? statement?.value ?? events.find((t) => /^(by|as of)\b/i.test(t.text))?.value;
  // ("Loans to China total $30bn to date": a total of any unit holds when it is said, whatever time came before)
  // ("To date, EPA has dedicated more than $29 million": so before it too, whatever day the sentence before named)
  if (!nearest && (/^\s*(?:\w+\s+){0,3}?(?:to date|so far|thus far)\b/i.test(text.slice(figure.end, figure.end + 40)) || /(?:^|[.!?]\s|\n)\s*(?:to date|so far|thus far)\b[^.!?\n]*$/i.test(text.slice(Math.max(0, figure.start - 300), figure.start)))) return statement?.value ?? published;
  // a report's figures hold for its period, not the day it was said ("Friday's report says the rate fell to 8.5 percent")
  const byReport = report !== undefined && cue !== undefined && DOCUMENT_SOURCE.test(text.slice(cue.source.start, cue.source.end));
  // "forecast at 14.4 billion bushels, up 3 percent from 2013" (published 2014): compared with a year, it is the next year's
  // (in a monthly report, "compared to 7.2 percent a year ago" is the report's month against the same month a year before)
  const yearOf = nearest || (report !== undefined && resolved.some((t) => AGO.test(t.text) && isComparisonBase(text, t, figure))) ? undefined : yearAfterBase(text, figure, resolved, published);
  const value = nearest?.value ?? yearOf ?? (byReport ? carried ?? report : statement?.value ?? carried) ?? (now ? published : undefined);
  // ("the trade deficit narrowing by £6.7 billion from £37.5 billion to £30.8 billion", in a report on the year to April:
  // the figure moved from is of the period before the one the report or the paragraph dates)
  // (not a time the paragraph lent: "raised the albedo of late-winter pond ice from 0.1-0.2 to 0.3-0.4" is one winter's before and after)
  if (movedFrom && !movedIn && report !== undefined && (value === undefined || value === report)) return periodBefore(report) ?? value;
  return value;
}

/** The year after a base year one or two before publication, when the figure is compared with it ("up 3 percent from 2013", "from last year") and names no time of its own. */
function yearAfterBase(text: string, figure: Span, times: readonly TimeMention[], published: string | undefined): string | undefined {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  // ("the 15 percent poverty rate, virtually unchanged from 2011", published in 2013: last year's annual figure)
  // (not what it is likened to: "£1,000, similar to the support provided ... last year" is this year's)
  const base = times.find((t) => (t.value === String(year - 1) || t.value === String(year - 2)) && isComparisonBase(text, t, figure) && !LIKENED.test(text.slice(figure.end, t.span.start)));
  return base ? String(Number(base.value) + 1) : undefined;
}

/** The month, year or stretch of months before one ("2011-11" → "2011-10", "2006-04..2006-06" → "2006-01..2006-03"); undefined for anything else. */
function periodBefore(value: string): string | undefined {
  if (/^\d{4}$/.test(value)) return String(Number(value) - 1);
  // ("fell 8.5% in the June quarter, from 86,000 to 79,000": a stretch of months moved from is the stretch before)
  const stretch = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(value);
  if (stretch) {
    const [from, to] = [Number(stretch[1]) * 12 + Number(stretch[2]) - 1, Number(stretch[3]) * 12 + Number(stretch[4]) - 1];
    const ym = (k: number) => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
    return to >= from && to - from < 12 ? `${ym(2 * from - to - 1)}..${ym(from - 1)}` : undefined;
  }
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month === 1 ? `${Number(m[1]) - 1}-12` : `${m[1]}-${String(month - 1).padStart(2, '0')}`;
}

/** A source that is a document, whose date is not its figures' ("Friday's report from the Labor Department"). */
const DOCUMENT_SOURCE = /\b(report|data|figures|statistics|survey|release|estimates?)\b/i;
/** A stretch of time up to now: "over the past 12 months", "in the last six months". */
const STRETCH = /\b(?:the\s+(?:past|last|previous|preceding)|past)\s+(?:\S+\s+)?(?:weeks?|months?|years?)\b/i;
/** Verbs of change over a stretch: "has increased by", "added", "shed". */
const CHANGE_VERB = /\b(?:increased|decreased|rose|risen|fell|fallen|grew|grown|declined|dropped|gained|lost|added|shed|cut|climbed|jumped)\b/i;

const COMPARISON = /\b(from|than|since|compared (?:with|to)|versus|vs\.?|above|below|over|the revised|similar to|in line with|the same as)\s+(?:both\s+)?(?:the\s+|a\s+|its\s+)?(?:revised\s+|comparable\s+|(?:start|beginning|end)\s+)?$/i;

/** True when a time mention is the base of a comparison the figure does not stand in. */
export function isComparisonBase(text: string, t: TimeMention, figure: Span): boolean {
  // ("grown from $718 million in fiscal 2021 to $1.5 billion": the from-figure's time, not the one it grew to)
  if (t.span.end <= figure.start && inFromPart(text, t)) return true;
  // "Turnout was 71%, up from 65% in 2018": a time after another figure that a comparison leads to is that figure's
  // (a figure, not a year: "the 8.8% increase from December 2018 to December 2019" is dated by both)
  if (t.span.start >= figure.end && /\b(?:from|than|compared (?:with|to)|versus)\s+[^,;]*?(?<![\d.])(?!(?:19|20)\d\d\b)\d[^,;]*$/i.test(text.slice(figure.end, t.span.start))) return true;
  // "from May 2023 to May 2024" bounds a stretch; it is no base
  if ((/^(?:from|between)\b.*\b(?:to|and|through|until)\b/i.test(t.text) || (/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, t.span.start - 9), t.span.start)) && /\b(?:to|and|through|until)\b/i.test(t.text))) && t.value?.includes('..')) return false;
  // "an increase of 9.0 percent as compared to the 14,950 fatalities that occurred in 2011"
  // ("down seven-tenths of one percent from the number reported in 2000", "38 cents above the level last summer")
  // ("payments of £500 and £1,000, similar to the support provided ... last year": the time of what it is likened to)
  // ("seven counties, nearly double the number of counties impacted a week ago", "up 7.9 percent from the same period in 2018")
  if (t.span.start >= figure.end && (/\b(compared (?:to|with)|than|versus|(?:from|above|below|over|under|double|triple|twice|half)\s+(?:the|its|their)\s+(?:same\s+)?(?:number|level|figure|total|count|amount|rate|one|period|time|month|quarter))\b/i.test(text.slice(figure.end, t.span.start)) || LIKENED.test(text.slice(figure.end, t.span.start)))) return true;
  // ("64%, an increase of 4 percentage points on last year’s final figure": a change "on" a time is measured from it)
  // (not "8,641 on Boxing Day": a day the figure happened on; the base is an earlier period's figure, "last year’s")
  if (t.span.start >= figure.end && /(?:^|points?|percent|per cent|%)\s*on\s+$/i.test(text.slice(figure.end, t.span.start)) && /^[’']s\b/.test(text.slice(t.span.end, t.span.end + 3))) return true;
  // the comparison word may open the time mention itself ("from February 2019")
  const lead = /^(from|than|since)\s+/i.exec(t.text);
  const end = t.span.start + (lead ? lead[0].length : 0);
  const before = text.slice(Math.max(0, end - 30), end);
  const m = COMPARISON.exec(before);
  // ("similar to August 2011 and May 2010": a base joined to another by "and")
  if (!m) return t.span.start >= figure.end && /\b(?:similar to|in line with|the same as|compared (?:with|to)|than|versus)\s+[^,;.]{1,30}\s+and\s+$/i.test(text.slice(Math.max(figure.end, t.span.start - 60), t.span.start));
  // ("grew by 0.1% over the first quarter": a part of the year after "over" is when it grew, not what it grew over)
  if (m[1]!.toLowerCase() === 'over' && /^(?:(?:in|over|during)\s+)?(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half|(?:\w+\s+)?months)\b/i.test(t.text)) return false;
  const wordAt = end - before.length + m.index;
  return !(wordAt <= figure.start && figure.end <= t.span.start);
}

/** A clause likening the figure to something else: ", similar to the support provided ...". */
const LIKENED = /,\s*(?:similar to|in line with|the same as|just as)\b/i;

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** Words of a figure that count votes: its share, its turnout, its seats. */
const VOTE_WORDS = /\b(?:votes?|voters?|turnout|ballots?|seats?|participation rate|polls?)\b/i;

/** True when a figure counts votes (a share of the vote, turnout, seats). */
export function countsVotes(frame: Frame): boolean {
  // ("the AKP had won 42 percent": a party's share of the vote)
  return VOTE_WORDS.test([...frame.noun, frame.head, ...frame.clause].join(' ')) || (frame.unit === 'percent' && frame.verbLemma === 'win');
}

/** A clause break, then a clause with a figure of its own: ", and the government said it surged 3.4 percent", ", as 114,000 census jobs ended between July and August", ", after requesting $500 million in March". */
// (or "and" with a change of its own, no comma: "2.4% in the previous quarter and an increase of 3.0% in the year to Q2 2015")
const LATER_CLAUSE = /[,;]\s+(?:and|but|while|whereas|although|(?:after|before)\s+[a-z]+ing|as(?!\s+(?:of|well|much|many|part|a|an|the)\b))\s[^,;]*\d|\sand\s+an?\s+(?:increase|decrease|rise|fall|gain|drop|decline)\s+(?:of\s+)?[-+]?[$£€]?\d/i;

/** A verb in the present with a word that says so: "is already worth", "are now", "currently has". */
const PRESENT = /\b(?:(?:is|are|has|have)\s+(?:already|now|currently|still)|(?:now|currently|today)\s+(?:is|are|has|have|stands?|totals?)|accounts\s+for|remains?|there\s+are)\b/i;

/** Right after a figure, a change on the period before: "up 22,000 from the previous quarter" (a report's). */
export const ON_PERIOD_BEFORE = /^[^.;]{0,40}\b(?:from|on|than|over)\s+(?:the\s+)?(?:prior|previous|preceding|last)\s+(?:week|month|quarter|year)\b/i;

/** A level said to hold now, in so many words: "is now", "currently has". */
const NOW = /\b(?:(?:is|are)\s+(?:now|currently)|(?:now|currently)\s+(?:is|are|has|have|stands?))\b/i;

/** The text of the figure's sentence before it (at most 200 characters). */
function clauseBefore(text: string, figure: Span): string {
  const before = text.slice(Math.max(0, figure.start - 200), figure.start);
  return before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
}

/**
 * What a sentence's times lend the sentences after it in the paragraph: the event time that dates
 * them (not a deadline: "Historically, only two named storms form on average by early August", "does
 * not form until October 4" date their own clause only), and the last time it names in any clause,
 * for a next sentence that opens "At the time" ("... Sultan Qaboos, who took power in 1970. At the
 * time, the nation had just 10 kilometers of paved roads": 1970).
 */
export function timesLent(text: string, times: readonly TimeMention[], cues: readonly Cue[]): { event?: string; last?: string } {
  // (nor a time that names a target: "VOA exceeded its fiscal year 2022 target" dates the target, not what follows)
  // (nor a running total's cut-off: "As of July 20, the department has designated ..." dates that total only)
  const deadline = (t: TimeMention) => /^(?:by|until|till)\b/i.test(t.text) || /\b(?:by|until|till|before)\s+$/i.test(text.slice(Math.max(0, t.span.start - 8), t.span.start)) || /^\s+(?:targets?|goals?)\b/i.test(text.slice(t.span.end, t.span.end + 8));
  // (nor a stretch, which dates its own clause's change: "killed over the last three months. Some estimates put the number at 50,000"; "run for the next two years")
  const event = times.find((t) => !t.since && !isCutOff(text, t) && !deadline(t) && !isNearCue(t, cues) && !STRETCH.test(t.text) && !/\bthe\s+(?:next|coming)\s/i.test(t.text) && datesWhatFollows(text, t))?.value;
  const last = [...times].reverse().find((t) => t.value !== undefined && !t.since)?.value;
  return { ...(event !== undefined && { event }), ...(last !== undefined && { last }) };
}

/**
 * True when a sentence's time dates the sentences after it in the paragraph: not a comparison's
 * base ("Assault rose 1.3% from 2018") nor a time of the background ("following his conviction
 * last August", "The fire, which began Tuesday").
 */
export function datesWhatFollows(text: string, t: TimeMention): boolean {
  // ("The market was started in 1996 ... It features 14 vendors": a founding dates the founding, not what it has now)
  return !inFromPart(text, t) && !/\b(?:was|were)\s+(?:first\s+)?(?:started|founded|established|created|launched|opened|built|set up|formed|introduced)\s+(?:in\s+)?$/i.test(text.slice(Math.max(0, t.span.start - 40), t.span.start)) && !/\b(?:from|than|since|compared (?:to|with)|versus|above|below)\s+(?:both\s+)?(?:(?:the|its|their|a|an)\s+)?$/i.test(text.slice(Math.max(0, t.span.start - 24), t.span.start))
    && !/^(?:from|than)\b/i.test(t.text) && !/\b(?:following|after|before|which|who)\s+(?:[\p{L}’'-]+\s+){0,3}$|\bcompared\s+(?:to|with)\s+the\s+(?:position|level|figure|number|total)\s+(?:at|in|on)\s+(?:the\s+)?(?:(?:end|close|start)\s+)?$/iu.test(text.slice(Math.max(0, t.span.start - 40), t.span.start))
    // (nor one in a clause of its own after a comma: "The Act, which the president signed into law on June 9, 1998,", "The strategy, adopted by the Council in June 2010,")
    && !/,\s+(?:which|who|announced|launched|introduced|unveiled|passed|signed|approved|published|released|founded|established|opened|built|created|enacted|adopted)\s+(?:[\p{L}’'-]+\s+){0,6}$/iu.test(text.slice(Math.max(0, t.span.start - 70), t.span.start))
    // ("the Rocky Fire that started about two weeks ago": a "that" clause after a name dates that name's start)
    && !/\b\p{Lu}\p{Ll}+\s+that\s+\p{Ll}+ed\s+(?:[\p{L}’'-]+\s+){0,3}$/u.test(text.slice(Math.max(0, t.span.start - 60), t.span.start))
    // ("larger than it was when the United States was attacked September 11, 2001": a clause's event, not the story's time)
    && !/\bwhen\s+(?:[\p{L}.’'-]+\s+){1,6}$/iu.test(text.slice(Math.max(0, t.span.start - 60), t.span.start));
}


/** "390 the previous week", "8.5 percent a year earlier": the stretch a comparison's base lies back. */
const BASE_BACK = /^\s*(?:(?!from\b|since\b|over\b|than\b)\w+\s+){0,2}?(?:(?:the\s+)?(?:previous|prior|preceding)\s+(week|month|quarter|year)|(?:a|one|the)\s+(week|month|quarter|year)\s+(?:earlier|before|ago))\b/i;

/**
 * The as-of of a comparison's base ("435 new cases, compared with 390 the previous week"): the
 * time the sentence gives (`value`) moved back by the stretch the text names after the figure;
 * undefined when no such stretch follows it or the value cannot move.
 */
export function baseAsOf(text: string, figure: Span, value: string | undefined, change: boolean): string | undefined {
  // (a change "from the prior month" spans to the sentence's time; it is no base)
  const m = value && !change ? BASE_BACK.exec(text.slice(figure.end, figure.end + 40)) : null;
  if (!m || !value) return undefined;
  const unit = (m[1] ?? m[2])!.toLowerCase();
  const back = (v: string): string | undefined => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return unit === 'week' ? addDays(v, -7) : unit === 'year' ? `${Number(v.slice(0, 4)) - 1}${v.slice(4)}` : undefined;
    if (/^\d{4}-\d{2}$/.test(v)) {
      const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : unit === 'year' ? 12 : 0;
      if (months === 0) return undefined;
      const n = Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1 - months;
      return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
    }
    if (/^\d{4}$/.test(v)) return unit === 'year' ? String(Number(v) - 1) : undefined;
    return undefined;
  };
  const parts = value.split('..').map(back);
  return parts.every((p) => p !== undefined) ? parts.join('..') : undefined;
}

/** "three months", "12 months": a count of months. */
const MONTHS_COUNTED = new RegExp(`\\b(\\d+|${NUMBER_WORDS})\\s+months\\b`, 'i');

/** A stretch of months counted back from the published day in days ("the last three months" on 24 April: 24 January to 24 April). */
function daysOfStretch(stretch: TimeMention, published: string | undefined): string | undefined {
  const m = MONTHS_COUNTED.exec(stretch.text);
  if (!m || !published) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : WORD_NUMBERS[m[1]!.toLowerCase()]!;
  const k = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1 - n;
  const year = Math.floor(k / 12);
  const month = (k % 12) + 1;
  const last = Number(lastDayOfMonth(year, month).slice(8));
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(last, Number(published.slice(8, 10)))).padStart(2, '0')}..${published}`;
}

/** A time inside a change's "from" part, dating the figure moved from: "from $718 million in 2021 to $1.5 billion". */
function inFromPart(text: string, t: TimeMention): boolean {
  return /^\s+to\s/i.test(text.slice(t.span.end, t.span.end + 5)) && /\bfrom\s+\S*\d[^,;.!?]{0,40}$/i.test(text.slice(Math.max(0, t.span.start - 60), t.span.start));
}
