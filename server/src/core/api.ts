// The core's public surface: the LSP adapter, the CLI and tests import from here only.
// (Keeping one entry point makes the layering visible and lets modules move freely.)
export * from './span';
export * from './edit';
export * from './diagnostics/catalog';
export * from './diagnostics/finding';
export type * from './syntax/tree';
export type * from './figures/value';
export type * from './model/article';
export * from './registry/types';
export { resolveSeverity } from './diagnostics/severity';
export { parseArticleSyntax } from './syntax/parse';
export { readFigure } from './figures/read';
export { unitInfo, normalizeUnit, type UnitInfo } from './figures/units';
export { readRegistry, REGISTRY_SCHEMA_DOC } from './registry/read';
export { parseAsOf, isIsoDate, daysBetween } from './model/dates';
export { findUntaggedFigures, type UntaggedFigureData } from './untagged/check';
export { tagAsClaim, markNotFigure, suppressLine, suppressFile, suppressInWorkspace, tagAll } from './untagged/fixes';
export { ConflictChecker } from './conflicts/checker';
export { buildArticle } from './model/build';
export { LineIndex, type Position } from './text/lines';
export { LineTable } from './text/lineTable';
export { Workspace } from './workspace/workspace';
export { BatchCheck, type KeptArticle } from './workspace/batch';
export { checkedClaim } from './conflicts/checked';
export { MAX_INPUT_BYTES } from './limits';
export type * from './workspace/types';
export * from './features/index';
export * from './draft/index';
