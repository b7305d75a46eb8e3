// The editor features over the workspace model (hover, completion, code actions, rename,
// symbols, the Claims tree), pure and in offsets. The LSP layer converts their results.
export { escapeMarkdown, safeLink, isSafeUrl } from './markdown';
export { describeReading, describeValue, formatNumber } from './reading';
export { hoverAt, type HoverResult } from './hover';
export { completionsAt } from './completion';
export type { CompletionCandidate, CandidateKind } from './candidates';
export { codeActions, type ActionPlan, type RegistryFile } from './codeActions';
export { annotatePlan, tagAllPlan, draftedTagPlans, draftInWorkspace, ANNOTATE_TITLE, type Drafting, type EditLabel, type LabelledEdit } from './annotate';
export { addRegistryEntry } from '../registry/entryEdit';
export { markupFixes } from './markupFixes';
export { prepareRename, renameAt, renameId, type RenameResult, type RenameTarget } from './rename';
export { definitionAt, referencesAt } from './navigation';
export { documentSymbols, workspaceSymbols, type SymbolNode, type WorkspaceSymbolHit } from './symbols';
export { claimTree, type TreeClaim, type TreeGroup, type TreeGrouping } from './claimTree';
export { articleTitle } from './names';
export { actorOrFactAt, type ActorOrFact } from './actorOrFactAt';
export { markChoices, markEdit, type MarkChoices, type MarkCandidate, type MarkKind } from './markSelection';
export { addUnknownIdsPlan, registryFromWorkspace, unknownEntries, type NewEntry } from './registryBootstrap';
