// Small articles and a registry shared by the workspace tests.

/** A registry defining actors a and b, facts f (with part g) and g, and source s. */
export const REGISTRY = `actors:
  a: {name: Actor A}
  b: {name: Actor B}
facts:
  f:
    label: People missing
    kind: level
    parts: [g]
  g: {label: Part of f, kind: level}
sources:
  s: {publisher: S}
`;

/** An article where actor `actor` says `count` for fact `fact` on 2024-03-02. */
export function claimText(actor: string, count: string, fact = 'f', extra = ''): string {
  return `---\npublished: 2024-03-02\n---\nThe [speaker]{actor=${actor}} said [${count}]{fact=${fact}${extra}} people were missing.\n`;
}

/** The text a span covers. */
export function at(text: string, s: { start: number; end: number }): string {
  return text.slice(s.start, s.end);
}
