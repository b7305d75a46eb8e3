// The review page of `claimmark report`: one self-contained HTML document (inline CSS and SVG,
// no script, no external resource). Per fact a timeline and a table; per actor their claims.
import type { ClaimRecord } from '../export/records';
import { dateRangeText } from '../../core/api';
import { CONFLICT, timeline } from './chart';
import { esc, num, safeHref } from './escape';
import { STYLE } from './style';

/** What the page is built from. */
export interface PageInput {
  title: string;
  version: string;
  records: readonly ClaimRecord[];
  articles: number;
  /** How a file is shown (the CLI: relative to the workspace root); as given when absent. */
  fileOf?: (file: string) => string;
  /** Registry labels of facts and actors without claims are not listed: the page is about claims. */
}

const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#8c564b', '#6a3d9a', '#bcbd22', '#17becf', '#7f7f7f'];

function groupBy<K>(records: readonly ClaimRecord[], key: (r: ClaimRecord) => K): Map<K, ClaimRecord[]> {
  const out = new Map<K, ClaimRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => cmp(a, b));
const conflicted = (rs: readonly ClaimRecord[]) => rs.filter((r) => r.conflicts.length > 0).length;
/** Facts a reviewer should see first: those in conflict, then the most reported, then by id. */
const byAttention = (m: Map<string, ClaimRecord[]>) => [...m.entries()].sort(([a, x], [b, y]) => conflicted(y) - conflicted(x) || y.length - x.length || cmp(a, b));
const asofText = (r: ClaimRecord) => dateRangeText(r.asof ?? undefined, ' – ') ?? 'no date';
const anchor = (kind: string, id: string) => `${kind}-${id.replace(/[^a-z0-9_.-]/gi, '_')}`;

function readAs(r: ClaimRecord): string {
  if (!r.value) return `<span class="muted">unreadable${r.unreadable ? `: ${esc(r.unreadable)}` : ''}</span>`;
  const v = r.value;
  const interval = v.low === v.high ? num(v.low) : `${v.lowInclusive ? '[' : '('}${num(v.low, '-∞')}, ${num(v.high)}${v.highInclusive ? ']' : ')'}`;
  return `${esc(interval)}${r.unit ? ` ${esc(r.unit)}` : ''} <span class="muted">${esc(v.kind)}</span>`;
}

/** How files are shown on the page being built (set by reportPage). */
let shownFile: (file: string) => string = (f) => f;

/** A title and, when it differs from the id, the id after it (never "x x"). */
function titled(label: string | null | undefined, id: string): string {
  return label && label !== id ? `${esc(label)} <code>${esc(id)}</code>` : `<code>${esc(id)}</code>`;
}

function articleCell(r: ClaimRecord): string {
  const name = esc(r.article.outlet ?? r.article.id);
  const title = r.article.title ? `<br><span class="muted">${esc(r.article.title)}</span>` : '';
  const href = safeHref(r.article.url);
  const date = r.article.published ? ` <span class="muted">${esc(r.article.published)}</span>` : '';
  return `${href ? `<a href="${href}" rel="noopener noreferrer">${name}</a>` : name}${date}${title}<br><code>${esc(shownFile(r.file))}:${r.range.start.line + 1}</code>`;
}

function sourceCell(r: ClaimRecord): string {
  if (!r.source) return '<span class="muted">—</span>';
  const label = esc(r.source.publisher ?? r.source.title ?? r.source.id ?? r.source.url ?? '');
  const href = safeHref(r.source.url);
  return href ? `<a href="${href}" rel="noopener noreferrer">${label}</a>` : label;
}

function conflictNote(r: ClaimRecord): string {
  if (r.conflicts.length === 0) return '';
  const items = r.conflicts.map((c) => `${esc(c.actor ?? 'no actor')}: ‘${esc(c.figure)}’ (${esc(c.asof ?? 'no date')}, ${esc(shownFile(c.file))}:${c.line + 1})`);
  return `<div class="conflicts">⚠ conflicts with ${items.join('; ')}</div>`;
}

