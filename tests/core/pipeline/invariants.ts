// What must hold for every workspace state, whatever the files say: used by the pipeline
// fuzz test. Each check returns the broken rules as sentences (empty when all hold), so a
// failure names what went wrong and where.
import type { Span } from '../../../server/src/core/span';
import type { Workspace } from '../../../server/src/core/workspace/workspace';
import type { AnalysisOptions, Diagnostic, IdKind, Location } from '../../../server/src/core/workspace/types';
import type { FigureReading } from '../../../server/src/core/figures/value';
import { isDiagnosticCode, SEVERITIES } from '../../../server/src/core/diagnostics/catalog';
import { below, type Rand } from './prng';

const SEVERITY_SET = new Set<string>(SEVERITIES);
const KINDS: IdKind[] = ['actor', 'fact', 'source'];
const VALID_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** The documents the workspace was given: uri -> text (articles and the registry). */
export type Documents = ReadonlyMap<string, string>;

function spanIn(s: Span, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= length;
}

/** NaN-free, ordered bounds for a readable figure. */
export function badReading(r: FigureReading): string | undefined {
  if (!r.ok) return typeof r.reason === 'string' ? undefined : 'unreadable figure without a reason';
  const v = r.value;
  if (Number.isNaN(v.low) || Number.isNaN(v.high)) return `NaN bound [${v.low}, ${v.high}]`;
  if (v.low > v.high) return `low ${v.low} > high ${v.high}`;
  if (v.low === Infinity || v.high === -Infinity) return `empty interval [${v.low}, ${v.high}]`;
  return undefined;
}

function checkLocation(what: string, loc: Location, docs: Documents, out: string[]): void {
  const text = docs.get(loc.uri);
  if (text === undefined) out.push(`${what}: points at ${loc.uri}, which is not in the workspace`);
  else if (!spanIn(loc.span, text.length)) out.push(`${what}: span ${JSON.stringify(loc.span)} outside ${loc.uri} (length ${text.length})`);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when an offset falls between the two halves of a surrogate pair (an editor cannot show it). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Every rule a document's diagnostics must keep. */
export function checkDiagnostics(uri: string, diags: readonly Diagnostic[], docs: Documents): string[] {
  const out: string[] = [];
  const text = docs.get(uri) ?? '';
  for (const d of diags) {
    const where = `${uri} ${d.code} ${JSON.stringify(d.span)}`;
    if (!isDiagnosticCode(d.code)) out.push(`${where}: unknown code`);
    if (!SEVERITY_SET.has(d.severity)) out.push(`${where}: severity ${String(d.severity)}`);
    if (!spanIn(d.span, text.length)) out.push(`${where}: span outside the text (length ${text.length})`);
    else if (splitsPair(text, d.span.start) || splitsPair(text, d.span.end)) out.push(`${where}: span splits a surrogate pair`);
    if (typeof d.message !== 'string' || d.message === '') out.push(`${where}: empty message`);
    if (d.code === 'untagged-figure' && (d.data as { figure?: string } | undefined)?.figure !== text.slice(d.span.start, d.span.end)) out.push(`${where}: data.figure is not the span's text`);
    for (const r of d.related ?? []) checkLocation(`${where} related`, r, docs, out);
    try {
      JSON.stringify(d.data);
    } catch {
      out.push(`${where}: data is not JSON-serialisable`);
    }
  }
  return out;
}

/** Claims, their readings, indexes, symbols, references, definitions and conflicts. */
export function checkQueries(ws: Workspace, docs: Documents, rand: Rand): string[] {
  const out: string[] = [];
  const ids: [IdKind, string][] = [];
  for (const article of ws.articles()) {
    const text = docs.get(article.uri);
    if (text === undefined) { out.push(`article ${article.uri} is not in the workspace`); continue; }
    for (const c of article.claims) {
      const bad = badReading(c.reading);
      if (bad) out.push(`${article.uri} claim '${c.text}': ${bad}`);
      for (const s of [c.span, c.textSpan, c.fact.span, c.sentenceSpan, c.paragraphSpan, ...(c.by ? [c.by.span] : []), ...(c.src ? [c.src.span] : [])]) {
        if (!spanIn(s, text.length)) out.push(`${article.uri} claim '${c.text}': span ${JSON.stringify(s)} outside the text`);
      }
      ids.push(['fact', c.fact.id]);
      for (const ref of ws.conflictsOf(article.uri, c)) {
        if (ws.getArticle(ref.uri) !== ref.article) out.push(`conflictsOf: stale article ${ref.uri}`);
        if (!ref.article.claims.includes(ref.claim)) out.push(`conflictsOf: claim not in its article ${ref.uri}`);
      }
    }
    for (const m of article.mentions) ids.push(['actor', m.actor.id]);
    // symbols at random offsets, including just outside the text
    for (let i = 0; i < 4; i++) {
      const offset = below(rand, text.length + 3) - 1;
      const sym = ws.symbolAt(article.uri, offset);
      if (!sym) continue;
      if (!spanIn(sym.span, text.length)) out.push(`symbolAt(${article.uri}, ${offset}): span outside the text`);
      ids.push([sym.kind, sym.id]);
    }
  }
  for (const [name, groups] of [['byActor', ws.claimsByActor()], ['byFact', ws.claimsByFact()], ['bySource', ws.claimsBySource()]] as const) {
    for (const [key, refs] of groups) {
      if (refs.length === 0) out.push(`${name} '${key}': empty group kept`);
      for (const ref of refs) {
        if (ws.getArticle(ref.uri) !== ref.article) out.push(`${name} '${key}': stale or removed article ${ref.uri}`);
        else if (!ref.article.claims.includes(ref.claim)) out.push(`${name} '${key}': claim not in its article`);
      }
    }
  }
  for (const kind of KINDS) for (const id of ws.registry[kind === 'actor' ? 'actors' : kind === 'fact' ? 'facts' : 'sources'].keys()) ids.push([kind, id]);
  for (const [kind, id] of ids.slice(0, 40)) {
    const def = ws.definition(kind, id);
    if (def) checkLocation(`definition(${kind}, ${id})`, def, docs, out);
    for (const loc of ws.references(kind, id, rand() < 0.5)) {
      checkLocation(`references(${kind}, ${id})`, loc, docs, out);
      const written = docs.get(loc.uri)?.slice(loc.span.start, loc.span.end) ?? '';
      if (VALID_ID.test(id) && !written.includes(id)) out.push(`references(${kind}, ${id}): ${loc.uri} ${JSON.stringify(loc.span)} holds '${written}'`);
    }
  }
  return out;
}

/** Random analysis options: none, vague quantities, severity overrides (some junk). */
export function randomOptions(rand: Rand): AnalysisOptions | undefined {
  const r = rand();
  if (r < 0.6) return undefined;
  if (r < 0.8) return { vagueQuantities: rand() < 0.5 };
  return { severity: { 'untagged-figure': 'error', 'claim-without-actor': 'off', 'no-such-code': 'error', 'bad-date': 'loud' as never } };
}
