// parseArticleSyntax: text -> syntax tree + markup findings. Never throws, linear in the input.
//
// Strategy. The text is cut into lines once (LF, CRLF or CR). If the first line (after a BOM)
// is `---`, lines up to the next `---` or `...` line are front matter, kept as raw YAML.
// Every other line is a paragraph, scanned once, left to right, by BodyScanner (body.ts):
// `[` and `]` pair like parentheses; a pair followed at once by `{` is a span whose attribute
// block is tokenized by attributes.ts and checked by spanChecks.ts; `{% ... %}` is a comment
// or suppression (comments.ts). A backslash makes `[ ] { } \` plain text. Errors never stop
// the scan: an unclosed block resumes where it stopped, a bad attribute at the next blank.
// Look-aheads that could rescan a line (is there a `}`? a `%}`?) are answered by NextIndex,
// whose cached answers make the total work linear even for `[[[[...` or `[a]{[a]{...`.
import type { Finding } from '../diagnostics/finding';
import type { ArticleSyntax } from './tree';
import { splitLines } from './lines';
import { splitFrontMatter } from './frontMatter';
import { BodyScanner, type BodySink } from './body';
import { orEmpty } from './shared';

/** Parses one article file (`*.claims.txt`). Offsets are UTF-16 and count the BOM. */
export function parseArticleSyntax(text: string): ArticleSyntax {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const allLines = splitLines(text, bomLength);
  const front = splitFrontMatter(text, allLines);
  const lines = front.bodyLine === 0 ? allLines : allLines.slice(front.bodyLine);
  const errors: Finding[] = front.error ? [front.error] : [];
  const sink: BodySink = { spans: [], suppressions: [], comments: [], errors };
  const scanner = new BodyScanner(text, sink);
  for (const line of lines) scanner.scanLine(line.span.start, line.span.end);
  errors.sort((a, b) => a.span.start - b.span.start); // stable: ties keep the order found
  return {
    text,
    bomLength,
    ...(front.node && { frontMatter: front.node }),
    lines,
    spans: orEmpty(sink.spans),
    suppressions: orEmpty(sink.suppressions),
    comments: orEmpty(sink.comments),
    errors: orEmpty(errors),
  };
}
