// The citation card of a claim, as markdown: fact, figure as read, actor, as-of, article,
// primary source, and the other reports of the same fact across the workspace (conflicts marked).
// Every piece of article or registry text goes through escapeMarkdown/safeLink.
import type { Article, Claim } from '../model/article';
import type { ClaimRef, WorkspaceModel } from '../workspace/types';
import { escapeMarkdown as esc, safeLink } from './markdown';
import { describeInterval, describeValue, formatNumber, unitLabel } from './reading';
import { entriesOf } from '../conflicts/entry';
import { normalizeUnit, unitInfo } from '../figures/units';
import { actorName, articleTitle, dateRangeText, factLabel } from './names';
import { notComparedReason } from './compared';

/** At most this many other reports are listed; the rest are counted. */
const MAX_OTHERS = 12;

const ATTRIBUTION: Record<Claim['attribution'], string> = {
  explicit: 'given by by= on the claim',
  sentence: 'named in the sentence',
  paragraph: 'named earlier in the paragraph',
  article: "the article's by: in the front matter",
  none: 'none found',
};

/** The markdown card of a claim in `article`. */
export function claimCard(ws: WorkspaceModel, article: Article, claim: Claim): string {
  const reg = ws.registry;
  const fact = reg.facts.get(claim.fact.id);
  const lines = [`**${esc(fact?.label ?? claim.fact.id)}** · fact ${esc(claim.fact.id)}${fact?.kind ? ` · ${esc(fact.kind)}` : ''}`, ''];
  lines.push(`- **Figure:** ${figureLine(claim, fact?.unit, comparedAs(ws, article, claim))}`);
  lines.push(`- **Actor:** ${actorLine(ws, claim)}`);
  const asof = dateRangeText(claim.asof);
  lines.push(`- **As of:** ${asof ? `${esc(asof)}${claim.asofSource === 'published' ? ' (the article date)' : ''}` : 'unknown'}`);
  lines.push(`- **Article:** ${articleLine(article)}`);
  const source = sourceLine(ws, claim);
  if (source) lines.push(`- **Source:** ${source}`);
  if (claim.quote) lines.push(`- **Quote:** “${esc(claim.quote)}”`);
  if (claim.note) lines.push(`- **Note:** ${esc(claim.note)}`);
  lines.push(...otherReports(ws, article.uri, claim));
  return lines.join('\n');
}

/** The figure as printed and as read; a plain count takes the fact's unit in words; what it is compared as, when wider. */
function figureLine(claim: Claim, factUnit: string | undefined, compared: string | undefined): string {
  const printed = `“${esc(claim.text)}”`;
  if (!claim.reading.ok) return `${printed}, unreadable (${esc(claim.reading.reason)})`;
  const v = claim.reading.value;
  const shown = v.unit || !factUnit ? v : { ...v, unit: factUnit };
  const interval = v.low === v.high && v.lowInclusive && v.highInclusive ? '' : `, ${esc(describeInterval(v))}`;
  return `${printed} read as ${esc(describeValue(shown))} (${esc(v.kind)}${interval}${v.unit ? `, unit ${esc(unitLabel(v.unit))}` : ''})${compared ? `; compared as ${esc(compared)}` : ''}`;
}

/** The interval the conflict checks use for the claim (tolerance, printed precision), when it differs from the reading: `720–880`. */
function comparedAs(ws: WorkspaceModel, article: Article, claim: Claim): string | undefined {
  if (!claim.reading.ok) return undefined;
  const v = claim.reading.value;
  const e = entriesOf(article, ws.registry).find((x) => x.claim === claim);
  const unit = v.unit ?? normalizeUnit(ws.registry.facts.get(claim.fact.id)?.unit ?? '');
  const toBase = (unit && unitInfo(unit)?.toBase) || 1;
  if (!e) return undefined;
  const low = e.low / toBase;
  const high = e.high / toBase;
  if (nearlySame(low, v.low) && nearlySame(high, v.high)) return undefined;
  const label = unitLabel(v.unit ?? ws.registry.facts.get(claim.fact.id)?.unit);
  return `${formatNumber(low)}–${formatNumber(high)}${label ? ` ${label}` : ''}`;
}

function nearlySame(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function actorLine(ws: WorkspaceModel, claim: Claim): string {
  if (!claim.actor) return claim.own ? "none: the article's own voice (`.own`)" : 'none found';
  const def = ws.registry.actors.get(claim.actor.id);
  const who = def?.name ? `${esc(def.name)} (${esc(claim.actor.id)})` : esc(claim.actor.id);
  return `${who}${def?.role ? `, ${esc(def.role)}` : ''}; ${ATTRIBUTION[claim.attribution]}`;
}

/** Outlet, title, date and link of the article, whichever it has. */
export function articleLine(article: Article): string {
  const m = article.meta;
  const parts = [m.outlet && esc(m.outlet), `*${esc(articleTitle(article))}*`, m.published && esc(m.published)].filter(Boolean);
  if (m.url) parts.push(safeLink('link', m.url));
  return parts.join(', ');
}

function sourceLine(ws: WorkspaceModel, claim: Claim): string | undefined {
  if (!claim.src) return undefined;
  if (claim.srcIsUrl) return safeLink(claim.src.id, claim.src.id);
  const def = ws.registry.sources.get(claim.src.id);
  if (!def) return `${esc(claim.src.id)} (not in claimmark.yaml)`;
  const parts = [def.publisher && esc(def.publisher), def.title && `*${esc(def.title)}*`, def.date && esc(def.date)].filter((p): p is string => !!p);
  if (def.url) parts.push(safeLink('link', def.url));
  return `${parts.join(', ') || esc(def.id)} (${esc(def.id)})`;
}

/** The other claims of the same fact, conflicts first marked with ⚠. */
function otherReports(ws: WorkspaceModel, uri: string, claim: Claim): string[] {
  const all = ws.claimsByFact().get(claim.fact.id) ?? [];
  const others = all.filter((r) => r.claim !== claim);
  if (others.length === 0) return ['', '_No other report of this fact in the workspace._'];
  const conflicting = new Set(ws.conflictsOf(uri, claim).map((r) => r.claim));
  const sorted = [...others].sort((a, b) => Number(conflicting.has(b.claim)) - Number(conflicting.has(a.claim)));
  const notCompared = others.filter((r) => notComparedReason(ws, claim, r.claim)).length;
  const head = `${conflicting.size ? `, ${conflicting.size} in conflict` : ''}${notCompared ? `, ${notCompared} not compared` : ''}`;
  const out = ['', `**Other reports of ${esc(factLabel(ws.registry, claim.fact.id))}** (${others.length}${head}):`, ''];
  for (const r of sorted.slice(0, MAX_OTHERS)) {
    const skipped = notComparedReason(ws, claim, r.claim);
    out.push(`- ${conflicting.has(r.claim) ? '⚠ **conflicts:** ' : ''}${reportLine(ws, r)}${skipped ? ` — _not compared: ${skipped}_` : ''}`);
  }
  if (sorted.length > MAX_OTHERS) out.push(`- … and ${sorted.length - MAX_OTHERS} more`);
  return out;
}

function reportLine(ws: WorkspaceModel, r: ClaimRef): string {
  const actor = r.claim.actor ? esc(actorName(ws.registry, r.claim.actor.id)) : 'no actor';
  const date = dateRangeText(r.claim.asof) ?? 'no date';
  return `${actor}: “${esc(r.claim.text)}”, ${esc(date)}, in *${esc(articleTitle(r.article))}*`;
}
