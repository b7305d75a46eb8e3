// What completion offers, as plain data: a candidate with the span it replaces. Also the id
// candidates of a kind (registry entries first, then ids used in articles but not defined).
import type { Span } from '../span';
import type { IdKind, WorkspaceModel } from '../workspace/types';
import { plural } from './names';

/** What kind of thing a candidate is (the LSP layer picks an icon from it). */
export type CandidateKind = 'key' | 'class' | 'section' | 'actor' | 'fact' | 'source' | 'date' | 'value' | 'code';

/** One completion candidate. */
export interface CompletionCandidate {
  label: string;
  kind: CandidateKind;
  /** A short line next to the label (a name, a label). */
  detail?: string;
  /** Plain text (not markdown) shown in the details pane. */
  documentation?: string;
  insertText: string;
  /** The text the candidate replaces (the word typed so far). */
  span: Span;
  /** Orders candidates; defaults to the label. */
  sortText?: string;
  /** True when the editor should open completion again after inserting (after `key=`). */
  retrigger?: boolean;
}

/** Ids of one kind: every registry entry (with its name or label), then ids written in articles but undefined. */
export function idCandidates(ws: WorkspaceModel, kind: IdKind, span: Span, exclude?: string): CompletionCandidate[] {
  const reg = ws.registry;
  const out: CompletionCandidate[] = [];
  const table = kind === 'actor' ? reg.actors : kind === 'fact' ? reg.facts : reg.sources;
  for (const [id, def] of table) {
    if (id === exclude) continue;
    const d = def as { name?: string; role?: string; label?: string; unit?: string; publisher?: string; title?: string; date?: string };
    const detail = kind === 'actor' ? d.name : kind === 'fact' ? d.label : d.title ?? d.publisher;
    const doc = kind === 'actor' ? d.role : kind === 'fact' ? d.unit && `unit: ${d.unit}` : [d.publisher, d.date].filter(Boolean).join(', ');
    out.push({ label: id, kind, insertText: id, span, sortText: `0${id}`, ...(detail && { detail }), ...(doc && { documentation: doc }) });
  }
  const groups = kind === 'actor' ? ws.claimsByActor() : kind === 'fact' ? ws.claimsByFact() : ws.claimsBySource();
  const used = new Set<string>(groups.keys());
  if (kind === 'actor') for (const a of ws.articles()) for (const m of a.mentions) used.add(m.actor.id);
  for (const id of [...used].sort()) {
    if (table.has(id) || id === exclude || id === '') continue;
    const n = groups.get(id)?.length ?? 0;
    out.push({ label: id, kind, insertText: id, span, sortText: `1${id}`, detail: reg.present ? 'not in claimmark.yaml' : `used in the workspace${n ? ` (${plural(n, 'claim')})` : ''}` });
  }
  return out;
}

/** The start of the line that holds `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}
