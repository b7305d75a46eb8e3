// The words the markup knows: attribute keys, classes, and which keys hold ids. Completion,
// hover and quick fixes read these lists too, so the parser and the editor never disagree.

/** Every attribute key a span may carry, in the order the docs list them. */
export const ATTRIBUTE_KEYS = ['actor', 'fact', 'by', 'asof', 'src', 'value', 'unit', 'quote', 'note'] as const;

/** A known attribute key. */
export type AttributeKey = (typeof ATTRIBUTE_KEYS)[number];

/** Every class a span may carry: `.nofigure` (not a figure), `.own` (a claim the article states in its own voice). */
export const CLASS_NAMES = ['nofigure', 'own'] as const;

/** Keys that only make sense on a claim (a span with `fact=`). `note` is allowed anywhere. */
export const CLAIM_KEYS: readonly AttributeKey[] = ['by', 'asof', 'src', 'value', 'unit', 'quote'];

/** Keys whose value is an id (`src` too, unless it is an http(s) URL). */
export const ID_KEYS: readonly AttributeKey[] = ['actor', 'fact', 'by', 'src'];

/** True when `key` is a known attribute key. */
export function isAttributeKey(key: string): key is AttributeKey {
  return (ATTRIBUTE_KEYS as readonly string[]).includes(key);
}

/** True when `name` is a known class. */
export function isClassName(name: string): boolean {
  return (CLASS_NAMES as readonly string[]).includes(name);
}
