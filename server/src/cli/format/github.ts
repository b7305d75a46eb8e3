// `--format github`: GitHub Actions workflow commands, one `::error|warning|notice ...::message`
// per diagnostic, so that a workflow run annotates the files of a pull request.
import type { Severity } from '../../core/api';
import type { Problem, Report, ReportDiagnostic, ReportSink, SinkWrite, BytePiece } from '../report';

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
  let out = '';
  const sink = new GithubSink(fileOf, (s) => void (out += s as string)); // diagnostic() and end() write text only
  for (const d of report.diagnostics) sink.diagnostic(d);
  sink.end(report.problems, report.filesChecked);
  return out;
}

/** formatGithub one diagnostic at a time, written about a megabyte at a time (`claimmark check` streams the report). */
export class GithubSink implements ReportSink {
  private buffer = '';
  private errors = 0;
  private warnings = 0;
  private total = 0;

  constructor(
    private readonly fileOf: (file: string) => string,
    private readonly write: SinkWrite,
  ) {}

  readonly separator = '';

  diagnostic(d: ReportDiagnostic): void {
    this.buffer += this.text(d);
    this.total++;
    if (d.severity === 'error') this.errors++;
    else if (d.severity === 'warning') this.warnings++;
    if (this.buffer.length > 1 << 20) {
      this.write(this.buffer);
      this.buffer = '';
    }
  }

  piece(piece: string | BytePiece, printed: readonly number[]): void {
    this.errors += printed[0]!;
    this.warnings += printed[1]!;
    this.total += printed[0]! + printed[1]! + printed[2]! + printed[3]!;
    if (typeof piece === 'string') this.buffer += piece;
    else {
      this.write(this.buffer);
      this.buffer = '';
      piece(this.write);
    }
    if (this.buffer.length > 1 << 20) {
      this.write(this.buffer);
      this.buffer = '';
    }
  }

  text(d: ReportDiagnostic): string {
    const { start, end } = d.range;
    const fileOf = this.fileOf;
    const props = [
      `file=${escapeProperty(fileOf(d.file))}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${escapeProperty(`claimmark ${d.code}`)}`,
    ];
    const related = (d.related ?? []).map((r) => `\nsee ${fileOf(r.file)}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`);
    return `::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(d.message + related.join(''))}\n`;
  }

  end(problems: readonly Problem[], filesChecked: number): void {
    for (const p of problems) this.buffer += `::error file=${escapeProperty(this.fileOf(p.file))},title=claimmark::${escapeData(p.message)}\n`;
    this.buffer += `claimmark: ${this.errors} error(s), ${this.warnings} warning(s), ${this.total - this.errors - this.warnings} note(s) in ${filesChecked} file(s)\n`;
    this.write(this.buffer);
    this.buffer = '';
  }
}
