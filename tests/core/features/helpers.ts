// Shared helpers for the feature tests: an in-memory workspace from inline texts, and a
// cursor marker `|` in a fixture text.
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { applyEdits, type DocumentEdits } from '../../../server/src/core/edit';

export const REG_URI = 'file:///ws/claimmark.yaml';
export const uriOf = (name: string) => `file:///ws/${name}`;

/** A workspace with the given articles (name -> text) and registry text (undefined: none). */
export function workspace(articles: Record<string, string>, registry?: string): Workspace {
  const ws = new Workspace();
  if (registry !== undefined) ws.setRegistry(REG_URI, registry);
  for (const [name, text] of Object.entries(articles)) ws.setArticle(uriOf(name), text, 1);
  return ws;
}

/** The text without its `|` marker, and the marker's offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | in fixture');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/**
 * The offset of the `|` in `marked` (`'actor=zel|enskyy'`) where that text, without its marker,
 * first stands in `text`. Throws when it is not there, so a test never reads a position that is
 * off the text.
 */
export function offsetIn(text: string, marked: string): number {
  const { text: needle, offset } = cursor(marked);
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} is not in the fixture`);
  return at + offset;
}

/** Applies the edits meant for `uri` to its text. */
export function applyTo(uri: string, text: string, docs: readonly DocumentEdits[]): string {
  return applyEdits(text, docs.filter((d) => d.uri === uri).flatMap((d) => d.edits));
}

export const REGISTRY = `actors:
  zelenskyy:
    name: Volodymyr Zelenskyy
    role: President of Ukraine
  uk-mod:
    name: UK Ministry of Defence
facts:
  nk-casualties:
    label: North Korean troops killed or wounded
    unit: people
    kind: cumulative
sources:
  ukmod-2025-01-24:
    publisher: UK Ministry of Defence
    url: https://example.org/update
`;

export const ARTICLE_A = `---
title: Casualties in Kursk
outlet: Example News
published: 2024-12-26
url: https://example.org/a
---
President [Volodymyr Zelenskyy]{actor=zelenskyy} said [about 3,000]{fact=nk-casualties asof=2024-12-23} soldiers were killed or wounded.
`;

export const ARTICLE_B = `---
title: UK estimate
published: 2025-01-24
---
The [British Ministry of Defence]{actor=uk-mod} reported [up to 1,000]{fact=nk-casualties src=ukmod-2025-01-24} casualties.
`;
