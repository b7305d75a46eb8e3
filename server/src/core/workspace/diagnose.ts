// Assembling a document's diagnostics: unknown ids against the registry, then suppression
// comments, then severity (catalogue -> claimmark.yaml rules -> user options), in text order.
import { firstStartingAt, type Span } from '../span';
import { sortByPlace, type Finding } from '../diagnostics/finding';
import type { Registry } from '../registry/types';
import type { Article } from '../model/article';
import type { AnalysisOptions, Diagnostic } from './types';
import type { WrittenRef } from './refs';
import type { ArticleEdit } from '../model/update';
import { definitionsOf } from './refs';
import { applySuppressions, type SuppressionScope } from '../diagnostics/suppress';
import { Severities, withSeverities } from '../diagnostics/severity';
import { isValidId } from '../syntax/ids';
import { quote } from '../syntax/messages';

const UNKNOWN = { actor: 'unknown-actor', fact: 'unknown-fact', source: 'unknown-source' } as const;

/** unknown-actor/-fact/-source at every written id the registry does not define (only when there is a registry). */
export function unknownIdFindings(refs: readonly WrittenRef[], registry: Registry): Finding[] {
  if (!registry.present) return [];
  const out: Finding[] = [];
  for (const r of refs) {
    // A malformed id already has bad-id; calling it unknown too would say the same twice.
    if (!isValidId(r.id) || definitionsOf(registry, r.kind).has(r.id)) continue;
    out.push({
      code: UNKNOWN[r.kind],
      span: r.span,
      message: `Unknown ${r.kind} ${quote(r.id)}: claimmark.yaml has no such entry under ${r.kind === 'actor' ? 'actors' : r.kind === 'fact' ? 'facts' : 'sources'}`,
      data: { kind: r.kind, id: r.id },
    });
  }
  return out;
}

/**
 * True when unknownIdFindings(articleRefs(article), registry) finds something: an id of the
 * article that is well-formed and not defined. A check of an article whose ids are all known
 * (most) so lists none of them as refs, sorts none and tests no id's form. `factsKnown`: leave
 * the claims' facts out (the caller found them all known).
 */
export function hasUnknownId(article: Article, registry: Registry, factsKnown = false): boolean {
  if (!registry.present) return false;
  const { actors, facts, sources } = registry;
  const unknown = (defs: ReadonlyMap<string, unknown>, id: string) => !defs.has(id) && isValidId(id);
  if (article.articleBy && unknown(actors, article.articleBy.id)) return true;
  for (const mention of article.mentions) if (unknown(actors, mention.actor.id)) return true;
  for (const claim of article.claims) {
    // factsKnown: the caller tested the claims' facts itself (a one-pass check, by their numbers)
    if (!factsKnown && unknown(facts, claim.fact.id)) return true;
    if (claim.by && unknown(actors, claim.by.id)) return true;
    if (claim.src && !claim.srcIsUrl && unknown(sources, claim.src.id)) return true;
  }
  return false;
}

/**
 * Findings of an article after an edit (see ArticleEdit): `old`'s findings (sorted by start)
 * before `edit.start` as they are, then `middle` (those of the re-read lines), then `old`'s
 * from `edit.oldStop` on, moved by `edit.delta`. For findings that depend on their line only.
 */
export function splicedFindings(old: readonly Finding[], edit: ArticleEdit, middle: readonly Finding[]): Finding[] {
  const out = old.slice(0, firstStartingAt(old, edit.start));
  for (const f of middle) out.push(f);
  for (let i = firstStartingAt(old, edit.oldStop); i < old.length; i++) {
    const f = old[i]!;
    out.push({ ...f, span: { start: f.span.start + edit.delta, end: f.span.end + edit.delta } });
  }
  return out;
}

/**
 * Suppressions (articles only), then severities; sorted by position. `severities`: those of
 * `registry` and `options` as the caller keeps them (a check, for all its articles).
 */
export function finalize(findings: readonly Finding[], syntax: SuppressionScope | undefined, registry: Registry, options: AnalysisOptions | undefined, severities?: Severities): Diagnostic[] {
  const kept = syntax ? applySuppressions(findings, syntax) : findings;
  return sortByPlace(withSeverities(kept, severities ?? severitiesOf(registry, options)));
}

/** The severities `finalize` gives with `registry` and `options`. */
export function severitiesOf(registry: Registry, options: AnalysisOptions | undefined): Severities {
  return new Severities([registry.rules.severity, options?.severity]);
}

/** The codes a front end raises itself, about a whole file or a document's list (the core never does). */
export type FrontEndCode = 'file-not-analysed' | 'too-many-diagnostics';

/**
 * A diagnostic a front end raises (a file it did not analyse, diagnostics it did not show),
 * with the severity the catalogue, claimmark.yaml rules and `options` give it like every
 * code; undefined when one of them turns it `off`.
 */
export function frontEndDiagnostic(code: FrontEndCode, span: Span, message: string, registry: Registry, options: AnalysisOptions | undefined): Diagnostic | undefined {
  return finalize([{ code, span, message }], undefined, registry, options)[0];
}

/** A stable key for options, to memoise diagnostics per options value. */
export function optionsKey(options: AnalysisOptions | undefined): string {
  if (!options) return '';
  const severity = options.severity ? Object.entries(options.severity).sort(([a], [b]) => (a < b ? -1 : 1)) : [];
  return JSON.stringify([severity, options.vagueQuantities ?? null]);
}
