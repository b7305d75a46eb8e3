// Entry point of the Claimmark VS Code extension: starts the language client, then wires the
// Claims tree, the commands and the language status item to it. Returns a small API for tests.
import * as vscode from 'vscode';
import { ClaimmarkClient } from './client';
import { ClaimsTree } from './tree/provider';
import { registerCommands } from './commands';
import { ServerStatusItem } from './status';

/** What activate() returns; the real-editor tests reach the tree through it. */
export interface ClaimmarkApi {
  client: ClaimmarkClient;
  tree: ClaimsTree;
}

/** Called by VS Code on the first `claimmark` document, claimmark.yaml or Claims view. */
export async function activate(context: vscode.ExtensionContext): Promise<ClaimmarkApi> {
  const client = new ClaimmarkClient(context);
  const tree = new ClaimsTree(client);
  const status = new ServerStatusItem(client);
  context.subscriptions.push(client, tree, status);
  registerCommands(context, client, tree);
  await client.start();
  return { client, tree };
}

/** Called by VS Code on shutdown: stops the server cleanly. */
export async function deactivate(): Promise<void> {
  // The client is disposed with context.subscriptions; nothing else holds resources.
}
