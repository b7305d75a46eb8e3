// Every handler runs inside a guard: an exception becomes a log line (and, for requests, an
// error response for that request alone), never a dead server. Requests are also checked here,
// in one place for every handler: the lifecycle phase, the params' shape, cancellation.
import { ResponseError, ErrorCodes, LSPErrorCodes, type CancellationToken } from 'vscode-languageserver/node';
import type { ServerState } from './state';
import { documentOf, paramsProblem } from './params';

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Wraps a notification handler: errors are logged, nothing escapes; dropped outside the running phase. */
export function guardNotification<A extends unknown[]>(state: ServerState, name: string, fn: (...args: A) => void | Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    if (state.lifecycle.phase !== 'running') return;
    try {
      await fn(...args);
    } catch (e) {
      state.connection.console.error(`claimmark: ${name} failed: ${describe(e)}\n${e instanceof Error ? e.stack ?? '' : ''}`);
    }
  };
}

/**
 * Wraps a request handler. Messages are handled in the order they arrive: the handler starts
 * at once, with nothing awaited before it, so it reads the documents as they were when the
 * request arrived (an edit written right behind it is applied after). A handler that yields
 * (and so may see later edits) answers ContentModified if its document changed meanwhile.
 * Before that: the lifecycle's refusal, InvalidParams for malformed params, RequestCancelled
 * for a request cancelled before it was dispatched; an exception answers InternalError. The
 * progress reporters the connection passes after the token go through.
 */
export function guardRequest<P, R, X extends unknown[] = []>(state: ServerState, name: string, fn: (params: P, token: CancellationToken, ...progress: X) => R | Promise<R>): (params: P, token: CancellationToken, ...progress: X) => Promise<R | ResponseError<void>> {
  return async (params: P, token: CancellationToken, ...progress: X) => {
    try {
      const refused = state.lifecycle.refusal();
      if (refused) return refused;
      const problem = paramsProblem(name, params);
      if (problem !== undefined) return new ResponseError(ErrorCodes.InvalidParams, `claimmark: ${name}: ${problem}`);
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const uri = documentOf(params);
      const version = uri === undefined ? undefined : state.documents.get(uri)?.version;
      state.flush(); // edits that arrived before this request are analysed before it reads the workspace
      const started = fn(params, token, ...progress);
      const result = started instanceof Promise ? await started : started;
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      if (uri !== undefined && state.documents.get(uri)?.version !== version) return new ResponseError(LSPErrorCodes.ContentModified, 'claimmark: the document changed while the request ran');
      return result;
    } catch (e) {
      state.connection.console.error(`claimmark: ${name} failed: ${describe(e)}\n${e instanceof Error ? e.stack ?? '' : ''}`);
      return new ResponseError(ErrorCodes.InternalError, `claimmark: ${name} failed: ${describe(e)}`);
    }
  };
}
