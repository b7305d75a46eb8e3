// textDocument/completion: attribute keys, ids with their labels, as-of dates, registry keys.
import { CompletionItemKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver/node';
import { completionsAt, type CandidateKind, type CompletionCandidate } from '../../core/api';
import type { ServerState } from '../state';
import type { LineTable } from '../convert';
import { guardRequest } from '../guard';

const KIND: Record<CandidateKind, CompletionItemKind> = {
  key: CompletionItemKind.Property, class: CompletionItemKind.EnumMember, section: CompletionItemKind.Module,
  actor: CompletionItemKind.Class, fact: CompletionItemKind.Constant, source: CompletionItemKind.Reference,
  date: CompletionItemKind.Value, value: CompletionItemKind.Value, code: CompletionItemKind.Keyword,
};

/** Characters that open completion by themselves. */
export const TRIGGER_CHARACTERS = ['{', '=', ' ', '.', ':'];

function toItem(c: CompletionCandidate, lines: LineTable): CompletionItem {
  return {
    label: c.label, kind: KIND[c.kind], insertText: c.insertText, textEdit: { range: lines.range(c.span), newText: c.insertText },
    ...(c.detail && { detail: c.detail }), ...(c.documentation && { documentation: c.documentation }), ...(c.sortText && { sortText: c.sortText }),
    ...(c.retrigger && { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } }),
  };
}

/** Installs the completion handler. */
export function registerCompletion(state: ServerState): void {
  state.connection.onCompletion(guardRequest(state, 'completion', (params: CompletionParams): CompletionItem[] => {
    const uri = params.textDocument.uri;
    const lines = state.linesOf(uri);
    if (!lines) return [];
    return completionsAt(state.workspace, uri, lines.text, lines.offsetAt(params.position)).map((c) => toItem(c, lines));
  }));
}
