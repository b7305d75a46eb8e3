// The core's service surface: the one module the language server (server/src/lsp) and the CLI
// (server/src/cli) import from (tests/tidy/layering.test.ts holds them to it; tests may reach
// further in). Like vscode-markdown-languageservice, it speaks UTF-16 offsets and ids, never
// positions or protocol types; each front end converts at its edge. Everything here is pure and
// synchronous: I/O comes in as strings. Sections, bottom floor first (ARCHITECTURE.md):
//
// - Coordinates: spans and text edits (span.ts, edit.ts), line tables for the edges (text/).
// - Diagnostics: the catalogue of codes, findings, severity resolution.
// - Reading: the article parser, figures, claimmark.yaml, dates, one article's meaning.
// - The workspace: every article and the registry, updated one file at a time (Workspace), and
//   the one-pass check `claimmark check` runs (BatchCheck).
// - Editor features: pure functions over the workspace (hover, completion, code actions,
//   navigation, rename, symbols, the Claims tree). The workspace-wide ones take a
//   CancellationToken: references, rename, workspace symbols, the Claims tree; the LSP checks
//   its token between slices of the workspace pull itself.
// - Drafting: the engine behind `claimmark annotate` and "Annotate Article".

// Coordinates
export * from './span';
export * from './edit';
export { LineIndex, type Position } from './text/lines';
export { LineTable } from './text/lineTable';
export { MAX_INPUT_BYTES } from './limits';
export { NOT_CANCELLED, type CancellationToken } from './cancellation';

// Diagnostics
export * from './diagnostics/catalog';
export * from './diagnostics/finding';
export { resolveSeverity, isSeveritySetting, type SeverityOverrides } from './diagnostics/severity';

// Reading: syntax, figures, the registry, dates, an article's meaning
export type * from './syntax/tree';
export { parseArticleSyntax } from './syntax/parse';
export type * from './figures/value';
export { readFigure } from './figures/read';
export { dollarOfUrl, LOCAL_DOLLARS } from './figures/localDollar';
export { unitInfo, normalizeUnit, type UnitInfo } from './figures/units';
export * from './registry/types';
export { readRegistry, REGISTRY_SCHEMA_DOC } from './registry/read';
export { parseAsOf, isIsoDate, daysBetween, dateRangeText } from './base/dates';
export type * from './model/article';
export { buildArticle } from './model/build';

// Findings across articles
export { findUntaggedFigures, type UntaggedFigureData } from './untagged/check';
export { tagAsClaim, markNotFigure, suppressLine, suppressFile, suppressInWorkspace, tagAll } from './untagged/fixes';
export { ConflictChecker } from './conflicts/checker';

// The workspace
export type * from './workspace/types';
export { Workspace } from './workspace/workspace';
export { BatchCheck, type KeptArticle, type CrossFindings } from './workspace/batch';
export { checkedClaim } from './conflicts/checked';
export { frontEndDiagnostic, type FrontEndCode } from './workspace/diagnose';

// Editor features, then drafting
export * from './features/index';
export * from './draft/index';

// zod by name (core/base/zod.ts says why), for the server's settings and request schemas
export * as z from './base/zod';
