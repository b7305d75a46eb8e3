// `export --format csv`: one row per claim, RFC 4180 (CRLF rows, quotes doubled), UTF-8 with an
// optional BOM so spreadsheets detect the encoding. Text cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or CR) get a leading apostrophe.
import type { ClaimRecord } from './records';

/** The columns, in order: a header name and how to read it from a record. */
export const CSV_COLUMNS: readonly [string, (r: ClaimRecord) => string | number | boolean | null][] = [
  ['file', (r) => r.file],
  ['line', (r) => r.range.start.line + 1],
  ['column', (r) => r.range.start.character + 1],
  ['article_id', (r) => r.article.id],
  ['outlet', (r) => r.article.outlet],
  ['title', (r) => r.article.title],
  ['published', (r) => r.article.published],
  ['url', (r) => r.article.url],
  ['actor', (r) => r.actor.id],
  ['actor_name', (r) => r.actor.name],
  ['attribution', (r) => r.actor.attribution],
  ['fact', (r) => r.fact.id],
  ['fact_label', (r) => r.fact.label],
  ['figure', (r) => r.figure],
  ['kind', (r) => r.value?.kind ?? null],
  ['low', (r) => r.value?.low ?? null],
  ['high', (r) => r.value?.high ?? null],
  ['low_inclusive', (r) => r.value?.lowInclusive ?? null],
  ['high_inclusive', (r) => r.value?.highInclusive ?? null],
  ['unit', (r) => r.unit],
  ['unreadable', (r) => r.unreadable],
  ['asof_from', (r) => r.asof?.from ?? null],
  ['asof_to', (r) => r.asof?.to ?? null],
  ['asof_source', (r) => r.asofSource],
  ['source', (r) => r.source?.id ?? null],
  ['source_url', (r) => r.source?.url ?? null],
  ['source_publisher', (r) => r.source?.publisher ?? null],
  ['quote', (r) => r.quote],
  ['note', (r) => r.note],
  ['conflicts', (r) => r.conflicts.length],
  ['sentence', (r) => r.sentence],
];

/** One cell: numbers as they are, text defused and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The records as CSV text; `bom` prefixes U+FEFF. */
export function exportCsv(records: readonly ClaimRecord[], bom = false): string {
  const rows = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const r of records) rows.push(CSV_COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  return (bom ? '\uFEFF' : '') + rows.join('\r\n') + '\r\n';
}
