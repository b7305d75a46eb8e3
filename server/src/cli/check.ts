// `claimmark check`: read the workspace, diagnose every file, drop what the baseline knows,
// print in the chosen format, and return the exit code (docs/cli.md, "Exit codes").
import type { AnalysisOptions, BatchCheck, Diagnostic, Severity } from '../core/api';
import type { CheckCache } from './cache';
import type { Command } from './args';
import { buildReport, type Report } from './report';
import { readIntoBatch, type ReadFiles } from './load';
import { discover } from './discover';
import { streamCheck } from './checkStream';
import { readWithCache } from './cacheRead';
import { Progress } from './progress';
import { repositoryRoot, rootRelative } from './root';
import { fingerprints } from './fingerprint';
import { applyBaseline, makeBaseline, readBaseline, writeBaseline, type Baseline } from './baseline';
import { writeJson } from './format/json';
import { writeText } from './format/text';
import { formatSarif } from './format/sarif';
import { formatGithub } from './format/github';
import { registryNote } from './registryNote';

/** Where the CLI writes, and what it knows about its terminal. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  /**
   * Writes bytes to stdout (output a cache kept); without it they are decoded and written with
   * stdout. True when they were written out before it returned (the buffer may then be reused).
   */
  stdoutBytes?(bytes: Uint8Array): boolean;
  stderr(text: string): void;
  /** True when stdout is a terminal and NO_COLOR is not set. */
  colour: boolean;
  /** True when stderr is a terminal (a progress line is then shown on long runs). */
  stderrTty?: boolean;
  /** The claimmark version (for SARIF). */
  version?: string;
}

/** The options of `claimmark check`. */
export type CheckCommand = Extract<Command, { kind: 'check' }>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** True when `s` is at least as loud as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return RANK[s] <= RANK[threshold];
}

