// Finds the actor or fact id under the cursor without asking the server: in an article, the span
// `[...]{...}` around the cursor; in claimmark.yaml, the entry key under `actors:` or `facts:`.
// Pure (no vscode import) so that it is easy to test.

/** An actor or fact id the cursor is on. */
export interface SymbolUnderCursor {
  kind: 'actor' | 'fact';
  id: string;
}

const SPAN = /\[((?:\\.|[^\\[\]])*)\]\{([^}]*)\}?/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)=("(?:\\.|[^"\\])*"|[^\s"}]*)/g;

/** The id under `character` on an article line: the attribute under the cursor, else the span's role. */
export function symbolInArticleLine(line: string, character: number): SymbolUnderCursor | undefined {
  for (const span of line.matchAll(SPAN)) {
    const start = span.index;
    if (character < start || character > start + span[0].length) continue;
    const attrsStart = start + span[1]!.length + 3;
    const attrs = [...span[2]!.matchAll(ATTRIBUTE)].map((m) => ({
      key: m[1]!, value: m[2]!.replace(/^"|"$/g, ''), from: attrsStart + m.index, to: attrsStart + m.index + m[0].length,
    }));
    const under = attrs.find((a) => character >= a.from && character <= a.to);
    const pick = (key: string) => attrs.find((a) => a.key === key);
    const chosen = under && ['actor', 'by', 'fact'].includes(under.key) ? under : pick('actor') ?? pick('fact');
    if (!chosen || chosen.value === '') return undefined;
    return { kind: chosen.key === 'fact' ? 'fact' : 'actor', id: chosen.value };
  }
  return undefined;
}

/** The registry entry on `line` (0-based) of claimmark.yaml, or the entry a field line belongs to. */
export function symbolInRegistry(lines: readonly string[], line: number): SymbolUnderCursor | undefined {
  let entry = /^(\s+)([a-z0-9][a-z0-9_.-]*)\s*:/.exec(lines[line] ?? '');
  if (!entry) return undefined;
  for (let i = line - 1; i >= 0; i--) {
    const m = /^(\s*)([A-Za-z0-9][\w.-]*)\s*:/.exec(lines[i]!);
    if (!m) continue;
    if (m[1]!.length === 0) {
      if (m[2] === 'actors') return { kind: 'actor', id: entry[2]! };
      if (m[2] === 'facts') return { kind: 'fact', id: entry[2]! };
      return undefined;
    }
    // A less indented key above: the cursor was on a field, the entry is that key.
    if (m[1]!.length < entry[1]!.length) entry = m;
  }
  return undefined;
}
