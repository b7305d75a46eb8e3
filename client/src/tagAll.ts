// "Tag All Untagged Figures in File": asks the server's code actions for its "tag all" fix at an
// untagged figure and applies it (edit first, then its command, as VS Code does). The server
// builds it from the same draft as "Annotate Article" (drafted fact, actor and as-of).
import * as vscode from 'vscode';
import { TAG_ALL_KIND } from '../../shared/protocol';

/** True for the server's "tag all in file" code action: its kind is the protocol's TAG_ALL_KIND. */
export function isTagAllAction(action: vscode.CodeAction): boolean {
  return action.kind?.value === TAG_ALL_KIND;
}

/** Applies the server's tag-all action to `document`; returns how many claims it added (from its title; else the untagged count). */
export async function tagAllUntagged(document: vscode.TextDocument): Promise<number> {
  const untagged = vscode.languages.getDiagnostics(document.uri)
    .filter((d) => codeOf(d) === 'untagged-figure')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  const first = untagged[0];
  if (!first) {
    void vscode.window.showInformationMessage('No untagged figures in this file.');
    return 0;
  }
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, first.range, undefined, 100) ?? [];
  const tagAll = actions.find(isTagAllAction);
  if (!tagAll) {
    void vscode.window.showWarningMessage('The Claimmark server offered no "tag all" fix here.');
    return 0;
  }
  if (tagAll.edit && !(await vscode.workspace.applyEdit(tagAll.edit))) {
    void vscode.window.showErrorMessage('Could not apply the edit: the file changed meanwhile. Try again.');
    return 0;
  }
  // The server's action reports what it did through its command (as it does from the lightbulb).
  if (tagAll.command) await vscode.commands.executeCommand(tagAll.command.command, ...(tagAll.command.arguments ?? []));
  const added = Number(/\btag all (\d+)\b/i.exec(tagAll.title)?.[1] ?? untagged.length);
  if (!tagAll.command) void vscode.window.showInformationMessage(`Tagged ${added} figure${added === 1 ? '' : 's'}. Undo with Ctrl+Z.`);
  return added;
}

/** A diagnostic's code as a string (codes may come as `{ value, target }`). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}
