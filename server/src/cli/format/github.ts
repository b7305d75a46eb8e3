// `--format github`: GitHub Actions workflow commands, one `::error|warning|notice ...::message`
// per diagnostic, so that a workflow run annotates the files of a pull request.
import type { Severity } from '../../core/api';
import type { Report } from '../report';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** Escapes a command's message (GitHub's rules: %, CR and LF). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property's value (also `:` and `,`, which separate properties). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The report as workflow commands; `fileOf` maps a path to the repository-relative path GitHub expects. */
export function formatGithub(report: Report, fileOf: (file: string) => string): string {
  const lines: string[] = [];
  for (const d of report.diagnostics) {
    const { start, end } = d.range;
    const props = [
      `file=${escapeProperty(fileOf(d.file))}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${escapeProperty(`claimmark ${d.code}`)}`,
    ];
    const related = (d.related ?? []).map((r) => `\nsee ${fileOf(r.file)}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`);
    lines.push(`::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(d.message + related.join(''))}`);
  }
  for (const p of report.problems) lines.push(`::error file=${escapeProperty(fileOf(p.file))},title=claimmark::${escapeData(p.message)}`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  lines.push(`claimmark: ${errors} error(s), ${warnings} warning(s), ${report.diagnostics.length - errors - warnings} note(s) in ${report.filesChecked} file(s)`);
  return lines.join('\n') + '\n';
}
