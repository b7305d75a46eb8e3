// The claims of the check cache (cache.ts) as short arrays, not objects: they are nine tenths
// of the file, and field names were most of each. Numbers JSON cannot carry (open figure
// intervals are +/-Infinity, and -0) travel as strings that start with a NUL, which no text
// read can hold (a file with a NUL byte is skipped as binary). Decoding checks every field.
import { checkedClaim, type KeptArticle } from '../core/api';

type CheckedClaim = KeptArticle['claims'][number];
type Reading = CheckedClaim['reading'];
type FigureValue = Extract<Reading, { ok: true }>['value'];

/** [span, textSpan, text, fact, reading, actor or 0, asof or 0, printed 1 or 0], each span and id flattened (kept claims carry no fact or actor span: those are 0, 0). */
type Encoded = [number, number, number, number, string, string, number, number, unknown[], [string, number, number] | 0, [string, string] | 0, 0 | 1];

/** A claim as the cache stores it. */
export function encodeClaim(c: CheckedClaim): unknown {
  const out: Encoded = [c.span.start, c.span.end, c.textSpan.start, c.textSpan.end, c.text, c.fact.id, c.fact.span.start, c.fact.span.end, encodeReading(c.reading), c.actor ? [c.actor.id, c.actor.span.start, c.actor.span.end] : 0, c.asof ? [c.asof.from, c.asof.to] : 0, c.printed ? 1 : 0];
  return out;
}

/** A claim back from the cache, or undefined when the array is not one encodeClaim made. */
export function decodeClaim(raw: unknown): CheckedClaim | undefined {
  if (!Array.isArray(raw) || raw.length !== 12) return undefined;
  const [s, e, ts, te, text, factId, fs, fe, reading, actor, asof, printed] = raw as unknown[];
  if (printed !== 0 && printed !== 1) return undefined;
  if (!ints(s, e, ts, te, fs, fe) || typeof text !== 'string' || typeof factId !== 'string') return undefined;
  const read = decodeReading(reading);
  if (!read) return undefined;
  const out: CheckedClaim = { span: { start: s as number, end: e as number }, textSpan: { start: ts as number, end: te as number }, text, fact: { id: factId, span: { start: fs as number, end: fe as number } }, reading: read };
  if (actor !== 0) {
    if (!Array.isArray(actor) || actor.length !== 3 || typeof actor[0] !== 'string' || !ints(actor[1], actor[2])) return undefined;
    out.actor = { id: actor[0], span: { start: actor[1] as number, end: actor[2] as number } };
  }
  if (asof !== 0) {
    if (!Array.isArray(asof) || asof.length !== 2 || typeof asof[0] !== 'string' || typeof asof[1] !== 'string') return undefined;
    out.asof = { from: asof[0], to: asof[1] };
  }
  if (printed === 1) out.printed = true;
  return checkedClaim(out); // one literal of the fields it has, as a claim read from its text
}

const ints = (...xs: unknown[]) => xs.every((x) => typeof x === 'number');

/** [0, reason] or [1, low, high, lowInclusive, highInclusive, kind, unit?] (a value's fields in their order). */
function encodeReading(r: Reading): unknown[] {
  if (!r.ok) return [0, r.reason];
  const v = r.value;
  const out: unknown[] = [1, encodeNumber(v.low), encodeNumber(v.high), v.lowInclusive, v.highInclusive, v.kind];
  if (v.unit !== undefined) out.push(v.unit);
  return out;
}

function decodeReading(raw: unknown): Reading | undefined {
  if (!Array.isArray(raw)) return undefined;
  if (raw[0] === 0) return raw.length === 2 && typeof raw[1] === 'string' ? { ok: false, reason: raw[1] } : undefined;
  if (raw[0] !== 1 || (raw.length !== 6 && raw.length !== 7)) return undefined;
  const [, low, high, lowInclusive, highInclusive, kind, unit] = raw as unknown[];
  const l = decodeNumber(low);
  const h = decodeNumber(high);
  if (l === undefined || h === undefined || typeof lowInclusive !== 'boolean' || typeof highInclusive !== 'boolean' || typeof kind !== 'string') return undefined;
  const value: FigureValue = { low: l, high: h, lowInclusive, highInclusive, kind: kind as FigureValue['kind'] };
  if (raw.length === 7) {
    if (typeof unit !== 'string') return undefined;
    value.unit = unit;
  }
  return { ok: true, value };
}

const encodeNumber = (n: number): number | string => (Number.isFinite(n) && !Object.is(n, -0) ? n : `\u0000${Object.is(n, -0) ? '-0' : String(n)}`);

function decodeNumber(n: unknown): number | undefined {
  if (typeof n === 'number') return n;
  return typeof n === 'string' && n.charCodeAt(0) === 0 ? Number(n.slice(1)) : undefined;
}
