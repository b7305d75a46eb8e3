// claimmark.yaml from what the workspace already uses: every actor, fact and source id written in
// the articles that the registry does not define, actors named after their mention text, facts
// labelled from their claims' sentences (the drafting engine's frame of the figure), with a unit
// when the figure has one. As a new file's text, or as the source action "Add all unknown ids".
import type { TextEdit } from '../edit';
import type { Article, Claim } from '../model/article';
import type { IdKind, WorkspaceModel } from '../workspace/types';
import { isValidId } from '../syntax/ids';
import { nounAfter } from '../untagged/detect';
import { frameOf, factLabelOf } from '../draft/facts';
import { addRegistryEntries, SECTION_OF } from '../registry/entryEdit';
import type { ActionPlan, RegistryFile } from './codeActions';

/** One entry to add. */
export interface NewEntry {
  id: string;
  fields: Record<string, string>;
}

/** The entries of each kind the workspace uses and the registry lacks, sorted by id. */
export function unknownEntries(ws: WorkspaceModel): Record<IdKind, NewEntry[]> {
  const reg = ws.registry;
  const names = new Map<string, Map<string, number>>();
  const facts = new Map<string, { article: Article; claim: Claim }>();
  const actors = new Set<string>();
  const sources = new Set<string>();
  for (const a of ws.articles()) {
    for (const m of a.mentions) {
      actors.add(m.actor.id);
      const name = m.text.replace(/^(?:the|a|an)\s+/i, '').trim();
      if (!name) continue;
      const counts = names.get(m.actor.id) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      names.set(m.actor.id, counts);
    }
    if (a.meta.by) actors.add(a.meta.by);
    for (const c of a.claims) {
      if (c.by) actors.add(c.by.id);
      if (c.src && !c.srcIsUrl) sources.add(c.src.id);
      if (!facts.has(c.fact.id)) facts.set(c.fact.id, { article: a, claim: c });
    }
  }
  const fresh = (ids: Iterable<string>, table: Map<string, unknown>) => [...ids].filter((id) => isValidId(id) && !table.has(id)).sort();
  const commonest = (id: string) => [...(names.get(id) ?? [])].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  return {
    actor: fresh(actors, reg.actors).map((id) => ({ id, fields: { name: commonest(id) ?? id } })),
    fact: fresh(facts.keys(), reg.facts).map((id) => ({ id, fields: factFields(id, facts.get(id)!) })),
    source: fresh(sources, reg.sources).map((id) => ({ id, fields: {} })),
  };
}

/** A fact's label from the clause of its first claim (else its id in words), and its unit when the figure has one. */
function factFields(id: string, { article, claim }: { article: Article; claim: Claim }): Record<string, string> {
  const text = article.syntax.text;
  const plain = (s: string) => s.replace(/\[([^\]]*)\]\{[^}]*\}/g, '$1');
  const sentence = plain(text.slice(claim.sentenceSpan.start, claim.sentenceSpan.end));
  const unit = claim.reading.ok ? claim.reading.value.unit : undefined;
  // the figure's clause, as completion ranks facts (rankFactsForFigure): from the last , or ; before it to the next one after it
  const head = plain(text.slice(claim.sentenceSpan.start, claim.span.start));
  const tail = plain(text.slice(claim.span.end, claim.sentenceSpan.end));
  const before = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1);
  const cut = tail.search(/[,;]/);
  const after = cut < 0 ? tail : tail.slice(0, cut);
  // a noun printed inside the span ("[1,200 people]") counts as the noun after the figure
  const inside = /^[\d.,\s]+(?:[a-z]+\s+)?(\p{L}[\p{L}\s-]*)$/u.exec(claim.text)?.[1] ?? '';
  const noun = inside || nounAfter(text, claim.span.end);
  const label = factLabelOf(frameOf(before, after, noun.toLowerCase(), unit, sentence));
  const fields: Record<string, string> = { label: label.includes(' ') ? label : id.replace(/[-_.]+/g, ' ') };
  if (unit) fields['unit'] = unit;
  return fields;
}

/** The edits adding every unknown id to the registry text (empty when there is none). */
export function addUnknownIdsEdits(ws: WorkspaceModel, registryText: string): { edits: TextEdit[]; count: number; text: string } {
  const entries = unknownEntries(ws);
  const edits: TextEdit[] = [];
  let text = registryText;
  let count = 0;
  for (const kind of ['actor', 'fact', 'source'] as const) {
    if (entries[kind].length === 0) continue;
    count += entries[kind].length;
    // one kind at a time on the text so far: each insertion sees the sections the previous ones made
    const step = addRegistryEntries(text, kind, entries[kind]);
    text = applyOne(text, step);
  }
  if (count > 0) edits.push(difference(registryText, text));
  return { edits, count, text };
}

/** One edit turning `before` into `after`: the part between their common start and common end. */
function difference(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { span: { start, end: before.length - end }, newText: after.slice(start, after.length - end) };
}

function applyOne(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** A new claimmark.yaml made from the workspace (no example entries). */
export function registryFromWorkspace(ws: WorkspaceModel): string {
  const head = '# Claimmark registry: actors, facts and sources (docs/format.md), made from the ids the articles use.\n';
  const body = addUnknownIdsEdits(ws, head).text;
  const missing = (['actors', 'facts'] as const).filter((s) => !new RegExp(`^${s}:`, 'm').test(body));
  return `${body}${missing.map((s) => `${s}: {}\n`).join('')}`;
}

/** "Add all N unknown ids to claimmark.yaml" (undefined when the workspace uses none the registry lacks). */
export function addUnknownIdsPlan(ws: WorkspaceModel, registry: RegistryFile | undefined): ActionPlan | undefined {
  if (!registry) return undefined;
  const { edits, count } = addUnknownIdsEdits(ws, registry.text);
  if (count === 0) return undefined;
  const title = `Add all ${count} unknown id${count === 1 ? '' : 's'} to claimmark.yaml (${Object.values(SECTION_OF).join(', ')})`;
  return { title, kind: 'registry', edits: [{ uri: registry.uri, edits }], ...(!registry.exists && { create: registry.uri }) };
}
