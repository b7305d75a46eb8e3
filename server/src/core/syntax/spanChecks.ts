// What a complete span must be at the syntax level: known keys and classes, each given once,
// one role (claim, actor mention or not-a-figure), text where a role needs it, well-formed ids.
// Dates and figures are read later (model layer); only their shape as attributes is checked here.
import { span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { MarkupSpanNode } from './tree';
import type { AttributeBlock } from './attributes';
import { ATTRIBUTE_KEYS, CLAIM_KEYS, CLASS_NAMES, ID_KEYS, isAttributeKey, isClassName } from './vocabulary';
import { isHttpUrl, isValidId, suggestId } from './ids';
import { closestWord } from './suggest';
import { quote, quoteSpan } from './messages';

const MAX_SUGGESTIONS = 8;
const NO_KEYS: readonly string[] = [];

/** Appends the findings of one span (its block's bad-attribute ones included) to `out`. */
export function checkSpan(text: string, node: MarkupSpanNode, block: AttributeBlock, out: Finding[]): void {
  if (block.errors.length > 0) out.push(...block.errors);
  const unknown = checkNames(node, out);
  checkDuplicates(node, out);
  checkRoles(text, node, block, block.errors.length + unknown > 0, out);
  checkIds(node, out);
}

/** unknown-attribute for each unknown key or class; returns how many. */
function checkNames(node: MarkupSpanNode, out: Finding[]): number {
  let count = 0;
  // indexed loops: for-of over the span's lists (some the shared frozen empty one) made an iterator result per item
  const attributes = node.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i]!;
    if (isAttributeKey(a.key)) continue;
    // Suggestions cost an edit distance each: a few per span are plenty.
    const suggestion = count++ < MAX_SUGGESTIONS ? (closestWord(a.key, ATTRIBUTE_KEYS) ?? (isClassName(a.key) ? '.' + a.key : undefined)) : undefined;
    const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `; keys are ${ATTRIBUTE_KEYS.join(', ')}`;
    out.push({ code: 'unknown-attribute', span: a.keySpan, message: `Unknown attribute ${quote(a.key)}${hint}`, ...(suggestion && { data: { suggestion } }) });
  }
  const classes = node.classes;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    if (isClassName(c.name)) continue;
    const suggestion = count++ < MAX_SUGGESTIONS ? closestWord(c.name, CLASS_NAMES, 3) : undefined;
    const hint = suggestion ? ` (did you mean '.${suggestion}'?)` : `; the only class is .${CLASS_NAMES[0]}`;
    out.push({ code: 'unknown-attribute', span: c.span, message: `Unknown class ${quote('.' + c.name)}${hint}`, ...(suggestion && { data: { suggestion: '.' + suggestion } }) });
  }
  return count;
}

/** duplicate-attribute at every repeat of a key or class (the first one counts). */
function checkDuplicates(node: MarkupSpanNode, out: Finding[]): void {
  if (node.attributes.length < 2 && node.classes.length < 2) return;
  // most claims have two or three keys, all different: then no list of keys is made
  if (node.classes.length < 2 && distinctKeys(node.attributes)) return;
  for (const i of firstRepeats(node.attributes.map((a) => a.key))) {
    const a = node.attributes[i]!;
    out.push({ code: 'duplicate-attribute', span: a.span, message: `${quote(a.key)} is given twice in this span; the first one counts` });
  }
  if (node.classes.length < 2) return;
  for (const i of firstRepeats(node.classes.map((c) => c.name))) {
    const c = node.classes[i]!;
    out.push({ code: 'duplicate-attribute', span: c.span, message: `${quote('.' + c.name)} is given twice in this span` });
  }
}

/** True when a few attributes (at most 8) have different keys; false when some repeat or there are more. */
function distinctKeys(attributes: MarkupSpanNode['attributes']): boolean {
  if (attributes.length > 8) return false;
  for (let i = 1; i < attributes.length; i++) for (let j = 0; j < i; j++) if (attributes[i]!.key === attributes[j]!.key) return false;
  return true;
}

