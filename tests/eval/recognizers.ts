// The Recognizers-Text English number specs (microsoft/Recognizers-Text, MIT) as an outside
// span check: for each spec result that fits the figure policy, does the detector find it,
// and with exactly the spec's span? Cases outside the policy are dropped, by rule (DROPS).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFigures } from '../../server/src/core/untagged/detect';

interface SpecResult { Text: string; TypeName: string; Start: number; End: number; Resolution?: { subtype?: string; value?: string; unit?: string } }
interface SpecCase { Input: string; Results?: SpecResult[] }

/** Why a spec result is not a figure here; checked in order, the first match drops the result. */
export const DROPS: readonly { why: string; test: (c: SpecCase, r: SpecResult) => boolean }[] = [
  { why: 'ordinal (not a figure here)', test: (_c, r) => /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|\w+tieth|hundredth|thousandth)\b|\d(st|nd|rd|th)\b/i.test(r.Text) && !/\bof\b|\/|over/.test(r.Text) },
  { why: 'IP address, version or code (dotted/slashed/hyphenated identifiers)', test: (c) => /\d+\.\d+\.\d+|[A-Za-z]+-\d|\d+\/\d+\/\d+/.test(c.Input) },
  { why: 'power or scientific notation (not news prose)', test: (_c, r) => r.Resolution?.subtype === 'power' || /\d[eE][-+]?\d|\^/.test(r.Text) },
  { why: 'negative number (news writes "minus"/"down")', test: (_c, r) => /^(-|negative|minus)/i.test(r.Text) },
  { why: 'digital information unit (bits, bytes)', test: (_c, r) => r.TypeName === 'dimension' && /bit|byte/i.test(r.Resolution?.unit ?? '') },
  { why: 'bare spelled fraction without a quantity context ("one over four", "1/4")', test: (_c, r) => /\bover\b|^\s*\d+\s*\/\s*\d+\s*$/.test(r.Text) },
  { why: 'input is only the number (no prose around it) and the number is a lone "one"-like pronoun', test: (_c, r) => /^(one|a|an)$/i.test(r.Text.trim()) },
];

/** Where the spec files are: the project's filtered copy if present, else the shared folder. */
export function specDir(): string {
  const local = join(__dirname, '..', 'fixtures', 'recognizers-text');
  return existsSync(local) ? local : join(__dirname, '..', '..', '..', 'shared', 'peer-tests', 'recognizers-text');
}

/** Per-model counts: kept results, found (overlapped), exact span, dropped by reason; a few misses. */
export function scoreRecognizers(): { model: string; kept: number; found: number; exact: number; dropped: Record<string, number>; misses: string[] }[] {
  const dir = specDir();
  const out = [];
  for (const model of ['NumberModel', 'NumberRangeModel', 'PercentModel', 'DimensionModel']) {
    const file = join(dir, `${model}.json`);
    if (!existsSync(file)) continue;
    const cases = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
    const row = { model, kept: 0, found: 0, exact: 0, dropped: {} as Record<string, number>, misses: [] as string[] };
    for (const c of cases) {
      const found = detectFigures(c.Input, [], { vagueQuantities: true, notFigures: [] });
      for (const r of c.Results ?? []) {
        const drop = DROPS.find((d) => d.test(c, r));
        if (drop) { row.dropped[drop.why] = (row.dropped[drop.why] ?? 0) + 1; continue; }
        row.kept++;
        const start = r.Start;
        const end = r.End + 1;
        const hits = found.filter((d) => d.span.start < end && start < d.span.end);
        if (hits.length > 0) row.found++;
        if (hits.some((d) => d.span.start === start && d.span.end === end)) row.exact++;
        else if (row.misses.length < 12) row.misses.push(`"${r.Text}" in "${c.Input.slice(0, 80)}" -> ${hits.map((h) => `"${h.text}"`).join(', ') || 'nothing'}`);
      }
    }
    out.push(row);
  }
  return out;
}
