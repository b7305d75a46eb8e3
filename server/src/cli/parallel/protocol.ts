// Messages between `claimmark check`'s main thread and its worker threads (see pool.ts for
// the sequence). Everything here crosses threads by structured clone: plain data only.
import type { AnalysisOptions, Finding } from '../../core/api';
import type { PackedClaims } from './claimsCodec';
import type { Problem, ReportDiagnostic } from '../report';

/** What a worker is started with. */
export interface ShardInput {
  /** The articles of this shard, as given or found, in output order. */
  files: string[];
  /** claimmark.yaml as read by the main thread (path and text), when there is one. */
  registry?: { path: string; text: string };
  cwd: string;
  /** The repository root, for fingerprints. */
  root: string;
  options?: AnalysisOptions;
  /** Whether to compute fingerprints (SARIF and baselines need them). */
  fingerprints: boolean;
}

/** Worker -> main. */
export type FromWorker =
  /**
   * A batch of articles read, in order, with their claims (as the conflict checker reads
   * them) and the range of each claim's figure (where conflicts point); `last` on the final batch.
   */
  | { kind: 'claims'; claims: PackedClaims; problems: Problem[]; last: boolean }
  /** The report lines and fingerprints of every article read, as JSON of ShardReport. */
  | { kind: 'report'; json: string }
  | { kind: 'error'; message: string };

/** A shard's part of the report, in its file order. */
export interface ShardReport {
  diagnostics: ReportDiagnostic[];
  fingerprints: string[];
}

/** Main -> worker: the conflict findings of each article read (in the order sent), and the ranges of the places they relate to. */
export interface ToWorker {
  kind: 'conflicts';
  findings: Finding[][];
  /**
   * The range of each related place of `findings`, walked in order (article, finding, related),
   * as start line, start character, end line, end character; -1s when unknown.
   */
  relatedRanges: Float64Array;
}
