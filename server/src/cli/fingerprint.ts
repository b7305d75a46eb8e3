// Stable fingerprints of diagnostics, for SARIF and baselines. A fingerprint names the
// problem by what it is about, not where it is: the file (relative to the repository root),
// the code, the claim it sits in (fact id and figure as printed) or else the text it covers,
// and which occurrence of that key in the file it is. Moving lines keeps it; editing the figure changes it.
import { createHash } from './hash';
import type { Claim, Diagnostic } from '../core/api';
import { rootRelative } from './root';

/** Fingerprint scheme version, part of every hash (bump it when the key changes). */
export const FINGERPRINT_VERSION = 'claimmark/v1';

/** What a fingerprint reads of a claim: where it is, its fact and its figure as printed. */
export type KeyedClaim = Pick<Claim, 'span' | 'textSpan' | 'fact' | 'text'>;

/** The readable key of one diagnostic, before its occurrence index is added. */
export function identityKey(file: string, claims: readonly KeyedClaim[] | undefined, text: string | undefined, d: Diagnostic): string {
  const covered = text === undefined ? '' : normalise(text.slice(d.span.start, d.span.end));
  const claim = claims && claimAt(claims, d.span.start, d.span.end);
  // A finding about the whole claim (no actor, a conflict) is keyed on the claim alone, so
  // editing another attribute keeps it; one about a part (a bad date) also on that part.
  const whole = claim && ((d.span.start === claim.span.start && d.span.end === claim.span.end) || (d.span.start === claim.textSpan.start && d.span.end === claim.textSpan.end));
  const anchor = claim ? `fact=${claim.fact.id}\u0000figure=${normalise(claim.text)}\u0000at=${whole ? '' : covered}` : `at=${covered || normalise(d.message)}`;
  return `${file}\u0000${d.code}\u0000${anchor}`;
}

/** Hex digest of a key with its occurrence index. */
export function hashKey(key: string, occurrence: number): string {
  return createHash('sha256').update(`${FINGERPRINT_VERSION}\u0000${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
}

/** A checked workspace as fingerprints read it (a BatchCheck). */
export interface Fingerprinted {
  diagnostics(file: string): readonly Diagnostic[];
  claimsOf(file: string): readonly KeyedClaim[] | undefined;
}

/**
 * Fingerprints of every diagnostic of `files`, in the order buildReport lists them
 * (file order, then the workspace's order within a file). `root` is the repository root.
 */
export function fingerprints(checked: Fingerprinted, files: ReadonlyMap<string, string>, root: string, cwd: string): string[] {
  const out: string[] = [];
  for (const [file, text] of files) {
    const claims = checked.claimsOf(file);
    const rel = rootRelative(root, cwd, file);
    const seen = new Map<string, number>();
    for (const d of checked.diagnostics(file)) {
      const key = identityKey(rel, claims, text, d);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      out.push(hashKey(key, n));
    }
  }
  return out;
}

/** The claim whose span holds [start, end], if any (claims are in text order). */
function claimAt(claims: readonly KeyedClaim[], start: number, end: number): KeyedClaim | undefined {
  let low = 0;
  let high = claims.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const c = claims[mid]!;
    if (c.span.end < start) low = mid + 1;
    else if (c.span.start > start) high = mid - 1;
    else return c.span.start <= start && end <= c.span.end ? c : undefined;
  }
  return undefined;
}

/** Collapses white space so re-wrapping a paragraph keeps the key. */
function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
