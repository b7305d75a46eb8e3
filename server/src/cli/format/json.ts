// `--format json`: the report as one JSON document (a public contract; fields are only added).
import type { Report } from '../report';

/** `{"diagnostics": [...], "problems": [...]}` with a final newline. */
export function formatJson(report: Report): string {
  return JSON.stringify({ diagnostics: report.diagnostics, problems: report.problems }, null, 2) + '\n';
}
