// Claims packed for the trip from a worker to the main thread: numbers in one Float64Array
// (transferred, not copied) and strings in one array. Cloning 60,000 claim objects field by
// field cost more than a second on each side; this costs a few tens of milliseconds.
import type { CheckedClaim, FigureKind, Span } from '../../core/api';
import type { Range } from '../report';

/** A batch of articles' claims and their figure ranges. */
export interface PackedClaims {
  files: string[];
  /** Claims per file. */
  counts: number[];
  numbers: Float64Array;
  strings: string[];
}

const NUMBERS = 15;
const HAS_ACTOR = 1;
const HAS_ASOF = 2;
const OK = 4;
const LOW_INCLUSIVE = 8;
const HIGH_INCLUSIVE = 16;
const HAS_UNIT = 32;

/** Packs each file's claims with the range of each claim's figure (`ranges[i][k]` for claim k of file i). */
export function packClaims(files: string[], claims: CheckedClaim[][], ranges: Range[][]): PackedClaims {
  const total = claims.reduce((n, list) => n + list.length, 0);
  const numbers = new Float64Array(total * NUMBERS);
  const strings: string[] = [];
  let at = 0;
  claims.forEach((list, i) => list.forEach((c, k) => {
    const r = ranges[i]![k]!;
    const flags = (c.actor ? HAS_ACTOR : 0) | (c.asof ? HAS_ASOF : 0) | (c.reading.ok ? OK : 0)
      | (c.reading.ok && c.reading.value.lowInclusive ? LOW_INCLUSIVE : 0) | (c.reading.ok && c.reading.value.highInclusive ? HIGH_INCLUSIVE : 0)
      | (c.reading.ok && c.reading.value.unit !== undefined ? HAS_UNIT : 0);
    numbers.set([flags, c.span.start, c.span.end, c.textSpan.start, c.textSpan.end, c.fact.span.start, c.fact.span.end,
      c.actor?.span.start ?? 0, c.actor?.span.end ?? 0, c.reading.ok ? c.reading.value.low : 0, c.reading.ok ? c.reading.value.high : 0,
      r.start.line, r.start.character, r.end.line, r.end.character], at);
    at += NUMBERS;
    strings.push(c.text, c.fact.id);
    if (c.actor) strings.push(c.actor.id);
    if (c.asof) strings.push(c.asof.from, c.asof.to);
    if (c.reading.ok) {
      strings.push(c.reading.value.kind);
      if (c.reading.value.unit !== undefined) strings.push(c.reading.value.unit);
    } else strings.push(c.reading.reason);
  }));
  return { files, counts: claims.map((l) => l.length), numbers, strings };
}

/** Unpacks what packClaims packed: per file, its claims and their figure ranges. */
export function unpackClaims(packed: PackedClaims): { file: string; claims: CheckedClaim[]; ranges: Range[] }[] {
  const { numbers: n, strings } = packed;
  let at = 0;
  let s = 0;
  const span = (i: number): Span => ({ start: n[i]!, end: n[i + 1]! });
  return packed.files.map((file, f) => {
    const claims: CheckedClaim[] = [];
    const ranges: Range[] = [];
    for (let k = 0; k < packed.counts[f]!; k++, at += NUMBERS) {
      const flags = n[at]!;
      const text = strings[s++]!;
      const fact = { id: strings[s++]!, span: span(at + 5) };
      const claim = { span: span(at + 1), textSpan: span(at + 3), text, fact } as CheckedClaim;
      if (flags & HAS_ACTOR) claim.actor = { id: strings[s++]!, span: span(at + 7) };
      if (flags & HAS_ASOF) claim.asof = { from: strings[s++]!, to: strings[s++]! };
      if (flags & OK) {
        const value: CheckedClaim['reading'] & { ok: true } = { ok: true, value: { low: n[at + 9]!, high: n[at + 10]!, lowInclusive: !!(flags & LOW_INCLUSIVE), highInclusive: !!(flags & HIGH_INCLUSIVE), kind: strings[s++]! as FigureKind } };
        if (flags & HAS_UNIT) value.value.unit = strings[s++]!;
        claim.reading = value;
      } else claim.reading = { ok: false, reason: strings[s++]! };
      claims.push(claim);
      ranges.push({ start: { line: n[at + 11]!, character: n[at + 12]! }, end: { line: n[at + 13]!, character: n[at + 14]! } });
    }
    return { file, claims, ranges };
  });
}
