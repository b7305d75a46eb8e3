// Baselines: a committed JSON file of known problems, keyed by fingerprint (fingerprint.ts),
// so that only new problems fail a check. Entries carry file, code and message for review
// in diffs; only the fingerprint is matched.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readInput } from './files';
import type { Report, ReportDiagnostic } from './report';
import { FINGERPRINT_VERSION } from './fingerprint';

/** One known problem. */
export interface BaselineEntry {
  fingerprint: string;
  file: string;
  code: string;
  message: string;
}

/** The baseline file's content. */
export interface Baseline {
  version: 1;
  fingerprints: typeof FINGERPRINT_VERSION;
  entries: BaselineEntry[];
}

/** A baseline read from disk, or why it cannot be used (a configuration error, exit 2). */
export type BaselineRead = { ok: true; baseline: Baseline } | { ok: false; message: string };

/** Reads and checks a baseline file. */
export function readBaseline(cwd: string, file: string): BaselineRead {
  const read = readInput(cwd, file);
  if (!read.ok) {
    const missing = !fs.existsSync(path.resolve(cwd, file));
    return { ok: false, message: `baseline ${file}: ${missing ? 'no such file (create it with --update-baseline)' : read.message.replace(/^cannot be read: (?=it is a folder)/, '')}` };
  }
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `baseline ${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const b = data as Partial<Baseline> | null;
  if (!b || typeof b !== 'object' || b.version !== 1 || !Array.isArray(b.entries)) {
    return { ok: false, message: `baseline ${file}: not a claimmark baseline (expected {"version": 1, "entries": [...]})` };
  }
  if (b.fingerprints !== FINGERPRINT_VERSION) {
    return { ok: false, message: `baseline ${file}: written with fingerprints '${String(b.fingerprints)}', this claimmark uses '${FINGERPRINT_VERSION}': run again with --update-baseline` };
  }
  const bad = b.entries.findIndex((e) => !e || typeof (e as BaselineEntry).fingerprint !== 'string');
  if (bad >= 0) return { ok: false, message: `baseline ${file}: entry ${bad} has no "fingerprint"` };
  return { ok: true, baseline: b as Baseline };
}

/** A baseline of every diagnostic of a report (`fps` parallel to its diagnostics), sorted for quiet diffs. */
export function makeBaseline(diagnostics: readonly ReportDiagnostic[], fps: readonly string[], fileOf: (d: ReportDiagnostic) => string): Baseline {
  const entries = diagnostics.map((d, i) => ({ fingerprint: fps[i]!, file: fileOf(d), code: d.code, message: d.message }));
  entries.sort((a, b) => cmp(a.file, b.file) || cmp(a.code, b.code) || cmp(a.fingerprint, b.fingerprint));
  return { version: 1, fingerprints: FINGERPRINT_VERSION, entries };
}

/** Writes a baseline as indented JSON; returns an error message on failure. */
export function writeBaseline(cwd: string, file: string, baseline: Baseline): string | undefined {
  try {
    fs.writeFileSync(path.resolve(cwd, file), JSON.stringify(baseline, null, 2) + '\n');
    return undefined;
  } catch (e) {
    return `cannot write baseline ${file}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** What applying a baseline did. */
export interface BaselineApplied {
  report: Report;
  /** Fingerprints of the diagnostics kept, parallel to report.diagnostics. */
  fingerprints: string[];
  /** Diagnostics hidden because the baseline knows them. */
  matched: number;
  /** Baseline entries that matched nothing (fixed problems: update the baseline to drop them). */
  stale: number;
}

/** Drops the diagnostics whose fingerprint the baseline holds. */
export function applyBaseline(report: Report, fps: readonly string[], baseline: Baseline): BaselineApplied {
  const known = new Set(baseline.entries.map((e) => e.fingerprint));
  const used = new Set<string>();
  const kept: ReportDiagnostic[] = [];
  const keptFps: string[] = [];
  report.diagnostics.forEach((d, i) => {
    const fp = fps[i]!;
    if (known.has(fp)) used.add(fp);
    else {
      kept.push(d);
      keptFps.push(fp);
    }
  });
  return { report: { ...report, diagnostics: kept }, fingerprints: keptFps, matched: report.diagnostics.length - kept.length, stale: known.size - used.size };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
