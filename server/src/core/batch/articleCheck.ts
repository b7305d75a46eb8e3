// An article's diagnostics computed outside a Workspace, in two halves, for callers that
// split a workspace across threads (the CLI's workers): what one article alone decides, and
// the final assembly once the workspace-wide conflict findings are known. Workspace.diagnostics
// composes the same parts in the same order (tests/core/batch/articleCheck.test.ts compares).
import type { Finding } from '../diagnostics/finding';
import type { Article, Claim } from '../model/article';
import type { Registry } from '../registry/types';
import type { AnalysisOptions, Diagnostic } from '../workspace/types';
import { findUntaggedFigures } from '../untagged/check';
import { articleRefs } from '../workspace/refs';
import { finalize, unknownIdFindings } from '../workspace/diagnose';

/** What an article's diagnostics need besides conflicts, in Workspace.diagnostics' order. */
export interface LocalFindings {
  /** Markup, front matter and claim findings, then untagged figures. */
  before: Finding[];
  /** Unknown ids (they come after the conflict findings). */
  after: Finding[];
}

/** The findings of `article` that depend on it and the registry only. */
export function localFindings(article: Article, registry: Registry, options?: AnalysisOptions): LocalFindings {
  const vagueQuantities = options?.vagueQuantities ?? registry.rules.vagueQuantities;
  const untagged = findUntaggedFigures(article, registry.rules, { vagueQuantities });
  return { before: [...article.findings, ...untagged], after: unknownIdFindings(articleRefs(article), registry) };
}

/** The article's diagnostics, given its local findings and its conflict findings (ConflictChecker.findings). */
export function articleDiagnostics(article: Article, local: LocalFindings, conflicts: readonly Finding[], registry: Registry, options?: AnalysisOptions): Diagnostic[] {
  return finalize([...local.before, ...conflicts, ...local.after], article.syntax, registry, options);
}

/** The diagnostics of claimmark.yaml itself. */
export function registryDiagnostics(registry: Registry, options?: AnalysisOptions): Diagnostic[] {
  return finalize(registry.findings, undefined, registry, options);
}

/** A claim reduced to what the conflict checker reads (see ConflictChecker): cheap to send between threads. */
export type CheckedClaim = Pick<Claim, 'span' | 'textSpan' | 'text' | 'fact' | 'actor' | 'asof' | 'reading'>;

/** The claims of an article as the conflict checker reads them. */
export function checkedClaims(article: Article): CheckedClaim[] {
  return article.claims.map((c) => {
    const out: CheckedClaim = { span: c.span, textSpan: c.textSpan, text: c.text, fact: c.fact, reading: c.reading };
    if (c.actor) out.actor = c.actor;
    if (c.asof) out.asof = c.asof;
    return out;
  });
}

/** An Article the conflict checker can index, made from claims sent by another thread (it reads only uri and claims). */
export function articleForChecker(uri: string, claims: CheckedClaim[]): Article {
  return { uri, claims } as unknown as Article;
}
