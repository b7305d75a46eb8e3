// The YAML field schemas claimmark.yaml entries and article front matter share (zod): ids,
// free text, ISO dates, http(s) URLs, and lists whose single item may be written bare.
import * as z from './zod';
import { isIsoDate } from './dates';

/** Actor, fact, source and article ids: lower-case letters, digits, `-`, `_`, `.`, starting with a letter or digit. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;

/** Why an id is rejected (the rule, in words). */
export const BAD_ID_MESSAGE = 'is not a lower-case id (letters, digits, -, _, . starting with a letter or digit)';

/** True when `s` is a well-formed id. */
export function isId(s: string): boolean {
  return ID_PATTERN.test(s);
}

/** True for an absolute http(s) URL with a host and no white space. */
export function isHttpUrl(s: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(s);
}

// `.meta()` says in JSON Schema what a refinement checks: client/schemas/claimmark.schema.json is
// generated from these schemas (tests/tidy/registry-schema.test.ts). It changes no validation.

/** Free text; a number or boolean written bare (`title: 1984`) is read as its text. */
export const textField = z.preprocess((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v), z.string())
  .meta({ type: ['string', 'number', 'boolean'] });
/** An id (see ID_PATTERN). */
export const idField = z.string().refine(isId, { message: BAD_ID_MESSAGE, params: { tag: 'id' } }).meta({ pattern: ID_PATTERN.source });
/** A real calendar date `YYYY-MM-DD`. */
export const isoDateField = z.string().refine(isIsoDate, 'is not an ISO date YYYY-MM-DD').meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** An absolute http(s) URL. */
export const httpUrlField = z.string().refine(isHttpUrl, 'is not an http(s) URL').meta({ pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });

/** Marks, in the generated JSON Schema, a list whose single item may be written without brackets. */
export const SINGLE_ITEM_LIST = 'x-claimmark-single-item';

/** A list, where a single item may be written without brackets. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(item)).meta({ [SINGLE_ITEM_LIST]: true });
}
