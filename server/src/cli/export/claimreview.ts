// `export --format claimreview`: schema.org ClaimReview JSON-LD, one review per claim. The
// mapping (and what ClaimReview cannot carry) is documented in docs/cli.md; Claimmark does not
// rate claims, so reviewRating only names whether the figure conflicts with other reports.
import type { ClaimRecord, ValueRecord } from './records';
import { dateRangeText } from '../../core/api';

type Node = Record<string, unknown>;

const ORGANISATION_KINDS = new Set(['organisation', 'government', 'military', 'media']);

/** Drops null, undefined and empty-object fields so the JSON-LD only states what is known. */
function compact(node: Node): Node {
  const out: Node = {};
  for (const [k, v] of Object.entries(node)) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as Node).filter((x) => x !== '@type').length === 0) continue;
    out[k] = v;
  }
  return out;
}

function numberText(n: number | null, infinite: string): string {
  return n === null ? infinite : n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** `[3000, 4000]`, `(1000, ∞)`: the interval in words a reader can check. */
export function intervalText(v: ValueRecord): string {
  return `${v.lowInclusive ? '[' : '('}${numberText(v.low, '-∞')}, ${numberText(v.high, '∞')}${v.highInclusive ? ']' : ')'}`;
}

function author(r: ClaimRecord): Node | undefined {
  if (!r.actor.id) return undefined;
  const type = r.actor.kind === 'person' ? 'Person' : r.actor.kind && ORGANISATION_KINDS.has(r.actor.kind) ? 'Organization' : undefined;
  return compact({ '@type': type, name: r.actor.name ?? r.actor.id, identifier: r.actor.id, ...(type === 'Person' && { jobTitle: r.actor.role }), description: type === 'Person' ? null : r.actor.role });
}

function reviewBody(r: ClaimRecord): string {
  const read = r.value ? `read as ${r.value.kind} ${intervalText(r.value)}${r.unit ? ` ${r.unit}` : ''}` : `could not be read (${r.unreadable ?? 'unknown reason'})`;
  const asof = r.asof ? `, as of ${dateRangeText(r.asof)}` : '';
  const conflicts = r.conflicts.length > 0 ? ` Conflicts with: ${r.conflicts.map((c) => `${c.actor ?? 'no actor'}, '${c.figure}', ${c.asof ?? 'no date'} (${c.file}:${c.line + 1})`).join('; ')}.` : '';
  return `Figure '${r.figure}' for ${r.fact.label ? `${r.fact.label} (${r.fact.id})` : r.fact.id} ${read}${asof}.${conflicts}`;
}

/** One ClaimReview node. */
export function claimReview(r: ClaimRecord): Node {
  const appearance = compact({
    '@type': 'NewsArticle',
    identifier: r.article.id,
    headline: r.article.title,
    url: r.article.url,
    datePublished: r.article.published,
    author: r.article.author ? { '@type': 'Person', name: r.article.author } : null,
    publisher: r.article.outlet ? { '@type': 'Organization', name: r.article.outlet } : null,
  });
  const source = r.source
    ? compact({
        '@type': 'CreativeWork',
        identifier: r.source.id,
        url: r.source.url,
        name: r.source.title,
        datePublished: r.source.date,
        publisher: r.source.publisher ? { '@type': 'Organization', name: r.source.publisher } : null,
      })
    : undefined;
  const claim = compact({
    '@type': 'Claim',
    author: author(r),
    text: r.quote,
    datePublished: r.article.published,
    temporalCoverage: dateRangeText(r.asof ?? undefined, '/') ?? null,
    about: compact({ '@type': 'Thing', identifier: r.fact.id, name: r.fact.label }),
    appearance,
    firstAppearance: source,
  });
  const conflicts = r.conflicts.length;
  return compact({
    '@type': 'ClaimReview',
    identifier: `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1}`,
    claimReviewed: r.sentence,
    itemReviewed: claim,
    reviewRating: { '@type': 'Rating', alternateName: conflicts > 0 ? `Conflicts with ${conflicts} other report${conflicts === 1 ? '' : 's'}` : 'Not rated' },
    reviewBody: reviewBody(r),
  });
}

/**
 * The records as one JSON-LD document: `{"@context": "https://schema.org", "@graph": [...]}`.
 * `<` is written `\u003c` (the same JSON): pasted into a page's `<script>` block, no quoted
 * text can close it (`</script>`) or open markup.
 */
export function exportClaimReview(records: readonly ClaimRecord[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': records.map(claimReview) }, null, 2).replace(/</g, '\\u003c') + '\n';
}
