// The registry side of a draft: the actors and facts it proposes, added to claimmark.yaml
// after each section's last entry (line-based, so the file's comments, order and line ends
// stay as they are; features/registryEdit.ts), as one insertion per section, and read back
// to make sure they landed.
import { applyEdits, type TextEdit } from '../edit';
import { addRegistryEntry } from '../features/registryEdit';
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
  const edits: TextEdit[] = [];
  for (const kind of ['actor', 'fact'] as const) {
    let text = registryText;
    let open: TextEdit | undefined;
    for (const e of entries.filter((x) => x.kind === kind)) {
      const [edit] = addRegistryEntry(text, e.kind, e.id, e.fields);
      if (!edit) continue;
      text = applyEdits(text, [edit]);
      if (!open) open = { span: { ...edit.span }, newText: edit.newText };
      else if (edit.span.start === open.span.start + open.newText.length && edit.span.end === edit.span.start) open.newText += edit.newText;
      else return wholeFile(registryText, entries);
    }
    if (open) edits.push(open);
  }
  const text = applyEdits(registryText, edits);
  const after = readRegistry(text);
  if (!entries.every((e) => (e.kind === 'actor' ? after.actors : after.facts).has(e.id))) return [];
  return edits;
}

/** The fallback: every entry added one after another, as one edit of the whole file. */
function wholeFile(registryText: string, entries: readonly NewEntry[]): TextEdit[] {
  let text = registryText;
  for (const e of entries) text = applyEdits(text, addRegistryEntry(text, e.kind, e.id, e.fields));
  const after = readRegistry(text);
  if (!entries.every((e) => (e.kind === 'actor' ? after.actors : after.facts).has(e.id))) return [];
  return [{ span: { start: 0, end: registryText.length }, newText: text }];
}
