// The registry side of a draft: the actors and facts it proposes, added to claimmark.yaml
// after each section's last entry (line-based, so the file's comments, order and line ends
// stay as they are; features/registryEdit.ts), and read back to make sure they landed.
import { applyEdits, type TextEdit } from '../edit';
import { addRegistryEntry } from '../features/registryEdit';
import { readRegistry } from '../registry/read';
import type { DraftContext } from './context';

/**
 * The edit that adds every actor and fact the run's drafts proposed to `registryText`
 * ('' when there is no claimmark.yaml yet), or [] when there is nothing to add or the
 * result would not read back with every new id.
 */
export function draftRegistryEdits(registryText: string, ctx: DraftContext): TextEdit[] {
  let text = registryText;
  const before = readRegistry(registryText);
  const actors = ctx.proposedActors().filter((a) => !before.actors.has(a.id));
  const facts = ctx.proposedFacts().filter((f) => !before.facts.has(f.id));
  for (const a of actors) {
    const aliases = a.forms.filter((f) => f !== a.name && f.toLowerCase() !== a.name.toLowerCase());
    text = applyEdits(text, addRegistryEntry(text, 'actor', a.id, { name: a.name, kind: a.kind === 'person' ? 'person' : 'organisation', ...(aliases.length > 0 && { aliases }) }));
  }
  for (const f of facts) {
    text = applyEdits(text, addRegistryEntry(text, 'fact', f.id, { label: f.label, ...(f.unit && { unit: f.unit }), kind: f.kind }));
  }
  if (text === registryText) return [];
  const after = readRegistry(text);
  if (![...actors.map((a) => after.actors.has(a.id)), ...facts.map((f) => after.facts.has(f.id))].every(Boolean)) return [];
  return [{ span: { start: 0, end: registryText.length }, newText: text }];
}
