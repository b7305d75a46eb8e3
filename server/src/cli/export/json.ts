// `export --format json`: {"claims": [...]} with one ClaimRecord per claim (fields are only added, never renamed).
import type { ClaimRecord } from './records';

/** The records as one indented JSON document with a final newline. */
export function exportJson(records: readonly ClaimRecord[]): string {
  return JSON.stringify({ claims: records }, null, 2) + '\n';
}
