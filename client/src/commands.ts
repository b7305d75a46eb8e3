// Registers the palette, editor and view commands of the extension.
import * as vscode from 'vscode';
import { ActorOrFactAtRequest, type ActorOrFact, type ClaimTreeClaim, type ClaimTreeNode } from '../../shared/protocol';
import type { ClaimmarkClient } from './client';
import type { ClaimsTree } from './tree/provider';
import { tagAllUntagged } from './tagAll';
import { MARK_COMMANDS, MarkSelectionActions, markSelection } from './markSelection';
import { annotateArticle, type AnnotateOptions } from './annotate';
import { newArticle, openRegistry } from './registry';
import { importFromFile, importFromUrl } from './importArticle';

/** Adds every `claimmark.*` command to the extension's subscriptions. */
export function registerCommands(context: vscode.ExtensionContext, client: ClaimmarkClient, tree: ClaimsTree): void {
  const add = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  add('claimmark.tagAllUntagged', async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'claimmark') return tagAllUntagged(editor.document);
    void vscode.window.showInformationMessage('Open a *.claims.txt article first.');
    return 0;
  });
  add('claimmark.annotateArticle', async (options?: AnnotateOptions) => {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId === 'claimmark') return annotateArticle(editor.document, options ?? {});
    void vscode.window.showInformationMessage('Open a *.claims.txt article first.');
    return undefined;
  });
  add(MARK_COMMANDS.actor, (id?: unknown) => markSelection(client, 'actor', typeof id === 'string' ? id : undefined));
  add(MARK_COMMANDS.fact, (id?: unknown) => markSelection(client, 'fact', typeof id === 'string' ? id : undefined));
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider({ language: 'claimmark' }, new MarkSelectionActions(), { providedCodeActionKinds: MarkSelectionActions.kinds }));
  add('claimmark.showClaimsOfSymbol', () => showClaimsOfSymbol(client, tree));
  add('claimmark.revealInTree', () => revealInTree(tree));
  add('claimmark.restartServer', () => client.restart());
  add('claimmark.openRegistry', (create?: unknown) => openRegistry(client, create === true));
  add('claimmark.newArticle', () => newArticle());
  add('claimmark.importFromUrl', (url?: string) => importFromUrl(typeof url === 'string' ? url : undefined));
  add('claimmark.importFromFile', (file?: vscode.Uri) => importFromFile(file instanceof vscode.Uri ? file : undefined));
  add('claimmark.tree.groupByActor', () => tree.setGroupBy('actor'));
  add('claimmark.tree.groupByFact', () => tree.setGroupBy('fact'));
  add('claimmark.tree.showConflicts', () => tree.setGroupBy('conflicts'));
  add('claimmark.tree.refresh', () => tree.refresh());
  add('claimmark.tree.clearFilter', () => tree.setFilter(undefined));
  add('claimmark.tree.openClaim', (claim: ClaimTreeClaim) => openClaim(claim));
}

/** Opens a claim's article with the claim selected. */
export async function openClaim(claim: ClaimTreeClaim): Promise<vscode.TextEditor> {
  const { start, end } = claim.range;
  const selection = new vscode.Range(start.line, start.character, end.line, end.character);
  return vscode.window.showTextDocument(vscode.Uri.parse(claim.uri), { selection, preserveFocus: false });
}

/** The actor or fact under the cursor of the active editor, as the server reads it (claimmark/actorOrFactAt), if any. */
export async function symbolUnderCursor(client: ClaimmarkClient): Promise<ActorOrFact | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client.isRunning) return undefined;
  const { document, selection } = editor;
  if (document.languageId !== 'claimmark' && !document.uri.path.endsWith('/claimmark.yaml')) return undefined;
  const params = { textDocument: { uri: document.uri.toString() }, position: { line: selection.active.line, character: selection.active.character } };
  const found = await client.languageClient.sendRequest(ActorOrFactAtRequest.method, params).then((r) => r as ActorOrFact | null, () => null);
  return found ?? undefined;
}

/** Filters the Claims view to the actor or fact under the cursor; without one, offers a quick pick. */
async function showClaimsOfSymbol(client: ClaimmarkClient, tree: ClaimsTree): Promise<ActorOrFact | undefined> {
  let symbol = await symbolUnderCursor(client);
  if (!symbol) symbol = await pickSymbol(tree);
  if (!symbol) return undefined;
  await tree.setFilter(symbol);
  await vscode.commands.executeCommand('claimmark.claims.focus');
  const [group] = await tree.roots();
  if (group) await tree.reveal(group, { expand: 2, select: true, focus: false });
  else void vscode.window.showInformationMessage(`No claims of ${symbol.kind} "${symbol.id}" yet.`);
  return symbol;
}

async function pickSymbol(tree: ClaimsTree): Promise<ActorOrFact | undefined> {
  const items: (vscode.QuickPickItem & { symbol: ActorOrFact })[] = [];
  for (const kind of ['actor', 'fact'] as const) {
    await tree.setGroupBy(kind);
    for (const g of await tree.roots()) {
      if (g.kind !== 'claim' && g.id !== '') items.push({ label: g.label, description: `${kind} ${g.id}`, detail: `${g.claimCount} claim${g.claimCount === 1 ? '' : 's'}`, symbol: { kind, id: g.id } });
    }
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Show the claims of which actor or fact?', matchOnDescription: true });
  return picked?.symbol;
}

/** Selects, in the Claims view, the claim under the cursor of the active article. */
async function revealInTree(tree: ClaimsTree): Promise<ClaimTreeNode | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'claimmark') return undefined;
  const uri = editor.document.uri.toString();
  const cursor = editor.selection.active;
  if (tree.filter) await tree.setFilter(undefined);
  const claim = (await tree.claims()).find((c) => vscode.Uri.parse(c.uri).toString() === uri && new vscode.Range(
    c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character).contains(cursor));
  if (!claim) {
    void vscode.window.showInformationMessage('The cursor is not on a claim.');
    return undefined;
  }
  await vscode.commands.executeCommand('claimmark.claims.focus');
  await tree.reveal(claim, { select: true, focus: true, expand: true });
  return claim;
}
