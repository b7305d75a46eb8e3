// The registry side of a draft: the actors and facts it proposes, added to claimmark.yaml
// after each section's last entry (line-based, so the file's comments, order and line ends
// stay as they are; registry/entryEdit.ts), as one insertion per section, and read back
// to make sure they landed.
import { applyEdits, type TextEdit } from '../edit';
import { addRegistryEntries } from '../registry/entryEdit';
import { readRegistry } from '../registry/read';
import type { IdKind } from '../workspace/types';
import type { DraftContext } from './context';

/** One entry to add: its kind, id and fields. */
interface NewEntry { kind: IdKind; id: string; fields: Record<string, string | string[]> }

/**
 * The edits that add every actor and fact the run's drafts proposed to `registryText`
 * ('' when there is no claimmark.yaml yet): at most one insertion per section, so a preview
 * shows only the new lines. [] when there is nothing to add or the result would not read back
 * with every new id.
 */
export function draftRegistryEdits(registryText: string, ctx: DraftContext): TextEdit[] {
  const known = ctx.registry;
  const entries: NewEntry[] = [];
  for (const a of ctx.proposedActors()) {
    if (known.actors.has(a.id)) continue;
    const aliases = a.forms.filter((f) => f !== a.name && f.toLowerCase() !== a.name.toLowerCase());
    entries.push({ kind: 'actor', id: a.id, fields: { name: a.name, kind: a.kind === 'person' ? 'person' : 'organisation', ...(aliases.length > 0 && { aliases }) } });
  }
  for (const f of ctx.proposedFacts()) {
    if (!known.facts.has(f.id)) entries.push({ kind: 'fact', id: f.id, fields: { label: f.label, ...(f.unit && { unit: f.unit }), kind: f.kind } });
  }
  if (entries.length === 0) return [];
  // each section's entries are one insertion at its end, computed on the original text
  const parts = (['actor', 'fact'] as const).map((kind) => ({ kind, edits: addRegistryEntries(registryText, kind, entries.filter((e) => e.kind === kind)) }));
  const edits = parts.flatMap((p) => p.edits);
  // read back what was written: only the new entries when the file's sections are plain blocks
  // (a 2,000-entry registry takes longer to read than the whole draft), else the whole file
  const plain = known.findings.length === 0 && SECTIONS.every((section) => !new RegExp(`^${section}\\s*:`, 'm').test(registryText) || new RegExp(`^${section}\\s*:\\s*(#.*)?\\r?$`, 'm').test(registryText));
  const snippet = (kind: 'actor' | 'fact', newText: string) => (/^\s*(actors|facts)\s*:/.test(newText) ? newText : `${kind === 'actor' ? 'actors' : 'facts'}:\n${newText.replace(/^\r?\n/, '')}`);
  const readBack = readRegistry(plain ? parts.flatMap((p) => p.edits.map((e) => snippet(p.kind, e.newText))).join('\n') : applyEdits(registryText, edits));
  if (!entries.every((e) => (e.kind === 'actor' ? readBack.actors : readBack.facts).has(e.id))) return [];
  return edits;
}

const SECTIONS = ['actors', 'facts'];

