// textDocument/hover: the core's citation or id card, as (already escaped) markdown.
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { hoverAt } from '../../core/api';
import type { ServerState } from '../state';
import { guardRequest } from '../guard';

/** Installs the hover handler. */
export function registerHover(state: ServerState): void {
  state.connection.onHover(guardRequest(state, 'hover', (params: HoverParams): Hover | null => {
    const lines = state.linesOf(params.textDocument.uri);
    const hit = lines && hoverAt(state.workspace, params.textDocument.uri, lines.offsetAt(params.position));
    return hit ? { contents: { kind: MarkupKind.Markdown, value: hit.markdown }, range: lines.range(hit.span) } : null;
  }));
}
