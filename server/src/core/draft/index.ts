// Drafting annotations (docs/annotate.md): the one engine that `claimmark annotate`, the
// language server's "Annotate this article" and tag quick fixes, and VS Code's commands use.
export { draftArticle, type ArticleDraft, type DraftedClaim, type DraftedMention } from './draft';
export { DraftContext, DraftIndexCache, type NewFact } from './context';
export { draftRegistryEdits } from './registry';
export { findTimeMentions, type TimeMention } from './timex';
export { rankFactsForFigure } from './registryFacts';
