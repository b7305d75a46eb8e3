// Whether a figure is a change ("rose by 120,000", "a 4.9 percent increase", "down 1.3%") rather
// than a level: the words right around it tell.

/** The words right before a figure that make it a change: "rose by", "increased", "a gain of", "added" (jobs), "down". */
const CHANGE_BEFORE = /\b(added|rose|fell|grow|shrink|shrank|shrunk|contracted|expanded|increased|decreased|grew|declined|dropped|jumped|climbed|gained|slipped|slid|increase|decrease|gain|drop|decline|rise|fall|change|hike|reduced|reduction|increases|decreases|rises|falls|grows|declines|drops|growing|rising|falling|increasing|decreasing|declining|dropping|climbing|jumping|growth)(\s+[a-z]+ly)?(\s+(by|of))?\s+(about|nearly|some|roughly|an?|another)?\s*$/i;
/** Market words that make a percentage a change: "lost 2.3%", "down 1.3%", "is 1.6% down" (not "lost 40% of the territory"). */
const MOVED_BEFORE = /\b(?:lost|down|up|shed|added|edged(?:\s+(?:up|down|higher|lower))?|surged|tumbled|plunged|soared|advanced|retreated|rallied|sank|slumped|dipped|rebounded)\s+(?:about|nearly|some|roughly|another|more than|over|almost)?\s*$/i;

/** The word of change right after a figure, as its noun: "a 4.9 percent increase", "a $2 billion cut" (not "two increases", a count). */
const CHANGE_AFTER = /^\s*(?:increase|decrease|rise|fall|drop|decline|gain|jump|hike|cut|reduction)\b/i;

/** A difference from another time right after a figure: "2,800 more teachers than last year", "27,000 more ... since 2010". */
export const MORE_THAN_AFTER = /^\s*(?:more|fewer|less)\b[^,;]*?\b(?:than\s+(?:last|a|the|in|at)\b|since)\b/i;

/** A verb of change with its object before a figure by which it changed: "cut its benchmark lending rate a sharp 1.5", "raised the fee by 10". */
const OBJECT_CHANGED_BEFORE = /\b(?:cut|cuts|raised|raises|lowered|lowers|reduced|reduces|hiked|hikes|trimmed|trims|slashed|slashes|boosted|boosts)\s+(?:its|their|the|his|her|our)\s+(?:[a-z-]+\s+){0,3}?(?:by\s+(?:about|nearly|some|roughly|almost|just|another)?|an?\s+(?:[a-z]+\s+)?)\s*$/i;

/** Up or down opening a bracket or a dash's clause, right before a figure: "(down 544 jobs)", "– down 1.7 percent". */
const APPENDED_MOVE = /[(–—]\s*(?:up|down)\s+(?:about|nearly|some|roughly|almost|just|another)?\s*$/i;

/** A percentage change and an opening bracket before a figure: "down 1.7 percent (", "rose 0.3 percent (". */
const COUNT_OF_PERCENT_CHANGE = /(?<!\bmade\s)\b(?:up|down|rose|fell|increased|decreased|grew|declined|dropped|climbed|gained)\s+(?:by\s+)?[\d.,]+\s*(?:percent|per cent|%)\s*\(\s*$/i;

/** True when a figure is a change: a verb of change right before it or its noun right after it, or (for a percentage) a market's move. */
export function changeOf(before: string, after: string, unit: string | undefined): boolean {
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after) || OBJECT_CHANGED_BEFORE.test(before)) return true;
  // ("$55.2 billion in June, down $0.2 billion from $55.5 billion": up or down by a figure from another is a change, in any unit)
  if (/\b(?:up|down)\s+(?:about|nearly|some|roughly|almost|just)?\s*$/i.test(before) && /^\s*from\b/i.test(after)) return true;
  // ("all industries – almost unchanged (down 544 jobs)", "primary industries – down 1,795 jobs": up or down opening a bracket or a dash's clause is a change, in any unit)
  if (APPENDED_MOVE.test(before)) return true;
  // ("down 1.7 percent (1,795 jobs)": a count in brackets after a percentage change is that change counted; "made up 24% (13,351)" is a share)
  if (COUNT_OF_PERCENT_CHANGE.test(before)) return true;
  // ("employment growth has averaged 157,000 per month": an average of changes is a change)
  if (/\b(?:growth|gains?|increases?|losses|declines?|changes?)\s+(?:has\s+|have\s+)?averaged\s+(?:about|nearly|some|roughly|almost|just)?\s*$/i.test(before)) return true;
  // ("1.5 percent (±1.1%) above the revised August rate": a margin of error in brackets may come between)
  return unit === 'percent' && !/^\s*of\b/i.test(after) && (MOVED_BEFORE.test(before) || /^\s*\)?\s*(?:\([^)]*\)\*?\s*)?(?:down|up|higher|lower|above|below)\b/i.test(after));
}

/** Words right before a change that say it went up ("up", "rose by", "an increase of"), or down. */
const UP_BEFORE = /\b(?:up|rose|risen|rising|increased|increasing|grew|grown|growing|gained|climbed|jumped|added|higher|increase|rise|gain|growth|surged|soared|advanced)(?:\s+(?:by|of|to))?\s+(?:about|nearly|some|roughly|almost|just|an?|another|more than|over)?\s*$/i;
const DOWN_BEFORE = /\b(?:down|fell|fallen|falling|decreased|decreasing|declined|declining|dropped|dropping|lost|shed|slipped|shrank|shrunk|contracted|lower|decrease|decline|drop|fall|loss|reduction|cut|tumbled|plunged|sank|slumped|dipped)(?:\s+(?:by|of|to))?\s+(?:about|nearly|some|roughly|almost|just|an?|another|more than|over)?\s*$/i;
/** The word of change right after a figure, its unit's words skipped: "1 percent higher", "a 7 percent increase", "14,000 fewer". */
const UP_AFTER = /^\s*(?:percent|per cent|%|percentage points?|points?)?\s*(?:increase|rise|gain|jump|higher|more|up|above)\b/i;
const DOWN_AFTER = /^\s*(?:percent|per cent|%|percentage points?|points?)?\s*(?:decrease|fall|drop|decline|cut|reduction|lower|fewer|less|down|below)\b/i;

/**
 * Which way a change went, by the words right around it ("(up 14,000", "a 7 percent decrease",
 * "+2.4%"), undefined when they do not say. A restatement keeps its direction: "up 14,000" in one
 * region and "down 14,000" in another are two changes.
 */
export function directionOf(before: string, after: string, figureSign = ''): 'up' | 'down' | undefined {
  if (/^\s*\+/.test(figureSign)) return 'up';
  if (/^\s*[−-]/.test(figureSign)) return 'down';
  const up = UP_BEFORE.test(before) || UP_AFTER.test(after);
  const down = DOWN_BEFORE.test(before) || DOWN_AFTER.test(after);
  return up === down ? undefined : up ? 'up' : 'down';
}
