// Time mentions read together: a part of a period ("the first 15 months of the 2015-2016 cycle")
// and two times joined into the stretch they bound ("between the first quarter of 2023 and the
// first quarter of 2024", "October 1, 2015 to September 30, 2016"). Split from timex.ts.
import { NUMBER_WORDS, WORD_NUMBERS } from './stretches';
import { pad2 } from './calendar';
import type { TimeMention } from './timex';

/** "the first 15 months of", "the last few months of" (three), "the first three quarters of" (nine), "the final quarter of", "the first month of": the words before a period that take part of it (compiled once: every mention is tested). */
const PART_OF = new RegExp(`\\bthe\\s+(first|last|final)\\s+(?:(\\d+|${NUMBER_WORDS}|few)\\s+(months|quarters)|quarter|(month))\\s+of\\s+(?:the\\s+)?$`, 'i');

/** "the first 15 months of the 2015-2016 election cycle": that part of the period (months only). */
export function partOf(text: string, t: TimeMention): TimeMention {
  const ofInside = /^of\s+/i.exec(t.text)?.[0].length ?? 0; // "of 2023" read as one mention
  const m = PART_OF.exec(text.slice(Math.max(0, t.span.start - 40), t.span.start + ofInside));
  if (!m || !t.value) return t;
  // ("the first month of the new fiscal year": one month)
  const count = m[4] ? 1 : m[2] === undefined || /^few$/i.test(m[2]) ? 3 : /^\d+$/.test(m[2]) ? Number(m[2]) : WORD_NUMBERS[m[2].toLowerCase()]!;
  const n = m[3] && /^quarters$/i.test(m[3]) ? count * 3 : count;
  const [from, to] = [t.value.split('..')[0]!, t.value.split('..').pop()!];
  const month = (v: string, end: boolean) => (v.length >= 7 ? Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1 : Number(v) * 12 + (end ? 11 : 0));
  const first = month(from, false);
  const last = month(to, true);
  if (n < 1 || n > last - first + 1) return t;
  const [a, b] = m[1]!.toLowerCase() === 'first' ? [first, first + n - 1] : [last - n + 1, last];
  const ym = (k: number) => `${Math.floor(k / 12)}-${pad2((k % 12) + 1)}`;
  const start = t.span.start + ofInside - m[0].length;
  return { ...t, span: { start, end: t.span.end }, text: text.slice(start, t.span.end), value: a === b ? ym(a) : `${ym(a)}..${ym(b)}` };
}

/**
 * "between the first quarter of 2023 and the first quarter of 2024", "from May 2023 to May
 * 2024": two times joined into the stretch they bound, one mention.
 */
export function joinSpans(text: string, times: TimeMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  for (let i = 0; i < times.length; i++) {
    const a = times[i]!;
    const b = times[i + 1];
    // (two whole days: the lead word may open the first mention itself, and the first day's year is set off by a
    // comma, "from July 1, 2016, to July 1, 2017"; a month "from December 2018 to December 2019" stays its own)
    const wholeDays = !!b && a.value?.length === 10 && b.value?.length === 10;
    // ("From November 2015 to October 2016, an estimated 9.5% ...": two months of different names, read as one stretch;
    // not the same month a year apart, a change's two ends)
    const months = !!b && /^\d{4}-\d{2}$/.test(a.value ?? '') && /^\d{4}-\d{2}$/.test(b.value ?? '') && a.value!.slice(5) !== b.value!.slice(5);
    const lead = (wholeDays || months) && /^(?:between|from)\s/i.test(a.text) ? [''] : /\b(between|from)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, a.span.start - 12), a.span.start));
    // ("Oct. 1, 2015 through Sept. 30, 2016": the second mention may hold the joining word itself)
    const gap = b ? text.slice(a.span.end, b.span.start).replace(/^,(?=\s)/, wholeDays ? '' : ',') + (/^(?:to|through|until)\s+/i.exec(b.text)?.[0] ?? '') : '';
    // two whole dates need no lead: "spanned October 1, 2015 to September 30, 2016"
    const days = wholeDays && /^\s*(?:to|through|until|[-–])\s*$/i.test(gap);
    const joined = b && (lead || days) && !a.since && /^\s*(?:(?:and|to|through|until)\s+(?:the\s+)?|[-–]\s*)$/i.test(gap);
    if (!joined || a.value === undefined || b.value === undefined) { out.push(a); continue; }
    const from = a.value.split('..')[0]!;
    const to = b.value.split('..').pop()!;
    const start = a.span.start - (lead?.[0]?.length ?? 0);
    if (to > from) out.push({ span: { start, end: b.span.end }, text: text.slice(start, b.span.end), value: `${from}..${to}`, relative: a.relative || b.relative, since: false });
    else out.push(a, b);
    i++;
  }
  return out;
}
