// Cancellation of the workspace-wide operations (references, rename, workspace symbols, the
// Claims tree): they check a token between units of work and stop early once it is set; what
// they return then is partial, and the caller drops it. The LSP's CancellationToken is one.

// The core never waits, so a token set while an operation runs is seen only by a host that runs
// it off its message loop; the language server's guard answers RequestCancelled either way.

/** Asked between units of work: true once the caller no longer wants the answer. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** A token that is never set, the default of every cancellable operation. */
export const NOT_CANCELLED: CancellationToken = Object.freeze({ isCancellationRequested: false });
