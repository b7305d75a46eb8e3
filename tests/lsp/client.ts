// A small LSP client for the tests and the bench: spawns `node dist/server.js --stdio`, talks
// to it over vscode-languageserver-protocol as an editor does, answers workspace/configuration
// from a map, and records every notification the server sends.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureFreshDist } from '../dist.cjs';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type ClientCapabilities, type InitializeResult, CancellationTokenSource, WorkDoneProgress, WorkspaceDiagnosticRequest,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

/** Rebuilds dist/ when a bundle is missing or older than the sources, so no test runs a stale server. */
export function ensureBuilt(): void {
  ensureFreshDist(ROOT);
}

/** A temp copy of samples/ (the tests edit files freely); removed by Client.close(). */
export function copySamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-lsp-'));
  cpSync(join(ROOT, 'samples'), dir, { recursive: true });
  return dir;
}

export const uriOf = (path: string) => pathToFileURL(path).href;

/** What a test client can do, by capability. */
export interface ClientOptions {
  folder: string;
  /** Pull diagnostics (textDocument/diagnostic); false = a client that only takes publishDiagnostics. */
  pull?: boolean;
  /** The `claimmark` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** Remove the folder on close. */
  removeFolder?: boolean;
}

/** A notification the server sent. */
export interface Note { method: string; params: any }

/** A running server and its connection. */
export class Client {
  readonly notes: Note[] = [];
  readonly logs: string[] = [];
  private readonly versions = new Map<string, number>();
  private partialTokens = 0;
  private readonly texts = new Map<string, string>();
  initializeResult!: InitializeResult;

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection, readonly options: ClientOptions) {}

  /** Starts the server, initializes it on `options.folder` and sends `initialized`. */
  static async start(options: ClientOptions): Promise<Client> {
    ensureBuilt();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new Client(child, connection, options);
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'claimmark' ? options.settings ?? {} : null)));
    connection.onRequest('client/registerCapability', () => null);
    // $/progress goes to per-token handlers, not to the star handler: record it per token.
    connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      connection.onProgress(WorkDoneProgress.type, p.token, (value) => { client.notes.push({ method: '$/progress', params: { token: p.token, value } }); });
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    // Every notification: ProtocolConnection's types omit the star handler that the connection has.
    (connection as unknown as { onNotification(h: (method: string, params: any) => void): void }).onNotification((method: string, params: any) => {
      client.notes.push({ method, params });
      if (method === 'window/logMessage') client.logs.push(params.message);
    });
    connection.listen();
    const pull = options.pull ?? true;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true, didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'], changeAnnotationSupport: { groupsOnLabel: true } },
        ...(pull && { diagnostics: { refreshSupport: true } }),
      },
      textDocument: {
        ...(pull && { diagnostic: { dynamicRegistration: false } }),
        publishDiagnostics: { relatedInformation: true, versionSupport: true },
        hover: { contentFormat: ['markdown'] }, rename: { prepareSupport: true },
      },
      window: { workDoneProgress: true },
    };
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: uriOf(options.folder), capabilities,
      workspaceFolders: [{ uri: uriOf(options.folder), name: 'ws' }],
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Waits for a notification that `match` accepts (checking the ones already received first). */
  async waitFor(method: string, match: (params: any) => boolean = () => true, timeoutMs = 20_000, from = 0): Promise<any> {
    const end = Date.now() + timeoutMs;
    for (let seen = from; ; ) {
      for (; seen < this.notes.length; seen++) {
        const n = this.notes[seen]!;
        if (n.method === method && match(n.params)) return n.params;
      }
      if (Date.now() > end) throw new Error(`no ${method} in ${timeoutMs} ms; got ${[...new Set(this.notes.map((n) => n.method))].join(', ')}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Waits until the server says it is ready (indexing done). */
  ready(timeoutMs = 60_000): Promise<any> {
    return this.waitFor('claimmark/status', (p) => p.state === 'ready', timeoutMs);
  }

  request<R = any>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R> {
    // An undefined token would be sent as a second positional parameter: pass it only when given.
    return (token ? this.connection.sendRequest(method, params, token.token) : this.connection.sendRequest(method, params)) as Promise<R>;
  }

  /**
   * workspace/diagnostic as VS Code asks for it: with a partialResultToken. Returns the items of
   * each partial result in order, and the final answer's.
   */
  async pullWorkspacePartially(previousResultIds: { uri: string; value: string }[] = []): Promise<{ partials: any[][]; final: any[] }> {
    const token = `partial-${++this.partialTokens}`;
    const partials: any[][] = [];
    const listening = this.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, token, (r: any) => { partials.push(r.items); });
    try {
      const final = await this.connection.sendRequest('workspace/diagnostic', { previousResultIds, partialResultToken: token }) as any;
      return { partials, final: final.items };
    } finally {
      listening.dispose();
    }
  }

  /** Opens a file of the workspace (its disk text unless `text` is given); returns its URI. */
  async open(path: string, text?: string): Promise<string> {
    const uri = uriOf(path);
    const t = text ?? readFileSync(path, 'utf8');
    this.versions.set(uri, 1);
    this.texts.set(uri, t);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: path.endsWith('.yaml') ? 'yaml' : 'claimmark', version: 1, text: t } });
    return uri;
  }

  /** Replaces an open document's whole text (a full-range incremental change); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    const old = this.texts.get(uri) ?? '';
    const lines = old.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text }] });
    return version;
  }

  /** Inserts text at a position of an open document (a small incremental change); returns the new version. */
  async insert(uri: string, line: number, character: number, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const pos = { line, character };
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text }] });
    return version;
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  /** Resident memory of the server process, in MB (Linux /proc). */
  /** CPU time the server's main thread has spent so far, in ms (Linux: /proc/<pid>/task/<pid>/schedstat, nanoseconds). */
  serverCpuMs(): number {
    const pid = this.child.pid;
    const ns = Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  }

  /** The server's resident memory now; with `peak`, the most it has had since it started (VmHWM). */
  rssMb(peak = false): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number((peak ? /VmHWM:\s+(\d+)/ : /VmRSS:\s+(\d+)/).exec(status)?.[1] ?? NaN);
    return kb / 1024;
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** shutdown + exit, then kills the process if it lingers; removes a temp folder if asked. */
  async close(): Promise<void> {
    try {
      if (this.alive) {
        await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.connection.sendNotification('exit');
      }
    } catch { /* already gone */ }
    await new Promise((r) => setTimeout(r, 50));
    if (this.alive) this.child.kill();
    this.connection.dispose();
    if (this.options.removeFolder) rmSync(this.options.folder, { recursive: true, force: true });
  }
}

/** Position of the first occurrence of `needle` in `text` (+ `delta` characters). */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** Applies LSP text edits (ranges in `text`) to `text`. */
export function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => (p.line >= starts.length ? text.length : starts[p.line]! + p.character);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
