// The custom messages of protocol.ts: claimmark/claimTree (the Claims view), claimmark/markChoices
// ("Mark Selection as…"), claimmark/registryFromWorkspace (a new claimmark.yaml), and the
// claimmark/claimsChanged and claimmark/status notifications, debounced after each check.
import { ResponseError, ErrorCodes } from 'vscode-languageserver/node';
import { claimTree, markChoices, registryFromWorkspace, type TreeClaim, type TreeGroup } from '../../core/api';
import {
  ClaimTreeRequest, ClaimsChangedNotification, StatusNotification, MarkChoicesRequest, type MarkChoicesParams, type MarkChoicesResult, RegistryFromWorkspaceRequest, type RegistryFromWorkspaceResult,
  type ClaimTreeGroup, type ClaimTreeNode, type ClaimsChangedParams, type StatusParams, type ClaimTreeParams, type ClaimTreeResult, type ServerPhase,
} from '../../../../shared/protocol';
import type { ServerState } from '../state';
import { guardRequest } from '../guard';

const GROUPINGS = new Set(['actor', 'fact', 'conflicts']);
/** Claims change on every keystroke: tell the client at most this often (ms). */
const DEBOUNCE_MS = 150;

function toNode(state: ServerState, n: TreeGroup | TreeClaim): ClaimTreeNode {
  if (n.kind !== 'claim') return { ...n, children: n.children.map((c) => toNode(state, c)) };
  const { span, ...rest } = n;
  const lines = state.linesOf(n.uri);
  return { ...rest, range: lines ? lines.range(span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** Sends claimmark/status with the current counts. */
export function sendStatus(state: ServerState, phase: ServerPhase, message?: string): void {
  let articles = 0;
  let claims = 0;
  for (const a of state.workspace.articles()) { articles++; claims += a.claims.length; }
  const status: StatusParams = {
    state: phase, articles, claims, ...(state.lastCheck && { lastCheck: state.lastCheck.toISOString() }), ...(message && { message }),
  };
  // Method names, not the protocol's type objects: the client and server packages bundle
  // different vscode-jsonrpc copies, whose message types TypeScript will not mix.
  void state.connection.sendNotification(StatusNotification.method, status);
}

/** Installs claimmark/claimTree and the debounced change and status notifications. */
export function registerTree(state: ServerState): void {
  state.connection.onRequest(RegistryFromWorkspaceRequest.method, guardRequest(state, 'registry from workspace', (): RegistryFromWorkspaceResult => ({ text: registryFromWorkspace(state.workspace) })));
  state.connection.onRequest(MarkChoicesRequest.method, guardRequest(state, 'mark choices', (params: MarkChoicesParams): MarkChoicesResult => {
    const lines = state.linesOf(params.textDocument.uri);
    if (!lines) return { ok: false, reason: 'The document is not open.' };
    return markChoices(state.workspace, params.textDocument.uri, { start: lines.offsetAt(params.range.start), end: lines.offsetAt(params.range.end) }, params.kind);
  }));
  state.connection.onRequest(ClaimTreeRequest.method, guardRequest(state, 'claim tree', (params: ClaimTreeParams, token): ClaimTreeResult | ResponseError<void> => {
    if (!params || !GROUPINGS.has(params.groupBy)) return new ResponseError(ErrorCodes.InvalidParams, `groupBy must be actor, fact or conflicts, not ${JSON.stringify(params?.groupBy)}`);
    const tree = claimTree(state.workspace, params.groupBy, token);
    return { nodes: tree.nodes.map((n) => toNode(state, n) as ClaimTreeGroup), articleCount: tree.articleCount };
  }) as never);

  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  state.onClaimsChanged((uris) => {
    for (const u of uris) pending.add(u);
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      const list = [...pending];
      pending.clear();
      const params: ClaimsChangedParams = { uris: list };
      void state.connection.sendNotification(ClaimsChangedNotification.method, params);
      if (!state.indexing) sendStatus(state, 'ready');
    }, DEBOUNCE_MS);
  });
}
