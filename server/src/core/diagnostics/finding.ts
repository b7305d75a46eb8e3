// What every analysis step returns: findings in offsets, with a stable code.
// Severity is resolved later (catalogue default, then workspace rules, then user settings).
import type { Span } from '../span';
import type { DiagnosticCode } from './catalog';

/** A finding in another place (maybe another article) that explains this one. */
export interface RelatedFinding {
  uri: string;
  span: Span;
  message: string;
  /**
   * Where a front end keeps its own form of this place (the CLI's report: its line range and
   * printed text). The conflict checks hand one object to every finding that lists the same
   * claim, so a report places and prints it once, without a table keyed by the object. The
   * core never sets or reads it; it makes a conflict's places with it empty (undefined), so
   * that the object keeps the same shape when a front end sets it.
   */
  shown?: unknown;
}

/** One problem found by the core, located by offsets in one document. */
export interface Finding {
  code: DiagnosticCode;
  span: Span;
  /** Quotes the user's text where it helps. */
  message: string;
  related?: RelatedFinding[];
  /** Free-form data quick fixes read back (e.g. a proposed fact id). Must be JSON-serialisable. */
  data?: unknown;
}

/** Orders findings by start, then end, then code. */
function byPlace(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * Sorts findings in place by start, then end, then code; a stable sort (ties keep their order).
 * An article's few findings are sorted by insertion here: Array.prototype.sort copies the list
 * into a work array per call and calls the comparator from outside (a check sorts twice per
 * article: 17 MB of work arrays on 10,000 articles).
 */
export function sortByPlace<F extends Finding>(list: F[]): F[] {
  if (list.length > 24) return list.sort(byPlace);
  for (let i = 1; i < list.length; i++) {
    const f = list[i]!;
    let j = i - 1;
    while (j >= 0 && byPlace(list[j]!, f) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = f;
  }
  return list;
}
