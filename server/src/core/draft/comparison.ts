// Figures that speak of other figures in their sentence: a part of a whole ("12 of its last
// 14 matches") and a comparison's base ("$6.66bn, compared to $4.18bn"), which is the same
// quantity at another time.
import type { Span } from '../span';
import { readFigure } from '../figures/read';
import type { Frame } from './facts';

/** The words between a part and its whole: "15 of the 16", "12 of its last 14". */
export const PART_OF = /^\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?(?:(?:last|first|past|previous|next|latest|final)\s+)?$/i;

/** Words that make a figure the base another is compared with: "$6.66bn, compared to $4.18bn", "71%, up from 65%", "fell to 8.6% from 9.0%". */
const COMPARED_WITH = /^[\s,;(]*(?:(?:up|down|rising|falling|compared|as compared|against|versus|vs\.?)\s+)?(?:from|with|to|against|versus|vs\.?)?\s*(?:the\s+)?(?:about|some|nearly|roughly|around|almost|just|over|under|more than|less than)?\s*$/i;

/** A comparison opened after the first figure's clause: ", compared with", ", up from", ", versus". */
const COMPARED_AFTER_CLAUSE = /,\s*(?:(?:as\s+)?compared\s+(?:with|to)|up\s+from|down\s+from|versus|against)\s+(?:the\s+)?(?:about|some|nearly|roughly|around|almost|just|over|under|more than|less than)?\s*$/i;

/** The same change at the time before, after the first one's clause: "rose 4.2% in January following a", "advanced 6.5% ..., after rising". */
const FOLLOWED_AFTER_CLAUSE = /(?:,\s*|\s)(?:following|after)\s+(?:an?\s+|(?:rising|falling|increasing|decreasing|declining|gaining|growing|climbing|dropping|advancing|jumping|slipping)\s+(?:by\s+)?)$/i;

/** A change's base named by its time: "(±1.1%) above the revised August rate of", "below the September 2013 estimate of". */
const CHANGE_FROM_NAMED_BASE = /^\s*(?:\([^)]*\)\*?\s*)?(?:above|below|higher than|lower than|more than|less than)\s+the\s+(?:revised\s+)?(?:[\p{L}\d]+\s+){0,3}?(?:rate|estimate|figure|level|total|number|count|average)\s+of\s+$/iu;

/** A percentage change's base right after it: "down 8.8 percent from $377". */
const CHANGE_FROM = /^\s*(?:\([^)]*\)\*?\s*)?from\s+(?:the\s+)?(?:about|some|nearly|roughly|around|almost)?\s*$/i;

/**
 * The pending figure (index) that the figure at `span` is a comparison base of, in the same
 * sentence: the nearest one before it of the same unit, when only comparison words part them
 * ("Net profit is $6.66bn, compared to $4.18bn for 2008": one quantity at two times). A change
 * is no level: "rose 120,000 from 100,000" is no base unless it says "compared"; a change is the base of
 * the same change at the time before ("rose 4.2% in January following a 4.4% increase in December").
 */
export function comparedWith(text: string, span: Span, reading: ReturnType<typeof readFigure>, pending: readonly { span: Span; text: string; frame: Frame }[], sentenceStart: number): number | undefined {
  // (a margin of error, "(±1.1%)", is no figure compared)
  let k = pending.length - 1;
  while (k >= 0 && /[±]\s*$/.test(text.slice(Math.max(0, pending[k]!.span.start - 2), pending[k]!.span.start)) && pending[k]!.span.start >= sentenceStart) k--;
  const prev = pending[k];
  if (!prev || prev.span.end < sentenceStart || !reading.ok) return undefined;
  const gap = text.slice(prev.span.end, span.start);
  // "... a rate of 1,018,000. This is 1.5 percent (±1.1%) above the revised August rate of 1,003,000":
  // the base is the level the change is of, the latest one before it in the same unit
  // (and so is "$344 ..., down 8.8 percent from $377": the level the change is from, in the unit of the level before it)
  if (prev.frame.unit === 'percent' && (CHANGE_FROM_NAMED_BASE.test(gap) || (prev.frame.change && reading.value.unit !== 'percent' && CHANGE_FROM.test(gap)))) {
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      const level = pending[j]!;
      const r = readFigure(level.text);
      if (!level.frame.change && r.ok && r.value.unit === reading.value.unit) return j;
    }
  }
  // (words of the first figure's clause may come between: "27% of respondents reported short sleep, compared with 22%")
  const tight = gap.length <= 40 && COMPARED_WITH.test(gap) && /\b(?:from|compared|against|versus|vs)\b/i.test(gap);
  const followed = gap.length <= 100 && !/[;:.!?]/.test(gap) && FOLLOWED_AFTER_CLAUSE.test(gap);
  if (!tight && !followed && !(gap.length <= 100 && !/[;:.!?]/.test(gap) && COMPARED_AFTER_CLAUSE.test(gap))) return undefined;
  const before = readFigure(prev.text);
  if (!before.ok || before.value.unit !== reading.value.unit) return undefined;
  if (prev.frame.change && !followed && !/\b(?:compared|against|versus|vs)\b/i.test(gap)) return undefined;
  return k;
}
