// "Claimmark: Annotate Article": asks the server for its "Annotate this article" source action
// (source.annotate.claimmark) and applies its edit through the refactor preview, grouped as the
// server labels it (Claims, Actor mentions, Registry), every change checked so the editor can
// uncheck what they do not want. VS Code opens the preview only for an edit holding a change that
// needs confirmation, and starts such changes unchecked, and an extension cannot ask for the
// preview otherwise: so the changes are left checked and one empty change that needs confirmation
// ("Review") opens the preview. (An edit that comes back through vscode.executeCodeActionProvider
// has lost the server's change annotations anyway.) `{ preview: false }` applies it directly.
import * as vscode from 'vscode';
import { ANNOTATE_KIND as ANNOTATE_KIND_VALUE } from '../../shared/protocol';

/** The server's annotate action kind (the protocol's ANNOTATE_KIND). */
export const ANNOTATE_KIND = vscode.CodeActionKind.Empty.append(ANNOTATE_KIND_VALUE);

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
  const edit = await rebuild(action.edit, options.preview !== false ? document : undefined);
  const version = document.version;
  const changed = changedWithin(document, 2_000);
  // applyEdit answers false when the preview is discarded, and also when a change was left
  // unchecked (the empty "Review" one always is): whether the article changed says what happened
  // (its change event may come a moment after applyEdit answers).
  const ok = await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  if (!ok && document.version === version && !(await changed)) return { ...none, claims, mentions };
  void vscode.window.showInformationMessage(`Annotated: ${claims} claims and ${mentions} actor mentions drafted. Undo with Ctrl+Z.`);
  return { applied: true, claims, mentions };
}

/** Resolves true when `document` changes within `ms`, else false. */
function changedWithin(document: vscode.TextDocument, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { sub.dispose(); resolve(false); }, ms);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== document.uri.toString() || e.contentChanges.length === 0) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(true);
    });
  });
}

const DESCRIPTIONS: Record<string, string> = {
  Claims: 'Figures tagged as claims with their drafted fact, actor (by=) and as-of',
  'Actor mentions': 'Sources that state figures, tagged as actor mentions',
  Registry: 'New actors and facts the claims use, added to claimmark.yaml',
};

/** The group of one edit, as the server labels it. */
function labelOf(uri: vscode.Uri, edit: vscode.TextEdit): string {
  if (uri.path.endsWith('/claimmark.yaml')) return 'Registry';
  return /^\[.*\]\{actor=[^}]*\}$/s.test(edit.newText) ? 'Actor mentions' : 'Claims';
}

/** The same text edits, grouped by label; with `review`, plus the empty change that opens the preview. Missing files are created first. */
async function rebuild(edit: vscode.WorkspaceEdit, review: vscode.TextDocument | undefined): Promise<vscode.WorkspaceEdit> {
  const out = new vscode.WorkspaceEdit();
  const meta = (label: string): vscode.WorkspaceEditEntryMetadata | undefined => (review ? { needsConfirmation: false, label, description: DESCRIPTIONS[label] } : undefined);
  const touched: vscode.Position[] = [];
  for (const [uri, edits] of edit.entries()) {
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) out.createFile(uri, { ignoreIfExists: true }, meta('Registry'));
    for (const e of edits) {
      out.replace(uri, e.range, e.newText, meta(labelOf(uri, e)));
      if (review && uri.toString() === review.uri.toString()) touched.push(e.range.start, e.range.end);
    }
  }
  if (review) {
    const end = review.lineAt(review.lineCount - 1).range.end;
    const at = [new vscode.Position(0, 0), end].find((p) => !touched.some((t) => t.isEqual(p))) ?? end;
    out.insert(review.uri, at, '', { needsConfirmation: true, label: 'Review', description: 'Opens this preview (changes nothing): uncheck any change below that you do not want, then Apply' });
  }
  return out;
}
