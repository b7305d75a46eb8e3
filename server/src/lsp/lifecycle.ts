// The LSP lifecycle: before initialize every request answers ServerNotInitialized (-32002),
// initialize is accepted once, and after shutdown every request answers InvalidRequest (-32600);
// notifications outside the running phase are dropped (exit is the library's).
import {
  ResponseError, ErrorCodes, type Connection, type NotificationHandler, type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What TextDocuments.listen registers on (its own interface is not exported). */
type TextDocumentConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

/** Where the server is in its life: before initialize, serving, or after shutdown. */
export type Phase = 'starting' | 'running' | 'shutdown';

/** The server's phase and what it refuses in each. */
export class Lifecycle {
  phase: Phase = 'starting';

  /** The error a request must answer in this phase, or undefined while running. */
  refusal(): ResponseError<void> | undefined {
    if (this.phase === 'starting') return new ResponseError(ErrorCodes.ServerNotInitialized, 'claimmark: the server is not initialized yet (send initialize first)');
    if (this.phase === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'claimmark: the server is shut down (only exit is accepted)');
    return undefined;
  }

  /** Answers shutdown once (later ones, and any before initialize, are refused) and requests no handler takes. */
  install(connection: Connection): void {
    connection.onShutdown(() => {
      const refused = this.refusal();
      if (refused) return refused as never;
      this.phase = 'shutdown';
    });
    connection.onRequest((method) => this.refusal() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`));
  }

  /** `connection` for TextDocuments: its notifications are dropped outside the running phase. */
  documentsConnection(connection: Connection): TextDocumentConnection {
    const running = <P>(handler: NotificationHandler<P>): NotificationHandler<P> => (params) => {
      if (this.phase === 'running') handler(params);
    };
    return {
      onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(running(h)),
      onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument(running(h)),
      onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(running(h)),
      onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(running(h)),
      onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil(h),
      onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(running(h)),
    };
  }
}
