// A raw stdio transcript with the server, as clangd's tests drive theirs: bytes written to its
// stdin exactly as given (malformed frames included), every frame it answers parsed back, its
// stderr kept, and its exit awaited. For the protocol cases a real LSP client cannot produce.
import { spawn, type ChildProcess } from 'node:child_process';
import { ensureBuilt, SERVER, uriOf } from './client';

/** One LSP frame: a Content-Length header and the JSON body. */
export function frame(message: unknown): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

/** A request frame. */
export const request = (id: number, method: string, params?: unknown) => frame({ jsonrpc: '2.0', id, method, ...(params !== undefined && { params }) });
/** A notification frame. */
export const notify = (method: string, params?: unknown) => frame({ jsonrpc: '2.0', method, ...(params !== undefined && { params }) });

/** `initialize` on a folder (id 1) and `initialized`, as two frames. */
export function initializeFrames(folder: string, capabilities: unknown = {}): string {
  return request(1, 'initialize', { processId: null, rootUri: uriOf(folder), capabilities, workspaceFolders: [{ uri: uriOf(folder), name: 'ws' }] }) + notify('initialized', {});
}

/** A server process spoken to in raw bytes. */
export class RawServer {
  readonly messages: any[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess = (ensureBuilt(), spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }))) {
    child.stdout!.on('data', (d: Buffer) => this.read(d));
    child.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    child.stdin!.on('error', () => { /* the server may exit before we stop writing */ });
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  /** Writes bytes to the server's stdin in one write. */
  write(bytes: string | Buffer): void {
    this.child.stdin!.write(bytes);
  }

  /** The answer to request `id`, waiting up to `timeoutMs`. */
  answer(id: number | null, timeoutMs = 10_000): Promise<any> {
    return this.waitFor((m) => 'id' in m && m.id === id && ('result' in m || 'error' in m), timeoutMs, `no answer to ${id}`);
  }

  /** The first message `match` accepts, waiting up to `timeoutMs`. */
  async waitFor(match: (m: any) => boolean, timeoutMs = 10_000, what = 'no such message'): Promise<any> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.messages.find(match);
      if (hit) return hit;
      if (Date.now() > end) throw new Error(`${what} in ${timeoutMs} ms; got ${JSON.stringify(this.messages.map((m) => m.method ?? m.id))}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** The exit code, or 'running' after `timeoutMs`. */
  exitCode(timeoutMs = 10_000): Promise<number | null | 'running'> {
    return Promise.race([this.exited, new Promise<'running'>((r) => setTimeout(() => r('running'), timeoutMs).unref())]);
  }

  /** Ends the process if it still runs. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  private read(d: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      this.messages.push(JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
    }
  }
}
