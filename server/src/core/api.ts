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
