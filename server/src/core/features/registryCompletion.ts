// Completion in claimmark.yaml, read line by line (the file may be half-typed and not parse):
// section names, entry ids used in articles but not yet defined, the keys of an entry or of
// `rules`, diagnostic codes under `rules.severity`, and fixed values (kinds, severities, parts).
import type { Span } from '../span';
import type { WorkspaceModel } from '../workspace/types';
import { ALL_CODES, CATALOG, SEVERITY_SETTINGS } from '../diagnostics/catalog';
import { REGISTRY_SCHEMA_DOC, type RegistrySection } from '../registry/schema';
import { type CompletionCandidate, idCandidates, lineStartOf } from './candidates';

const SECTIONS = Object.keys(REGISTRY_SCHEMA_DOC) as RegistrySection[];
const ID_KIND = { actors: 'actor', facts: 'fact', sources: 'source' } as const;

/** The keys above the cursor's line, outermost first (by indentation). */
function ancestors(lines: readonly string[], indent: number): string[] {
  const out: string[] = [];
  let limit = indent;
  for (let i = lines.length - 1; i >= 0 && limit > 0; i--) {
    const m = /^(\s*)([^\s#:][^:]*?)\s*:(\s|$)/.exec(lines[i]!);
    if (!m || m[1]!.length >= limit) continue;
    out.unshift(m[2]!.replace(/^["']|["']$/g, ''));
    limit = m[1]!.length;
  }
  return out;
}

/** Candidates at `offset` of claimmark.yaml's `text`. */
export function registryCompletion(ws: WorkspaceModel, text: string, offset: number): CompletionCandidate[] {
  const start = lineStartOf(text, offset);
  const line = text.slice(start, offset);
  const indent = /^\s*/.exec(line)![0].length;
  const path = ancestors(text.slice(0, start).split(/\r?\n/), indent);
  const keyMatch = /^(\s*)(-\s*)?([A-Za-z0-9._-]*)$/.exec(line);
  if (keyMatch) return keyCandidates(ws, text, path, { start: offset - keyMatch[3]!.length, end: offset });
  const valueMatch = /^\s*([A-Za-z0-9._-]+)\s*:\s*(?:\[[^\]]*?,\s*|\[\s*)?["']?([A-Za-z0-9._-]*)$/.exec(line);
  if (valueMatch) return valueCandidates(ws, [...path, valueMatch[1]!], { start: offset - valueMatch[2]!.length, end: offset });
  return [];
}

function keyCandidates(ws: WorkspaceModel, text: string, path: string[], span: Span): CompletionCandidate[] {
  const [section, entry] = path;
  if (path.length === 0) {
    return SECTIONS.filter((s) => !new RegExp(`^${s}\\s*:`, 'm').test(text)).map((s) => ({ label: s, kind: 'section', detail: REGISTRY_SCHEMA_DOC[s].description, insertText: `${s}:`, span }));
  }
  if (section === 'rules' && path.length === 1) return fieldCandidates('rules', span);
  if (section === 'rules' && entry === 'severity' && path.length === 2) {
    return ALL_CODES.map((c) => ({ label: c, kind: 'code', detail: CATALOG[c].summary, insertText: `${c}: `, span, retrigger: true }));
  }
  if (section && section in ID_KIND && path.length === 1) {
    // Entry ids: those written in articles that the registry does not define yet.
    return idCandidates(ws, ID_KIND[section as keyof typeof ID_KIND], span).filter((c) => c.sortText?.startsWith('1')).map((c) => ({ ...c, insertText: `${c.label}:`, detail: 'used in articles, not defined yet' }));
  }
  if (section && section in ID_KIND && path.length === 2) return fieldCandidates(section as RegistrySection, span);
  return [];
}

function fieldCandidates(section: RegistrySection, span: Span): CompletionCandidate[] {
  const keys = REGISTRY_SCHEMA_DOC[section].keys as Record<string, { description: string; values?: readonly string[] }>;
  return Object.entries(keys).map(([k, doc]) => ({ label: k, kind: 'key', detail: doc.description, insertText: `${k}: `, span, retrigger: !!doc.values || k === 'parts' }));
}

function valueCandidates(ws: WorkspaceModel, path: string[], span: Span): CompletionCandidate[] {
  const [section] = path;
  const key = path[path.length - 1]!;
  if (section === 'rules' && path.length === 3 && path[1] === 'severity') return values(SEVERITY_SETTINGS, span);
  if (section === 'rules' && key === 'vague-quantities') return values(['true', 'false'], span);
  if (section === 'facts' && key === 'parts' && path.length === 3) return idCandidates(ws, 'fact', span, path[1]);
  if (section && section in REGISTRY_SCHEMA_DOC && path.length === 3) {
    const doc = (REGISTRY_SCHEMA_DOC[section as RegistrySection].keys as Record<string, { values?: readonly string[] }>)[key];
    if (doc?.values) return values(doc.values, span);
  }
  return [];
}

function values(list: readonly string[], span: Span): CompletionCandidate[] {
  return list.map((v) => ({ label: v, kind: 'value', insertText: v, span }));
}
