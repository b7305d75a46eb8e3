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
   * core never sets or reads it (a finding the core made has no such field).
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
