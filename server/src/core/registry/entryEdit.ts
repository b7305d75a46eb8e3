// Adding an entry to claimmark.yaml as a text edit: under its section (actors, facts or sources),
// after the section's last entry, creating the section (or the whole file's text) when absent.
// Line-based, so it works on a registry that does not parse; it keeps the file's line ends.
import type { TextEdit } from '../edit';
import type { IdKind } from './types';

/** The registry section of a kind of id. */
export const SECTION_OF: Record<IdKind, 'actors' | 'facts' | 'sources'> = { actor: 'actors', fact: 'facts', source: 'sources' };

/** A YAML scalar: bare when plainly safe, else double-quoted (JSON strings are valid YAML). */
function yamlScalar(s: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9 ,.'’()/-]*$/.test(s) && !/:\s|\s#|\s$/.test(s) ? s : JSON.stringify(s);
}

/** The lines of the new entry, each already indented, ending with the file's line end. */
function entryText(id: string, fields: Record<string, string | string[]>, indent: string, eol: string): string {
  const value = (v: string | string[]) => (typeof v === 'string' ? yamlScalar(v) : `[${v.map(yamlScalar).join(', ')}]`);
  const body = Object.entries(fields).map(([k, v]) => `${indent}${indent}${k}: ${value(v)}${eol}`).join('');
  return `${indent}${id}:${eol}${body}`;
}

/**
 * The edit that adds `id` (with optional `fields`, strings or lists of strings, e.g. `{ name: 'Jane Doe', aliases: ['Doe'] }`) under its
 * section of the registry text (`''` for a registry that does not exist yet).
 */
export function addRegistryEntry(registryText: string, kind: IdKind, id: string, fields: Record<string, string | string[]> = {}): TextEdit[] {
  return addRegistryEntries(registryText, kind, [{ id, fields }]);
}

/** addRegistryEntry for several entries of one kind: one insertion, the section found once. */
export function addRegistryEntries(registryText: string, kind: IdKind, entries: readonly { id: string; fields?: Record<string, string | string[]> }[]): TextEdit[] {
  if (entries.length === 0) return [];
  const render = (indent: string, eol: string) => entries.map((e) => entryText(e.id, e.fields ?? {}, indent, eol)).join('');
  const section = SECTION_OF[kind];
  const eol = registryText.includes('\r\n') ? '\r\n' : '\n';
  const lines = registryText.split(/\r?\n/);
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) { starts.push(at); at += l.length + eol.length; }
  const head = lines.findIndex((l) => new RegExp(`^${section}\\s*:\\s*(#.*)?$`).test(l));
  if (head < 0) {
    const sep = registryText === '' || /\n$/.test(registryText) ? '' : eol;
    const gap = registryText.trim() === '' ? '' : eol;
    return [{ span: { start: registryText.length, end: registryText.length }, newText: `${sep}${gap}${section}:${eol}${render('  ', eol)}` }];
  }
  // The section runs until the next line that starts at column 0 (another section).
  let last = head; // its last line with content
  let indent = '';
  for (let i = head + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    if (!/^\s/.test(l)) break;
    if (!indent) indent = /^\s+/.exec(l)![0];
    last = i;
  }
  const insertAt = last + 1 < lines.length ? starts[last + 1]! : registryText.length;
  const lead = last + 1 < lines.length ? '' : eol; // the last line of the file has no line end
  return [{ span: { start: insertAt, end: insertAt }, newText: `${lead}${render(indent || '  ', eol)}` }];
}