/** Runs a check and returns the exit code: 0 clean, 1 findings at or above the threshold (or unreadable files), 2 usage or config error. */
export function runCheck(cmd: CheckCommand, io: CliIo): number {
  let baseline: Baseline | undefined;
  if (cmd.baseline !== undefined && cmd.updateBaseline === undefined) {
    const read = readBaseline(io.cwd, cmd.baseline);
    if (!read.ok) {
      io.stderr(`claimmark: ${read.message}\n`);
      return 2;
    }
    baseline = read.baseline;
  }
  const found = discover(cmd.paths, io.cwd);
  if (found.missing.length > 0) {
    for (const p of found.missing) io.stderr(`claimmark: ${p}: no such file or folder\n`);
    return 2;
  }
  const options: AnalysisOptions | undefined = cmd.severity ? { severity: cmd.severity } : undefined;
  const root = repositoryRoot(io.cwd);
  const fileOf = (file: string) => rootRelative(root, io.cwd, file);
  const wantFingerprints = cmd.format === 'sarif' || cmd.baseline !== undefined || cmd.updateBaseline !== undefined;
  const progress = new Progress(io.stderr, !!io.stderrTty && !cmd.quiet);
  const cacheSpec = cmd.cache === undefined ? undefined : { file: cmd.cache, version: io.version ?? '0.0.0' };
  const writeCache = (cache: CheckCache | undefined) => {
    if (!cache) return;
    if (cache.note && !cmd.quiet) io.stderr(cache.note);
    const error = cache.write();
    if (error) io.stderr(`claimmark: ${error}\n`);
  };
  // Without fingerprints nothing needs the whole report or the texts: each file's diagnostics
  // are printed and dropped, and of each text only its line table is kept (for positions).
  if (!wantFingerprints) {
    if (cacheSpec) {
      // the pieces a cache keeps are valid for this same output only
      const output = JSON.stringify([cmd.format, !!cmd.quiet, cmd.failOn ?? 'error', io.colour, root, io.cwd]);
      const cached = readWithCache(found, io.cwd, options, progress, cacheSpec.file, cacheSpec.version, output);
      progress.done();
      if (cached.cache.note && !cmd.quiet) io.stderr(cached.cache.note);
      const code = streamCheck(cmd, io, found, cached, fileOf);
      const error = cached.cache.write(output);
      if (error) io.stderr(`claimmark: ${error}\n`);
      return code;
    }
    const lean = readIntoBatch(found, io.cwd, options, progress, undefined, 'lines');
    progress.done();
    return streamCheck(cmd, io, found, lean, fileOf);
  }
  const read = readIntoBatch(found, io.cwd, options, progress, cacheSpec);
  writeCache(read.cache);
  const checked = checkAll(read, io.cwd, root, progress);
  progress.done();
  const full = checked.report;
  let fps = checked.fingerprints;

  if (cmd.updateBaseline !== undefined) {
    baseline = makeBaseline(full.diagnostics, fps, (d) => fileOf(d.file));
    const error = writeBaseline(io.cwd, cmd.updateBaseline, baseline);
    if (error) {
      io.stderr(`claimmark: ${error}\n`);
      return 2;
    }
    io.stderr(`claimmark: wrote ${baseline.entries.length} known problem(s) to ${cmd.updateBaseline}\n`);
  }
  let report: Report = full;
  if (baseline) {
    const applied = applyBaseline(full, fps, baseline);
    report = applied.report;
    fps = applied.fingerprints;
    if (!cmd.quiet && cmd.updateBaseline === undefined && (applied.matched > 0 || applied.stale > 0)) {
      const stale = applied.stale > 0 ? `; ${applied.stale} baseline entr${applied.stale === 1 ? 'y matches' : 'ies match'} nothing any more (fixed? refresh it with --update-baseline)` : '';
      io.stderr(`claimmark: ${applied.matched} known problem(s) in the baseline not reported${stale}\n`);
    }
  }

  const threshold: Severity = cmd.failOn ?? 'error';
  const failing = report.diagnostics.filter((d) => atLeast(d.severity, threshold)).length;
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  if (cmd.quiet) {
    const keep = report.diagnostics.map((d) => atLeast(d.severity, threshold));
    report = { ...report, diagnostics: report.diagnostics.filter((_d, i) => keep[i]) };
    fps = fps.filter((_f, i) => keep[i]);
  } else {
    for (const folder of found.emptyFolders) io.stderr(`claimmark: note: no *.claims.txt files in ${folder}\n`);
  }
  for (const p of full.problems) io.stderr(`claimmark: ${p.file}: ${p.message}\n`);
  const note = registryNote(full.diagnostics, found.registry);
  if (note) io.stderr(note);

  // Text goes out a few thousand lines at a time; the other formats are one document each.
  if (cmd.format === 'text') writeText(report, io.colour, io.stdout);
  else if (cmd.format === 'json') writeJson(report, io.stdout);
  else io.stdout(render(cmd.format, report, fps, { root, fileOf, version: io.version ?? '0.0.0' }));

  const tooManyWarnings = cmd.maxWarnings !== undefined && warnings > cmd.maxWarnings;
  if (tooManyWarnings) io.stderr(`claimmark: ${warnings} warning(s), more than --max-warnings ${cmd.maxWarnings}\n`);
  return full.problems.length > 0 || failing > 0 || tooManyWarnings ? 1 : 0;
}

/** A check's report and the fingerprint of each of its diagnostics. */
interface Checked {
  report: Report;
  fingerprints: string[];
}

/** The report of what was read, and the fingerprint of each of its diagnostics (SARIF and baselines). */
function checkAll(read: ReadFiles & { batch: BatchCheck }, cwd: string, root: string, progress: Progress): Checked {
  const { files, problems, batch: checked } = read;
  // fingerprints read the diagnostics again: each file's are kept until they are made
  const diagnostics = new Map<string, Diagnostic[]>();
  let done = 0;
  const diagnose = (file: string) => {
    const out = checked.diagnostics(file);
    diagnostics.set(file, out);
    progress.update('checking', ++done, files.size);
    return out;
  };
  const report = buildReport(diagnose, files, problems);
  const diagnosticsOf = (file: string) => diagnostics.get(file) ?? [];
  const fps = fingerprints({ diagnostics: diagnosticsOf, claimsOf: (file) => checked.claimsOf(file) }, files, root, cwd);
  return { report, fingerprints: fps };
}

interface RenderContext {
  root: string;
  fileOf: (file: string) => string;
  version: string;
}

function render(format: 'sarif' | 'github', report: Report, fps: readonly string[], ctx: RenderContext): string {
  switch (format) {
    case 'sarif':
      return formatSarif(report, fps, { root: ctx.root, version: ctx.version, uriOf: ctx.fileOf });
    case 'github':
      return formatGithub(report, ctx.fileOf);
  }
}
