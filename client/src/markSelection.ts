// "Claimmark: Mark Selection as Actor…" and "Mark Selection as Claim…": a quick pick of the ids the
// server offers for the selection (those that fit the text first, registry and workspace ids, a
// new id made from the text, or any id typed), then the selection is wrapped as `[text]{actor=id}`
// or `[text]{fact=id}`. Also offered as code actions on a non-empty selection.
import * as vscode from 'vscode';
import { MarkChoicesRequest, type MarkChoicesResult } from '../../shared/protocol';
import type { ClaimmarkClient } from './client';

/** What a selection is marked as, and the command that does it. */
export const MARK_COMMANDS = { actor: 'claimmark.markSelectionAsActor', fact: 'claimmark.markSelectionAsClaim' } as const;

const ID = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * Wraps the active editor's selection. `id` given: no quick pick (scripts, tests). Returns the id
 * used, or undefined when nothing was marked.
 */
export async function markSelection(client: ClaimmarkClient, kind: 'actor' | 'fact', id?: string): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'claimmark') {
    void vscode.window.showInformationMessage('Open a *.claims.txt article and select the words to mark.');
    return undefined;
  }
  const { document, selection } = editor;
  if (selection.isEmpty) {
    void vscode.window.showInformationMessage('Select the words to mark first.');
    return undefined;
  }
  const range = client.languageClient.code2ProtocolConverter.asRange(selection);
  const choices = await client.languageClient.sendRequest(MarkChoicesRequest.method, { textDocument: { uri: document.uri.toString() }, range, kind }) as MarkChoicesResult;
  if (!choices.ok) {
    void vscode.window.showInformationMessage(choices.reason);
    return undefined;
  }
  const chosen = id ?? await pick(kind, choices);
  if (!chosen) return undefined;
  if (!ID.test(chosen)) {
    void vscode.window.showErrorMessage(`'${chosen}' is not an id: use lower-case letters, digits, '-', '_' and '.'.`);
    return undefined;
  }
  const escaped = choices.text.replace(/[[\]{}\\]/g, (c) => `\\${c}`);
  const ok = await editor.edit((b) => b.replace(selection, `[${escaped}]{${kind}=${chosen}}`));
  return ok ? chosen : undefined;
}

type Item = vscode.QuickPickItem & { id: string };

async function pick(kind: 'actor' | 'fact', choices: Extract<MarkChoicesResult, { ok: true }>): Promise<string | undefined> {
  const what = kind === 'actor' ? 'actor' : 'fact';
  const known = new Set(choices.candidates.map((c) => c.id));
  const fixed: Item[] = choices.candidates.map((c) => ({ id: c.id, label: c.id, ...(c.detail && { description: c.detail }), ...(c.fits && { detail: `fits '${choices.text}'` }) }));
  if (!known.has(choices.newId)) {
    // the new id from the text goes right after the ids that fit the text
    const firstOther = choices.candidates.findIndex((c) => !c.fits);
    fixed.splice(firstOther < 0 ? fixed.length : firstOther, 0, { id: choices.newId, label: choices.newId, description: `new ${what}`, detail: `made from '${choices.text}'` });
  }
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = kind === 'actor' ? `Mark '${choices.text}' as an actor` : `Mark '${choices.text}' as a claim of…`;
  qp.placeholder = `Pick an ${what} id, or type a new one`;
  qp.matchOnDescription = true;
  qp.items = fixed;
  qp.onDidChangeValue((v) => {
    const typed = v.trim();
    qp.items = typed && ID.test(typed) && !known.has(typed) && typed !== choices.newId ? [{ id: typed, label: typed, description: `new ${what}` }, ...fixed] : fixed;
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => { resolve(qp.selectedItems[0]?.id); qp.hide(); });
    qp.onDidHide(() => { resolve(undefined); qp.dispose(); });
    qp.show();
  });
}

/** "Mark Selection as Actor…" / "…as Claim…" in the code actions of a non-empty selection in an article. */
export class MarkSelectionActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.RefactorRewrite];

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty || !range.isSingleLine || document.getText(range).trim() === '') return [];
    return (['actor', 'fact'] as const).map((kind) => {
      const title = kind === 'actor' ? 'Mark Selection as Actor…' : 'Mark Selection as Claim…';
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.RefactorRewrite);
      action.command = { title, command: MARK_COMMANDS[kind] };
      return action;
    });
  }
}
