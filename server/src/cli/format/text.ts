// `--format text`: "path:line:col severity code message" per diagnostic (1-based line and
// column), related places indented below, then a summary line. Colours are optional.
import type { Severity } from '../../core/api';
import type { Report, Range } from '../report';

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
  const paint = (code: string, s: string) => (colour ? code + s + RESET : s);
  let lines: string[] = [];
  const tally: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of report.diagnostics) {
    tally[d.severity]++;
    lines.push(`${at(d.file, d.range)} ${paint(COLOURS[d.severity], d.severity)} ${d.code} ${d.message}`);
    for (const r of d.related ?? []) lines.push(paint(DIM, `  see ${at(r.file, r.range)} ${r.message}`));
    if (lines.length >= 4096) {
      write(lines.join('\n') + '\n');
      lines = [];
    }
  }
  const infos = tally.information + tally.hint;
  const skipped = report.problems.length > 0 ? ` (${report.problems.length} skipped: see above)` : '';
  lines.push(`${count(tally.error, 'error')}, ${count(tally.warning, 'warning')}, ${count(infos, 'info')} in ${count(report.filesChecked, 'file')}${skipped}`);
  write(lines.join('\n') + '\n');
}
