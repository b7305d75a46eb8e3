// "Claimmark: Annotate Article": asks the server for its "Annotate this article" source action
// (source.annotate.claimmark) and applies its edit as a refactoring. The edit's change
// annotations need confirmation, so VS Code opens the refactor preview, where each claim,
// actor mention and registry entry can be unchecked. `{ preview: false }` applies it directly.
import * as vscode from 'vscode';

/** The server's annotate action kind. */
export const ANNOTATE_KIND = vscode.CodeActionKind.Source.append('annotate').append('claimmark');

/** How the command applies the edit; `preview: false` skips the refactor preview (tests, scripts). */
export interface AnnotateOptions {
  preview?: boolean;
}

/** What the command did: the drafted counts (from the action's title) and whether the edit was applied. */
export interface AnnotateResult {
  applied: boolean;
  claims: number;
  mentions: number;
}

/** Annotates `document`: asks the server, applies through the preview (or directly). */
export async function annotateArticle(document: vscode.TextDocument, options: AnnotateOptions = {}): Promise<AnnotateResult> {
  const none: AnnotateResult = { applied: false, claims: 0, mentions: 0 };
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), ANNOTATE_KIND.value) ?? [];
  const action = actions.find((a) => a.kind && ANNOTATE_KIND.contains(a.kind) && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage('Nothing to annotate: every figure in this file is tagged or ignored.');
    return none;
  }
  const claims = Number(/(\d+) claims?\b/.exec(action.title)?.[1] ?? 0);
  const mentions = Number(/(\d+) actor mentions?\b/.exec(action.title)?.[1] ?? 0);
  const edit = options.preview === false ? await withoutConfirmation(action.edit) : action.edit;
  // False too when the user discards the preview: say nothing then.
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) return { ...none, claims, mentions };
  void vscode.window.showInformationMessage(`Annotated: ${claims} claims and ${mentions} actor mentions drafted. Undo with Ctrl+Z.`);
  return { applied: true, claims, mentions };
}

/** The same text edits without their change annotations (so nothing asks for confirmation); missing files are created first. */
async function withoutConfirmation(edit: vscode.WorkspaceEdit): Promise<vscode.WorkspaceEdit> {
  const plain = new vscode.WorkspaceEdit();
  for (const [uri, edits] of edit.entries()) {
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) plain.createFile(uri, { ignoreIfExists: true });
    plain.set(uri, edits.map((e) => new vscode.TextEdit(e.range, e.newText)));
  }
  return plain;
}
