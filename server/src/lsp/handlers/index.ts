// Registers every editor feature (hover, completion, code actions, navigation, symbols,
// the tree-view requests, the actor or fact at a place). One file per feature in this folder.
import { CodeActionKind, type ServerCapabilities } from 'vscode-languageserver/node';
import type { ServerState } from '../state';
import { registerHover } from './hover';
import { registerCompletion, TRIGGER_CHARACTERS } from './completion';
import { registerCodeActions, REPORT_COMMAND } from './codeActions';
import { TAG_ALL_KIND, ANNOTATE_KIND, ADD_IDS_KIND } from '../../../../shared/protocol';
import { registerNavigation } from './navigation';
import { registerSymbols } from './symbols';
import { registerTree } from './tree';
import { registerActorOrFact } from './actorOrFact';

/** Capabilities the features below provide, merged into the initialize result. */
export const FEATURE_CAPABILITIES: ServerCapabilities = {
  hoverProvider: true,
  completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, TAG_ALL_KIND, ANNOTATE_KIND, ADD_IDS_KIND], resolveProvider: false },
  executeCommandProvider: { commands: [REPORT_COMMAND] },
  definitionProvider: true,
  referencesProvider: true,
  renameProvider: { prepareProvider: true },
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
};

/** Installs each feature's handlers. */
export function registerFeatures(state: ServerState): void {
  registerHover(state);
  registerCompletion(state);
  registerCodeActions(state);
  registerNavigation(state);
  registerSymbols(state);
  registerTree(state);
  registerActorOrFact(state);
}