function factSection(id: string, records: readonly ClaimRecord[], colourOf: (a: string | null) => string): string {
  const first = records[0]!;
  const chart = timeline(records, colourOf);
  const conflicts = records.filter((r) => r.conflicts.length > 0).length;
  // claims with a date and without one are never compared (docs/conflicts.md): mark the undated ones when dated ones exist
  const undated = records.some((r) => r.asof) ? records.filter((r) => !r.asof).length : 0;
  const meta = [first.fact.kind && `kind ${esc(first.fact.kind)}`, (chart.unit ?? first.fact.unit) && `unit ${esc(chart.unit ?? first.fact.unit)}`, `${records.length} claim${records.length === 1 ? '' : 's'}`, conflicts > 0 && `<span class="bad">${conflicts} in conflict</span>`, undated > 0 && `${undated} not compared (no date)`].filter(Boolean).join(' · ');
  const notes = Object.entries(chart.skipped).filter(([, n]) => n > 0).map(([why, n]) => `${n} not drawn (${why === 'otherUnit' ? 'another unit' : why})`);
  const actors = [...new Set(records.map((r) => r.actor.id))];
  const legend = actors.map((a) => `<span class="key"><i style="background:${colourOf(a)}"></i>${esc(records.find((r) => r.actor.id === a)?.actor.name ?? a ?? 'no actor')}</span>`).join('');
  const rows = [...records].sort((a, b) => cmp(a.asof?.from ?? '9999', b.asof?.from ?? '9999')).map((r) => `<tr class="${r.conflicts.length > 0 ? 'conflict' : ''}"><td>${esc(asofText(r))}</td><td><i class="dot" style="background:${colourOf(r.actor.id)}"></i>${r.actor.id ? `<a href="#${anchor('actor', r.actor.id)}">${esc(r.actor.name ?? r.actor.id)}</a>` : '<span class="muted">no actor</span>'}</td><td><b>${esc(r.figure)}</b>${conflictNote(r)}${undated > 0 && !r.asof ? '<div class="muted">not compared with the dated claims: no date</div>' : ''}</td><td>${readAs(r)}</td><td>${articleCell(r)}</td><td>${sourceCell(r)}</td></tr>`);
  return `<section id="${anchor('fact', id)}"><h3>${titled(first.fact.label, id)}</h3><p class="meta">${meta}</p>
${chart.svg ? `<figure>${chart.svg}<figcaption>${legend}${conflicts > 0 ? `<span class="key"><i class="ring" style="border-color:${CONFLICT}"></i>conflict</span>` : ''}${notes.length ? `<span class="muted"> · ${esc(notes.join(', '))}</span>` : ''}</figcaption></figure>` : `<p class="muted">Nothing to draw: ${esc(notes.join(', ') || 'no readable, dated figure')}.</p>`}
<table><thead><tr><th>As of</th><th>Actor</th><th>Figure as printed</th><th>Read as</th><th>Article</th><th>Source</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function actorSection(id: string, records: readonly ClaimRecord[], colour: string): string {
  const a = records[0]!.actor;
  const rows = records.map((r) => `<tr class="${r.conflicts.length > 0 ? 'conflict' : ''}"><td><a href="#${anchor('fact', r.fact.id)}">${esc(r.fact.label ?? r.fact.id)}</a></td><td><b>${esc(r.figure)}</b>${r.conflicts.length > 0 ? ' <span class="bad">⚠</span>' : ''}</td><td>${readAs(r)}</td><td>${esc(asofText(r))}</td><td>${articleCell(r)}</td></tr>`);
  const role = [a.role, a.kind].filter(Boolean).map((s) => esc(s)).join(' · ');
  return `<section id="${anchor('actor', id)}"><h3><i class="dot" style="background:${colour}"></i>${titled(a.name, id)}</h3>${role ? `<p class="meta">${role}</p>` : ''}
<table><thead><tr><th>Fact</th><th>Figure as printed</th><th>Read as</th><th>As of</th><th>Article</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** The whole page. Deterministic: the same claims give the same bytes (no date, no random ids). */
export function reportPage(input: PageInput): string {
  shownFile = input.fileOf ?? ((f) => f);
  const facts = groupBy(input.records, (r) => r.fact.id);
  const actors = groupBy(input.records, (r) => r.actor.id ?? '');
  const actorIds = byKey(actors).map(([id]) => id);
  const colourOf = (a: string | null) => PALETTE[Math.max(0, actorIds.indexOf(a ?? '')) % PALETTE.length]!;
  const conflicts = input.records.filter((r) => r.conflicts.length > 0).length;
  const factLinks = byAttention(facts).map(([id, rs]) => `<li><a href="#${anchor('fact', id)}">${esc(rs[0]!.fact.label ?? id)}</a> <span class="muted">${rs.length}</span>${rs.some((r) => r.conflicts.length > 0) ? ' <span class="bad">⚠</span>' : ''}</li>`);
  const actorLinks = byKey(actors).filter(([id]) => id !== '').map(([id, rs]) => `<li><a href="#${anchor('actor', id)}">${esc(rs[0]!.actor.name ?? id)}</a> <span class="muted">${rs.length}</span></li>`);
  const unattributed = actors.get('')?.length ?? 0;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(input.title)}</title><style>${STYLE}</style></head><body>
<header><h1>${esc(input.title)}</h1>
<p class="summary"><b>${input.records.length}</b> claims in <b>${input.articles}</b> articles · <b>${facts.size}</b> facts · <b>${actorLinks.length}</b> actors · <b class="${conflicts > 0 ? 'bad' : ''}">${conflicts}</b> claims in conflict${unattributed > 0 ? ` · ${unattributed} without an actor` : ''}</p></header>
<nav><div><h2>Facts</h2><ul>${factLinks.join('')}</ul></div><div><h2>Actors</h2><ul>${actorLinks.join('')}</ul></div></nav>
<main><h2>By fact</h2>${byAttention(facts).map(([id, rs]) => factSection(id, rs, colourOf)).join('\n')}
<h2>By actor</h2>${byKey(actors).filter(([id]) => id !== '').map(([id, rs]) => actorSection(id, rs, colourOf(id))).join('\n')}</main>
<footer>Generated by claimmark ${esc(input.version)}. Bars span a figure's interval, dots are exact figures, rings approximate ones, arrows open-ended; the horizontal line under a mark spans its as-of range. Hover a mark for its source.</footer>
</body></html>
`;
}
