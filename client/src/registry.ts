// Opens the workspace registry, claimmark.yaml, creating it when absent from the ids the workspace
// already uses (the server's claimmark/registryFromWorkspace), with no example entries.
import * as vscode from 'vscode';
import { RegistryFromWorkspaceRequest, type RegistryFromWorkspaceResult } from '../../shared/protocol';
import type { ClaimmarkClient } from './client';

/** What is written when the server cannot be asked (it is not running). */
const EMPTY = '# Claimmark registry: actors, facts and sources (docs/format.md).\nactors: {}\nfacts: {}\n';

/** Opens claimmark.yaml of the (first) workspace folder; offers to create it when missing. `create: true` creates it without asking. */
export async function openRegistry(client?: ClaimmarkClient, create?: boolean): Promise<vscode.TextEditor | undefined> {
  const found = await vscode.workspace.findFiles('**/claimmark.yaml', '**/node_modules/**', 1);
  if (found[0]) return vscode.window.showTextDocument(found[0]);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('Open a folder first: claimmark.yaml lives at its root.');
    return undefined;
  }
  const answer = 'Create claimmark.yaml';
  if (!create && await vscode.window.showInformationMessage('This workspace has no claimmark.yaml yet. Create it from the actors and facts the articles use?', answer) !== answer) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, 'claimmark.yaml');
  const made = client?.isRunning ? await client.languageClient.sendRequest(RegistryFromWorkspaceRequest.method, null).then((r) => (r as RegistryFromWorkspaceResult).text, () => undefined) : undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(made ?? EMPTY));
  return vscode.window.showTextDocument(uri);
}

/** Opens an untitled article with front matter, in the claimmark language. */
export async function newArticle(): Promise<vscode.TextEditor> {
  const today = new Date().toISOString().slice(0, 10);
  const content = `---\ntitle: \noutlet: \npublished: ${today}\nurl: \n---\n`;
  const doc = await vscode.workspace.openTextDocument({ language: 'claimmark', content });
  return vscode.window.showTextDocument(doc);
}
