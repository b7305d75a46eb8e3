// `--format text`: "path:line:col severity code message" per diagnostic (1-based line and
// column), related places indented below, then a summary line. Colours are optional.
import type { Severity } from '../../core/api';
import type { Problem, Report, ReportDiagnostic, ReportSink, Range, SinkWrite, BytePiece } from '../report';

const COLOURS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

function at(file: string, range: Range): string {
  return `${file}:${range.start.line + 1}:${range.start.character + 1}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The report as lines of text; `colour` adds ANSI colours to severities. */
export function formatText(report: Report, colour: boolean): string {
  const parts: string[] = [];
  writeText(report, colour, (s) => parts.push(s));
  return parts.join('');
}

/** Lines of the report go to `write` a few thousand at a time (a large report never becomes one huge string). */
export function writeText(report: Report, colour: boolean, write: (text: string) => void): void {
  const sink = new TextSink(colour, write as SinkWrite); // diagnostic() and end() write text only
  for (const d of report.diagnostics) sink.diagnostic(d);
  sink.end(report.problems, report.filesChecked);
}

/** writeText one diagnostic at a time (`claimmark check` streams the report). */
export class TextSink implements ReportSink {
  private lines: string[] = [];
  private readonly tally: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };

  constructor(
    private readonly colour: boolean,
    private readonly write: SinkWrite,
  ) {}

  readonly separator = '\n';

  private paint(code: string, s: string): string {
    return this.colour ? code + s + RESET : s;
  }

  diagnostic(d: ReportDiagnostic): void {
    this.tally[d.severity]++;
    this.lines.push(`${at(d.file, d.range)} ${this.paint(COLOURS[d.severity], d.severity)} ${d.code} ${d.message}`);
    for (const r of d.related ?? []) this.lines.push(this.paint(DIM, `  see ${at(r.file, r.range)} ${r.message}`));
    if (this.lines.length >= 4096) this.flush();
  }

  text(d: ReportDiagnostic): string {
    let out = `${at(d.file, d.range)} ${this.paint(COLOURS[d.severity], d.severity)} ${d.code} ${d.message}`;
    for (const r of d.related ?? []) out += '\n' + this.paint(DIM, `  see ${at(r.file, r.range)} ${r.message}`);
    return out;
  }

  piece(piece: string | BytePiece, printed: readonly number[]): void {
    const t = this.tally;
    t.error += printed[0]!;
    t.warning += printed[1]!;
    t.information += printed[2]!;
    t.hint += printed[3]!;
    if (typeof piece === 'string') this.lines.push(piece);
    else {
      this.flush();
      piece(this.write);
      this.write('\n');
    }
    if (this.lines.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.lines.length > 0) this.write(this.lines.join('\n') + '\n');
    this.lines = [];
  }

  end(problems: readonly Problem[], filesChecked: number): void {
    const t = this.tally;
    const infos = t.information + t.hint;
    const skipped = problems.length > 0 ? ` (${problems.length} skipped: see above)` : '';
    this.lines.push(`${count(t.error, 'error')}, ${count(t.warning, 'warning')}, ${count(infos, 'info')} in ${count(filesChecked, 'file')}${skipped}`);
    this.write(this.lines.join('\n') + '\n');
    this.lines = [];
  }
}
