// textDocument/documentSymbol (the outline) and workspace/symbol, from the core's symbol lists.
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver/node';
import { documentSymbols, workspaceSymbols, type SymbolNode, type WorkspaceSymbolHit } from '../../core/api';
import type { ServerState } from '../state';
import type { LineTable } from '../convert';
import { guardRequest } from '../guard';

const KIND: Record<SymbolNode['kind'] | WorkspaceSymbolHit['kind'], SymbolKind> = {
  'front-matter': SymbolKind.Namespace, claim: SymbolKind.Number, mention: SymbolKind.Object, section: SymbolKind.Module,
  actor: SymbolKind.Class, fact: SymbolKind.Constant, source: SymbolKind.Field, article: SymbolKind.File,
};

function toSymbol(n: SymbolNode, lines: LineTable): DocumentSymbol {
  return {
    name: n.name.trim() || '(empty)', kind: KIND[n.kind], range: lines.range(n.span), selectionRange: lines.range(n.selectionSpan),
    ...(n.detail && { detail: n.detail }), ...(n.children && { children: n.children.map((c) => toSymbol(c, lines)) }),
  };
}

/** Installs the document and workspace symbol handlers. */
export function registerSymbols(state: ServerState): void {
  state.connection.onDocumentSymbol(guardRequest(state, 'document symbols', (params: DocumentSymbolParams): DocumentSymbol[] => {
    const lines = state.linesOf(params.textDocument.uri);
    return lines ? documentSymbols(state.workspace, params.textDocument.uri, lines.text).map((n) => toSymbol(n, lines)) : [];
  }));
  state.connection.onWorkspaceSymbol(guardRequest(state, 'workspace symbols', (params: WorkspaceSymbolParams, token): WorkspaceSymbol[] =>
    workspaceSymbols(state.workspace, params.query, token).flatMap((h) => {
      const lines = state.linesOf(h.uri);
      return lines ? [{ name: h.name, kind: KIND[h.kind], location: { uri: h.uri, range: lines.range(h.span) }, ...(h.detail && { containerName: h.detail }) }] : [];
    })));
}
