// Turns one `[TEXT]{fact=...}` span into a Claim's own parts: ids, as-of and the figure
// reading, with bad-date, bad-value and unreadable-figure findings. Attribution is done by build.ts.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { FigureReading } from '../figures/value';
import type { AttributeNode, MarkupSpanNode } from '../syntax/tree';
import type { DateRange, IdRef } from './article';
import { readFigure, readFigureBefore } from '../figures/read';
import { isHttpUrl } from '../syntax/ids';
import { quote } from '../syntax/messages';
import { parseAsOf } from '../base/dates';

/** The first attribute with `key` (a repeated key is an error; the first one counts). */
export function attr(node: MarkupSpanNode, key: string): AttributeNode | undefined {
  for (const a of node.attributes) if (a.key === key) return a;
  return undefined;
}

/** The span of an attribute's value without its quotes (the id itself, for rename). */
export function valueSpan(a: AttributeNode): Span {
  if (!a.quoted || a.valueSpan.end - a.valueSpan.start < 2) return a.valueSpan;
  return { start: a.valueSpan.start + 1, end: a.valueSpan.end - 1 };
}

/** An attribute as an id reference. */
export function idRef(a: AttributeNode): IdRef {
  return { id: a.value, span: valueSpan(a) };
}

/** A claim's as-of and where it came from (claimAsOf's answer, read at once and never changed: answers are shared). */
export interface ClaimAsOf {
  readonly asof?: DateRange;
  readonly asofSource: 'explicit' | 'published' | 'none';
}

const NO_ASOF: ClaimAsOf = { asofSource: 'none' };
// The last article's published as-of as an answer: an article's claims mostly take it (no object per claim).
let lastPublished: DateRange | undefined;
let lastFromPublished: ClaimAsOf = NO_ASOF;

/** A claim's as-of: explicit (bad-date when unreadable), else the article's published date. */
export function claimAsOf(node: MarkupSpanNode, published: DateRange | undefined, findings: Finding[]): ClaimAsOf {
  const a = attr(node, 'asof');
  if (a) {
    const range = parseAsOf(a.value.trim());
    if (range) return { asof: range, asofSource: 'explicit' };
    findings.push({ code: 'bad-date', span: a.valueSpan, message: `asof=${quote(a.value)} is not a date: write YYYY-MM-DD, YYYY-MM, YYYY or a range A..B` });
    return NO_ASOF;
  }
  if (!published) return NO_ASOF;
  if (published !== lastPublished) {
    lastFromPublished = { asof: published, asofSource: 'published' };
    lastPublished = published;
  }
  return lastFromPublished;
}

/** The claim's figure: from `value=` when given, else its text, with `unit=` applied. */
export function claimReading(node: MarkupSpanNode, findings: Finding[], after = '', before = '', dollar?: string): FigureReading {
  const valueAttr = attr(node, 'value');
  const unitAttr = attr(node, 'unit');
  const unit = unitAttr?.value;
  const source = valueAttr ? valueAttr.value : node.text;
  // ("[2.7m]{fact=x} people": the word after the claim says a glued "m" is million, as docs/format.md says)
  const reading = valueAttr ? readFigure(source, unit) : readFigureBefore(source, after, unit, before, dollar);
  if (reading.ok) return reading;
  if (unitAttr && readFigure(source).ok) {
    findings.push({ code: 'bad-value', span: unitAttr.valueSpan, message: `unit=${quote(unitAttr.value)} cannot be read: ${reading.reason}` });
  } else if (valueAttr) {
    findings.push({ code: 'bad-value', span: valueAttr.valueSpan, message: `value=${quote(valueAttr.value)} cannot be read: ${reading.reason}` });
  } else if (node.text.trim() !== '') {
    // An empty claim is reported by the parser (empty-span); saying it is unreadable adds nothing.
    findings.push({ code: 'unreadable-figure', span: node.textSpan, message: `${quote(node.text)} cannot be read as a figure: ${reading.reason}`, data: { text: node.text } });
  }
  return reading;
}

/** A claim's `src=` (claimSource's answer, read at once and never changed: the answer without one is shared). */
export interface ClaimSource {
  readonly src?: IdRef;
  readonly srcIsUrl: boolean;
}

const NO_SOURCE: ClaimSource = { srcIsUrl: false };

/** The `src=` of a claim: a registry source id or an http(s) URL. */
export function claimSource(node: MarkupSpanNode): ClaimSource {
  const a = attr(node, 'src');
  if (!a) return NO_SOURCE;
  return { src: idRef(a), srcIsUrl: isHttpUrl(a.value) };
}
