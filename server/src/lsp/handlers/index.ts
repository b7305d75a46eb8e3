// Registers every editor feature (hover, completion, code actions, navigation, symbols,
// the tree-view requests). One file per feature in this folder; each exports register(state).
import type { ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerState } from '../state';

/** Capabilities the features below provide, merged into the initialize result. */
export const FEATURE_CAPABILITIES: ServerCapabilities = {};

/** Installs each feature's handlers. */
export function registerFeatures(_state: ServerState): void {
  // Features are added here one by one (hover.ts, completion.ts, ...).
}
