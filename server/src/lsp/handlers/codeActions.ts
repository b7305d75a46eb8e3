// textDocument/codeAction: the core's fixes (untagged figures, unknown ids, markup errors) as
// quick fixes whose WorkspaceEdits carry document versions.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import { codeActions, type ActionPlan } from '../../core/api';
import type { ServerState } from '../state';
import { guardRequest } from '../guard';
import { registryFile } from '../loader';
import { toWorkspaceEdit } from '../edits';
import { toLspDiagnostic, type LineTable } from '../convert';

/** The "tag all" action's kind: a source action the client's command finds by kind too. */
export const TAG_ALL_KIND = `${CodeActionKind.Source}.claimmark.tagAll`;

/** Installs the code action handler. */
export function registerCodeActions(state: ServerState): void {
  state.connection.onCodeAction(guardRequest(state, 'code actions', (params: CodeActionParams): CodeAction[] => {
    const uri = params.textDocument.uri;
    const lines = state.linesOf(uri);
    if (!lines || !state.article(uri)) return [];
    const registry = registryFile(state);
    const plans = codeActions(state.workspace, uri, { start: lines.offsetAt(params.range.start), end: lines.offsetAt(params.range.end) }, registry, state.options);
    const texts = new Map(registry ? [[registry.uri, registry.text]] : []);
    const only = params.context.only;
    return plans.map((p) => toAction(state, p, texts, lines)).filter((a) => !only || only.some((k) => a.kind?.startsWith(k)));
  }));
}

function toAction(state: ServerState, p: ActionPlan, texts: Map<string, string>, lines: LineTable): CodeAction {
  const d = p.diagnostic && toLspDiagnostic(p.diagnostic, lines, (u) => state.linesOf(u));
  return {
    title: p.title,
    kind: p.kind === 'source' ? TAG_ALL_KIND : CodeActionKind.QuickFix,
    edit: toWorkspaceEdit(state, p.edits, texts, p.create),
    ...(d && { diagnostics: [d] }),
    ...(p.isPreferred && { isPreferred: true }),
  };
}
