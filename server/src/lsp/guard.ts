// Every handler runs inside a guard: an exception becomes a log line (and, for requests, an
// error response for that request alone), never a dead server.
import { ResponseError, ErrorCodes, LSPErrorCodes, type CancellationToken } from 'vscode-languageserver/node';
import type { ServerState } from './state';

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Wraps a notification handler: errors are logged, nothing escapes. */
export function guardNotification<A extends unknown[]>(state: ServerState, name: string, fn: (...args: A) => void | Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      state.connection.console.error(`claimmark: ${name} failed: ${describe(e)}\n${e instanceof Error ? e.stack ?? '' : ''}`);
    }
  };
}

/**
 * Wraps a request handler: a cancelled request answers RequestCancelled, an exception answers
 * InternalError. The progress reporters the connection passes after the token go through.
 */
export function guardRequest<P, R, X extends unknown[] = []>(state: ServerState, name: string, fn: (params: P, token: CancellationToken, ...progress: X) => R | Promise<R>): (params: P, token: CancellationToken, ...progress: X) => Promise<R | ResponseError<void>> {
  return async (params: P, token: CancellationToken, ...progress: X) => {
    try {
      await state.registryLoaded;
      // One turn of the event loop, so a $/cancelRequest sent right behind the request is seen.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      state.flush(); // edits queued by didChange are analysed before anyone reads the workspace
      const result = await fn(params, token, ...progress);
      if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      return result;
    } catch (e) {
      state.connection.console.error(`claimmark: ${name} failed: ${describe(e)}\n${e instanceof Error ? e.stack ?? '' : ''}`);
      return new ResponseError(ErrorCodes.InternalError, `claimmark: ${name} failed: ${describe(e)}`);
    }
  };
}
