// The text of a Claims tree row (label, description, tooltip lines) without VS Code, so it is
// unit-tested. Nothing here shortens an id: VS Code ellipsizes a row at its end, so an id shown
// right after the name stays whole wherever the row has room, and the values and counts after it go first.
import type { ClaimTreeGroup } from '../../../shared/protocol';

/** What a group row shows: `label` (the registry name or label, else the id) and its `description`. */
export interface GroupRow {
  label: string;
  /** The id when the label is not the id, then the figures held, the claim count and conflicts: `drones-jammed · 800–3,000 · 4 claims · ⚠ 2 conflicts`. */
  description: string;
  /** The tooltip's first line: the label with the kind and id when they differ, and the detail. */
  heading: string;
  /** The tooltip's second line: the counts. */
  counts: string;
}

/** The row of an actor or fact group. */
export function groupRow(group: Pick<ClaimTreeGroup, 'kind' | 'id' | 'label' | 'detail' | 'values' | 'claimCount' | 'conflictCount'>): GroupRow {
  const label = group.id === '' ? '(no actor)' : group.label;
  const showId = group.id !== '' && group.id !== label;
  return {
    label,
    description: [showId ? group.id : undefined, group.values, plural(group.claimCount, 'claim'), conflictBadge(group.conflictCount)].filter(Boolean).join(' · '),
    heading: `${label}${showId ? ` (${group.kind} ${group.id})` : ''}${group.detail ? ` — ${group.detail}` : ''}`,
    counts: `${plural(group.claimCount, 'claim')}, ${plural(group.conflictCount, 'in conflict', 'in conflict')}`,
  };
}

/** "⚠ 2 conflicts", or undefined when there is none. */
export function conflictBadge(count: number): string | undefined {
  return count > 0 ? `⚠ ${plural(count, 'conflict')}` : undefined;
}

/** `1 claim`, `2 claims` (`many`: the plural when it is not `word` + s). */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
