// Diagnostics, pulled (document and workspace, answering `unchanged` when nothing changed)
// or, for clients that do not pull, pushed with publishDiagnostics whenever they change.
import {
  DocumentDiagnosticReportKind, type Diagnostic as LspDiagnostic,
  type FullDocumentDiagnosticReport, type UnchangedDocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { ServerState } from '../state';
import { lineTable, toLspDiagnostic } from '../convert';
import { frontEndDiagnostic } from '../../core/api';
import { guardRequest } from '../guard';
import type { CancellationToken, DocumentDiagnosticParams, ResultProgressReporter, WorkspaceDiagnosticParams, WorkspaceDiagnosticReportPartialResult } from 'vscode-languageserver/node';

/** Positions in a file that was not read: its diagnostic sits at 0:0. */
const NO_TEXT = lineTable('', {});

/** Documents per slice of a workspace pull: between slices edits and cancellations get in, and partial results go out. */
const BATCH = 200;

/**
 * The LSP diagnostics of one document the workspace knows (empty for others): at most
 * claimmark.maxDiagnostics of them, the first by position, then one `too-many-diagnostics`
 * at the first left out saying how many more. Only those shown are converted, so a file with
 * 150,000 findings costs an edit what a file with a thousand does.
 */
export function documentDiagnostics(state: ServerState, uri: string): LspDiagnostic[] {
  const skipped = state.skipped.get(uri);
  if (skipped !== undefined) {
    const d = frontEndDiagnostic('file-not-analysed', { start: 0, end: 0 }, skipped, state.workspace.registry, state.options);
    return d ? [toLspDiagnostic(d, NO_TEXT, () => undefined)] : [];
  }
  const lines = state.linesOf(uri);
  if (!lines) return [];
  const linesOf = (u: string) => state.linesOf(u);
  const all = state.workspace.diagnostics(uri, state.options);
  const max = state.settings.maxDiagnostics;
  const out = (all.length > max ? all.slice(0, max) : all).map((d) => {
    const lsp = toLspDiagnostic(d, lines, linesOf);
    if (!state.support.relatedInformation) delete lsp.relatedInformation;
    return lsp;
  });
  if (all.length > max) {
    const at = { start: all[max]!.span.start, end: all[max]!.span.start };
    const more = all.length - max;
    const message = `${more} more diagnostic${more === 1 ? '' : 's'} from here on not shown: this document has ${all.length}, over the claimmark.maxDiagnostics limit of ${max} (claimmark check reports them all)`;
    const d = frontEndDiagnostic('too-many-diagnostics', at, message, state.workspace.registry, state.options);
    if (d) out.push(toLspDiagnostic(d, lines, linesOf));
  }
  return out;
}

function report(state: ServerState, uri: string, previous: string | undefined): FullDocumentDiagnosticReport | UnchangedDocumentDiagnosticReport {
  const resultId = state.resultId(uri);
  if (previous === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: documentDiagnostics(state, uri) };
}

/** Installs the pull handlers (used only when the client declared pull support). */
export function registerDiagnostics(state: ServerState): void {
  const { connection } = state;
  connection.languages.diagnostics.on(guardRequest(state, 'diagnostics', (params: DocumentDiagnosticParams) => report(state, params.textDocument.uri, params.previousResultId)) as never);
  connection.languages.diagnostics.onWorkspace(guardRequest(state, 'workspace diagnostics', async (params: WorkspaceDiagnosticParams, token: CancellationToken, _work: unknown, partial?: ResultProgressReporter<WorkspaceDiagnosticReportPartialResult>) => {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    let items: WorkspaceDocumentDiagnosticReport[] = [];
    let n = 0;
    for (const uri of state.knownUris()) {
      // Let a cancellation (or an edit) in every few hundred documents; a client that takes
      // partial results (VS Code does) gets what is done so far, so no one message holds a
      // whole large workspace's diagnostics.
      if (++n % BATCH === 0) {
        if (partial && items.length > 0) {
          partial.report({ items });
          items = [];
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      if (token.isCancellationRequested) break;
      const r = report(state, uri, previous.get(uri));
      items.push({ ...r, uri, version: state.documents.get(uri)?.version ?? null });
    }
    // with partial results, every item goes in one and the final answer is empty (as LSP asks)
    if (!partial) return { items };
    if (items.length > 0) partial.report({ items });
    return { items: [] };
  }) as never);
}

/** Tells the client that diagnostics changed: a refresh for pull clients, a publish per document for the others. */
export function publishChanges(state: ServerState, changed: readonly string[]): void {
  if (changed.length === 0) return;
  state.claimsChanged(changed);
  if (state.support.pullDiagnostics) {
    if (state.support.diagnosticRefresh) void state.connection.languages.diagnostics.refresh().catch(() => undefined);
    return;
  }
  for (const uri of changed) {
    const version = state.documents.get(uri)?.version;
    void state.connection.sendDiagnostics({ uri, diagnostics: documentDiagnostics(state, uri), ...(version !== undefined ? { version } : {}) });
  }
}
