// `claimmark check`: discover the files, read them into a workspace, print the diagnostics,
// and return the exit code (0 clean, 1 errors or unreadable files, 2 usage error).
import { Workspace } from '../core/api';
import type { Format } from './args';
import { discover } from './discover';
import { readInput } from './files';
import { buildReport, type Problem } from './report';
import { formatJson } from './format/json';
import { formatText } from './format/text';

/** Where the CLI writes, and what it knows about its terminal. */
export interface CliIo {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal and NO_COLOR is not set. */
  colour: boolean;
}

/** Runs a check and returns the exit code. */
export function runCheck(paths: readonly string[], format: Format, io: CliIo): number {
  const found = discover(paths, io.cwd);
  if (found.missing.length > 0) {
    for (const p of found.missing) io.stderr(`claimmark: ${p}: no such file or folder\n`);
    return 2;
  }
  const workspace = new Workspace();
  const files = new Map<string, string>();
  const problems: Problem[] = [];
  const read = (file: string): string | undefined => {
    const r = readInput(io.cwd, file);
    if (r.ok) {
      files.set(file, r.text);
      return r.text;
    }
    problems.push({ file, message: r.message });
    return undefined;
  };
  if (found.registry) {
    const text = read(found.registry);
    if (text !== undefined) workspace.setRegistry(found.registry, text);
  }
  for (const file of found.articles) {
    const text = read(file);
    if (text !== undefined) workspace.setArticle(file, text);
  }
  const report = buildReport(workspace, files, problems);
  for (const folder of found.emptyFolders) io.stderr(`claimmark: note: no *.claims.txt files in ${folder}\n`);
  for (const p of problems) io.stderr(`claimmark: ${p.file}: ${p.message}\n`);
  io.stdout(format === 'json' ? formatJson(report) : formatText(report, io.colour));
  return problems.length > 0 || report.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
