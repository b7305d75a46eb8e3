// The card of an actor, fact or source id (hover on an actor mention, an id in an attribute or
// a registry entry): who or what it is, from claimmark.yaml, and where it is used.
import type { ClaimRef, IdKind, WorkspaceModel } from '../workspace/types';
import { escapeMarkdown as esc, safeLink } from './markdown';
import { actorName, dateRangeText, factLabel } from './names';

const MAX_LISTED = 8;

/** The markdown card of an id. */
export function idCard(ws: WorkspaceModel, kind: IdKind, id: string): string {
  const lines = [...describe(ws, kind, id), '', ...usage(ws, kind, id)];
  return lines.join('\n');
}

function describe(ws: WorkspaceModel, kind: IdKind, id: string): string[] {
  const reg = ws.registry;
  if (kind === 'actor') {
    const a = reg.actors.get(id);
    if (!a) return notDefined(ws, kind, id);
    const facts = [a.kind, a.country].filter((x): x is string => !!x).map(esc).join(', ');
    return [
      `**${esc(a.name ?? id)}** · actor ${esc(id)}`,
      ...(a.role ? ['', esc(a.role)] : []),
      ...(facts ? ['', facts] : []),
      ...(a.aliases.length ? ['', `Also written: ${a.aliases.map(esc).join(', ')}`] : []),
    ];
  }
  if (kind === 'fact') {
    const f = reg.facts.get(id);
    if (!f) return notDefined(ws, kind, id);
    const meta = [f.kind && `kind ${esc(f.kind)}`, f.unit && `unit ${esc(f.unit)}`].filter(Boolean).join(', ');
    return [
      `**${esc(f.label ?? id)}** · fact ${esc(id)}`,
      ...(meta ? ['', meta] : []),
      ...(f.parts.length ? ['', `Parts (add up to at most this): ${f.parts.map((p) => esc(factLabel(reg, p.id))).join('; ')}`] : []),
    ];
  }
  const s = reg.sources.get(id);
  if (!s) return notDefined(ws, kind, id);
  const parts = [s.publisher && esc(s.publisher), s.title && `*${esc(s.title)}*`, s.date && esc(s.date)].filter(Boolean);
  if (s.url) parts.push(safeLink('link', s.url));
  return [`**${esc(s.title ?? s.publisher ?? id)}** · source ${esc(id)}`, ...(parts.length ? ['', parts.join(', ')] : [])];
}

function notDefined(ws: WorkspaceModel, kind: IdKind, id: string): string[] {
  const why = ws.registry.present ? 'not defined in claimmark.yaml' : 'no claimmark.yaml in this workspace';
  return [`**${esc(id)}** · ${kind} (${why})`];
}

function usage(ws: WorkspaceModel, kind: IdKind, id: string): string[] {
  const claims = (kind === 'actor' ? ws.claimsByActor() : kind === 'fact' ? ws.claimsByFact() : ws.claimsBySource()).get(id) ?? [];
  const refs = ws.references(kind, id, false);
  const files = new Set(refs.map((r) => r.uri)).size;
  const head = `Written ${refs.length} time${refs.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; ${claims.length} claim${claims.length === 1 ? '' : 's'}${kind === 'actor' ? ' attributed' : ''}.`;
  if (claims.length === 0) return [head];
  return [head, '', ...claims.slice(0, MAX_LISTED).map((r) => `- ${claimLine(ws, kind, r)}`), ...(claims.length > MAX_LISTED ? [`- … and ${claims.length - MAX_LISTED} more`] : [])];
}

function claimLine(ws: WorkspaceModel, kind: IdKind, r: ClaimRef): string {
  const asof = r.claim.asof ? `, ${esc(dateRangeText(r.claim.asof))}` : '';
  const what = kind === 'fact'
    ? (r.claim.actor ? esc(actorName(ws.registry, r.claim.actor.id)) : 'no actor')
    : esc(factLabel(ws.registry, r.claim.fact.id));
  return `${what}: “${esc(r.claim.text)}”${asof}`;
}
