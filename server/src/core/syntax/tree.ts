// The syntax tree of one article file: what the parser returns. Every node carries its
// span; the parser never throws and reports problems as findings (see parse.ts).
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';

/** `key=value` or `key="value"` inside `{...}`. */
export interface AttributeNode {
  key: string;
  keySpan: Span;
  /** Unescaped value (quotes removed, `\"` and `\\` resolved). */
  value: string;
  /** The value as written, quotes included when quoted. */
  valueSpan: Span;
  quoted: boolean;
  /** key=value as a whole. */
  span: Span;
}

/** `.name` inside `{...}`, e.g. `.nofigure`. */
export interface ClassNode {
  name: string;
  span: Span;
}

/** `[TEXT]{attributes}`: the only inline construct. Spans never cross a line break. */
export interface MarkupSpanNode {
  /** From `[` to `}` inclusive. */
  span: Span;
  /** The text between the brackets, as written. */
  text: string;
  textSpan: Span;
  /** From `{` to `}` inclusive. */
  attrsSpan: Span;
  attributes: AttributeNode[];
  classes: ClassNode[];
}

/** `{% claimmark-disable-line code ... %}` or `{% claimmark-disable-file code ... %}`. */
export interface SuppressionNode {
  span: Span;
  scope: 'line' | 'file';
  /** Codes as written; empty means every code. Unknown codes are reported by the parser. */
  codes: string[];
  /** Spans of each code, parallel to `codes`. */
  codeSpans: Span[];
}

/** Any other `{% ... %}` comment (kept so features can skip it). */
export interface CommentNode {
  span: Span;
}

/** The YAML block between `---` lines at the top of the file. */
export interface FrontMatterNode {
  /** From the opening `---` to the end of the closing `---` line. */
  span: Span;
  /** The YAML text between the fences (offsets into the article). */
  body: string;
  bodySpan: Span;
}

/** A line of the file (one paragraph per line), without its line break. */
export interface LineNode {
  span: Span;
}

/** The whole file. */
export interface ArticleSyntax {
  text: string;
  /** Length of a leading BOM (0 or 1): offsets still count it. */
  bomLength: number;
  frontMatter?: FrontMatterNode;
  /** Body lines (after the front matter), each a paragraph; blank lines included. */
  lines: LineNode[];
  spans: MarkupSpanNode[];
  suppressions: SuppressionNode[];
  comments: CommentNode[];
  /** Markup and front-matter fence problems, in text order. */
  errors: Finding[];
}
