// The front matter fences: YAML between a `---` first line (after an optional BOM) and a
// closing `---` or `...` line. The YAML itself is read elsewhere (model layer).
import { span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { FrontMatterNode, LineNode } from './tree';
import { isFenceLine } from './lines';

/** What the fences split off: the node (when closed), the index of the first body line, an error. */
export interface FrontMatterSplit {
  node?: FrontMatterNode;
  /** Index into the lines of the first body line (0 when there is no front matter). */
  bodyLine: number;
  error?: Finding;
}

/** Finds the front matter at the top of `lines` (every line of the text, the first one after the BOM). */
export function splitFrontMatter(text: string, lines: readonly LineNode[]): FrontMatterSplit {
  const first = lines[0];
  if (!first || !isFenceLine(text, first, '---')) return { bodyLine: 0 };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isFenceLine(text, line, '---') && !isFenceLine(text, line, '...')) continue;
    const bodySpan = span(lines[1]!.span.start, line.span.start);
    const node: FrontMatterNode = {
      span: span(first.span.start, line.span.end),
      body: text.slice(bodySpan.start, bodySpan.end),
      bodySpan,
    };
    return { node, bodyLine: i + 1 };
  }
  const error: Finding = {
    code: 'front-matter-unclosed',
    span: span(first.span.start, first.span.start + 3),
    message: "Front matter opened with '---' is never closed: add a line '---' after it (the file is read as body)",
  };
  return { bodyLine: 0, error };
}
