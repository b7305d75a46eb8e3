// A table or a chart's values set out one per short line, then credited on a line of its own
// ("Jordan: 94,454", "Turkey: 87,774", then "Source: UNHCR"): the lines above the credit are
// its source's, up to the prose or the heading before them.
import type { Span } from '../span';
import type { Cue } from './cues';
import { speakerTurns } from './speakerTurns';

/** A credit line: "Source: UNHCR", "Sources: Census Bureau, BLS." */
const CREDIT = /^(\s*Sources?\s*:\s*)(.*?\S)\s*\.?\s*$/;
/** A paragraph's last sentence telling who publishes its figures: "These figures are published by Eurostat, ..." (the source up to its apposition). */
const PUBLISHED_BY = /(?<=[.!?]\s+)(?:These|The|Those)\s+(?:figures|data|statistics|estimates|numbers)\s+(?:are|were|have\s+been)\s+(?:published|released|produced|compiled)\s+by\s+([^,.;]+?)(?=\s*(?:,[^.]*)?\.?\s*$)/;
/** Lines longer than this are prose, which a credit line does not reach past (nor a sentence). */
const SHORT_LINE = 100;
/** How many lines above it a credit reaches at most. */
const REACH = 40;

/**
 * For each line (by its start) that a later credit line or a speaker turn covers, a cue whose source is what that line credits
 * (`outlet`, the front matter's: an institution crediting itself at the end of its own note speaks for the note).
 */
export function creditedLines(text: string, lines: readonly { span: Span }[], outlet?: string): Map<number, Cue> {
  const out = new Map<number, Cue>();
  lines.forEach((line, i) => {
    // ("... from 10.6% in January 2014. These figures are published by Eurostat, the statistical office of the EU.": its paragraph's)
    const back = i > 0 ? PUBLISHED_BY.exec(text.slice(line.span.start, line.span.end)) : null;
    if (back) {
      const start = line.span.start + back.index + back[0].length - back[1]!.length;
      out.set(line.span.start, { cue: { start: start - 3, end: start }, source: { start, end: start + back[1]!.length }, direction: 'before' });
    }
    const m = CREDIT.exec(text.slice(line.span.start, line.span.end));
    if (!m || i === 0) return;
    const start = line.span.start + m[1]!.length;
    const cue: Cue = { cue: { start: line.span.start, end: start }, source: { start, end: start + m[2]!.length }, direction: 'before' };
    // (the headline, line 0, is never a table row)
    for (let k = i - 1; k > 0 && i - k <= REACH; k--) {
      const row = text.slice(lines[k]!.span.start, lines[k]!.span.end).trim();
      // (a sentence, however short, is prose: rows and headings end without a full stop)
      if (row.length > SHORT_LINE || CREDIT.test(row) || /[.!?]["”’]?$/.test(row)) {
        if (k === i - 1) creditProse(text, lines, k, cue, out, selfCredit(m[2]!, outlet));
        break;
      }
      if (row !== '') out.set(lines[k]!.span.start, cue);
    }
  });
  // (a transcript's speaker turns credit their lines too, where no credit line does)
  for (const [start, cue] of speakerTurns(text, lines)) if (!out.has(start)) out.set(start, cue);
  return out;
}

/**
 * Prose right above a credit line is its source's when a heading (a short line with no full stop,
 * not the headline) opens it: a statistics note ("QuickStats: ...", "June 26, 2020", two
 * paragraphs, "Source: National Health Interview Survey"). Prose that runs up to the headline is
 * the article's own, whatever a closing credit says.
 */
function creditProse(text: string, lines: readonly { span: Span }[], last: number, cue: Cue, out: Map<number, Cue>, self: boolean): void {
  const block: number[] = [];
  for (let k = last; k > 0 && last - k < REACH; k--) {
    const row = text.slice(lines[k]!.span.start, lines[k]!.span.end).trim();
    if (CREDIT.test(row)) return;
    const heading = row !== '' && row.length <= SHORT_LINE && !/[.!?:]["”’]?$/.test(row);
    if (heading) { for (const start of block) out.set(start, cue); return; }
    if (row !== '') block.push(lines[k]!.span.start);
  }
  // (up to the headline: "Source: National Center for Health Statistics, ..." under an NCHS note is its own note's credit)
  if (self && block.length < REACH) for (const start of block) out.set(start, cue);
}

/** True when a credit names the outlet that publishes the text ("National Center for Health Statistics, National Health Interview Survey" in an NCHS outlet). */
function selfCredit(credit: string, outlet: string | undefined): boolean {
  const name = credit.split(/,\s*/)[0]!.trim();
  return !!outlet && name.length >= 6 && /\s/.test(name) && outlet.toLowerCase().includes(name.toLowerCase());
}
