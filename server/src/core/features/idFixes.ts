// Fixes for ids written by hand: a malformed id (bad-id) changed to an id the workspace already
// knows when one fits it (`ukraine’s` -> `ukraine`, `"Volodymyr Zelenskyy"` -> `zelenskyy`),
// before the made-up id the parser suggests.
import type { Article } from '../model/article';
import type { Diagnostic, IdKind, WorkspaceModel } from '../workspace/types';
import { suggestId } from '../syntax/ids';
import { quote } from '../syntax/messages';
import { idCandidates } from './candidates';
import type { MarkupFix } from './markupFixes';

const KIND_OF_KEY: Record<string, IdKind> = { actor: 'actor', by: 'actor', fact: 'fact', src: 'source' };

/** The kind of id at a bad-id diagnostic (from the attribute whose value it covers). */
export function idKindAt(article: Article, d: Diagnostic): IdKind | undefined {
  for (const s of article.syntax.spans) {
    if (s.span.end < d.span.start || s.span.start > d.span.end) continue;
    const a = s.attributes.find((x) => x.valueSpan.start === d.span.start);
    if (a) return KIND_OF_KEY[a.key];
  }
  return undefined;
}

/** The names an entry is known by, as ids (`Volodymyr Zelenskyy` -> `volodymyr-zelenskyy`). */
function namesOf(ws: WorkspaceModel, kind: IdKind, id: string): string[] {
  const reg = ws.registry;
  const raw = kind === 'actor' ? [reg.actors.get(id)?.name, ...(reg.actors.get(id)?.aliases ?? [])]
    : kind === 'fact' ? [reg.facts.get(id)?.label] : [reg.sources.get(id)?.title];
  return raw.flatMap((n) => (n ? [suggestId(n)].filter((x): x is string => !!x) : []));
}

/**
 * An id of `kind` the workspace knows (registry or articles) that fits the malformed `value`:
 * the value without its possessive, the value as an entry's name, or the value's id starting
 * with the known id and one short word after it (`ukraine-s`). Undefined when none fits.
 */
export function existingIdFor(ws: WorkspaceModel, kind: IdKind, value: string): string | undefined {
  const known = idCandidates(ws, kind, { start: 0, end: 0 }).map((c) => c.label);
  if (known.length === 0) return undefined;
  const plain = suggestId(value.replace(/['’]s$/i, ''));
  const slug = suggestId(value);
  if (plain && known.includes(plain)) return plain;
  if (slug && known.includes(slug)) return slug;
  if (slug) {
    const named = known.find((id) => namesOf(ws, kind, id).includes(slug));
    if (named) return named;
    const prefixed = known.filter((id) => slug.startsWith(`${id}-`) && slug.length - id.length <= 3).sort((a, b) => b.length - a.length)[0];
    if (prefixed) return prefixed;
  }
  return undefined;
}

/** The existing-id fix for a bad-id diagnostic (preferred), or undefined. */
export function existingIdFix(ws: WorkspaceModel, article: Article, d: Diagnostic): MarkupFix | undefined {
  const kind = idKindAt(article, d);
  if (!kind) return undefined;
  const id = existingIdFor(ws, kind, article.syntax.text.slice(d.span.start, d.span.end).replace(/^"|"$/g, ''));
  if (!id) return undefined;
  return { title: `Change to ${quote(id)} (existing ${kind})`, edits: [{ span: d.span, newText: id }], isPreferred: true };
}