/** Indexes of the names that appeared before (linear: a block may hold any number of items). */
function firstRepeats(names: string[]): number[] {
  const repeats: number[] = [];
  if (names.length < 2) return repeats;
  if (names.length <= 8) {
    // The usual block: pairwise comparison beats building a Set.
    for (let i = 1; i < names.length; i++) if (names.lastIndexOf(names[i]!, i - 1) >= 0) repeats.push(i);
    return repeats;
  }
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (seen.has(name)) repeats.push(i);
    seen.add(name);
  });
  return repeats;
}

/** conflicting-roles, claim-without-fact, span-without-role and empty-span, all at the span. */
function checkRoles(text: string, node: MarkupSpanNode, block: AttributeBlock, hadItemErrors: boolean, out: Finding[]): void {
  const hasFact = hasKey(node, block, 'fact');
  const hasActor = hasKey(node, block, 'actor');
  if (hasFact && hasActor) {
    out.push({ code: 'conflicting-roles', span: node.span, message: `${label(text, node)} has both actor= and fact=: a span is either an actor mention or a claim` });
  } else if (!hasFact) {
    // an actor mention (most spans without fact=) gives none: no list is made for it
    const claimKeys = hasAnyClaimKey(node, block) ? CLAIM_KEYS.filter((key) => hasKey(node, block, key)) : NO_KEYS;
    if (claimKeys.length > 0) {
      out.push({ code: 'claim-without-fact', span: node.span, message: `${label(text, node)} has claim keys (${claimKeys.join(', ')}) but no fact=` });
    } else if (!hasActor && !node.classes.some((c) => c.name === 'nofigure') && !hadItemErrors) {
      out.push({ code: 'span-without-role', span: node.span, message: `${label(text, node)} has attributes but no fact=, actor= or .nofigure, so it means nothing` });
    }
  }
  if ((hasFact || hasActor) && isBlankText(node.text)) {
    const what = hasFact ? 'A claim' : 'An actor mention';
    out.push({ code: 'empty-span', span: node.span, message: `${what} needs text between its brackets (the figure or the name as printed)` });
  }
}

/** Whether the span gives `key`, with a value or without one (a plain loop: this runs for every span). */
function hasKey(node: MarkupSpanNode, block: AttributeBlock, key: string): boolean {
  for (const a of node.attributes) if (a.key === key) return true;
  return block.emptyKeys.length > 0 && block.emptyKeys.includes(key);
}

/** Whether the span gives one of CLAIM_KEYS. */
function hasAnyClaimKey(node: MarkupSpanNode, block: AttributeBlock): boolean {
  for (const key of CLAIM_KEYS) if (hasKey(node, block, key)) return true;
  return false;
}

/** The span up to its `]`, quoted, for messages. */
function label(text: string, node: MarkupSpanNode): string {
  return quoteSpan(text, node.span.start, node.textSpan.end + 1);
}

function isBlankText(s: string): boolean {
  return s.length === 0 || (s.charCodeAt(0) <= 32 && s.trim() === '');
}

/** bad-id at every id value that is not lower-case kebab-case (`src` may be an http(s) URL). */
function checkIds(node: MarkupSpanNode, out: Finding[]): void {
  for (const a of node.attributes) {
    if (!(ID_KEYS as readonly string[]).includes(a.key) || isValidId(a.value)) continue;
    if (a.key === 'src' && isHttpUrl(a.value)) continue;
    const suggestion = suggestId(a.value);
    const what = a.key === 'src' ? 'a source id or an http(s) URL' : 'an id';
    const hint = suggestion ? ` (try ${quote(suggestion)})` : '';
    out.push({
      code: 'bad-id',
      span: span(a.valueSpan.start, a.valueSpan.end),
      message: `${quote(a.value)} is not ${what}: ids are lower-case letters, digits, '-', '_' and '.'${hint}`,
      ...(suggestion && { data: { suggestion } }),
    });
  }
}
