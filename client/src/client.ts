// Starts and restarts the Claimmark language server (dist/server.js over node IPC) and lets the
// rest of the extension listen to its custom notifications across restarts.
import * as vscode from 'vscode';
import {
  LanguageClient, State, TransportKind, DidChangeConfigurationNotification,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { ClaimsChangedNotification, StatusNotification, type StatusParams } from '../../shared/protocol';
import { WORKSPACE_GLOB } from '../../shared/workspaceFiles';
import { explicitSettings } from './settings';

/** The documents the server serves. */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'claimmark' },
  { scheme: 'untitled', language: 'claimmark' },
  { scheme: 'file', pattern: '**/claimmark.yaml' },
];

/** Owns the LanguageClient; re-emits the server's notifications as VS Code events. */
export class ClaimmarkClient implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('Claimmark', { log: true });
  private readonly claimsChanged = new vscode.EventEmitter<void>();
  private readonly statusChanged = new vscode.EventEmitter<StatusParams | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.output, this.claimsChanged, this.statusChanged];
  /** Fires when the server says claims changed, and after each (re)start. */
  readonly onDidChangeClaims = this.claimsChanged.event;
  /** Fires with each `claimmark/status`, and with undefined when the server stops. */
  readonly onDidChangeStatus = this.statusChanged.event;
  /** The last status the server sent. */
  lastStatus: StatusParams | undefined;
  /** Why the last start failed, if it did (the tests stop waiting then). */
  startError: string | undefined;
  readonly languageClient: LanguageClient;

  constructor(private readonly context: vscode.ExtensionContext) {
    const module = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.output,
      synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher(WORKSPACE_GLOB) },
      markdown: { isTrusted: false, supportHtml: false },
      initializationOptions: () => ({ settings: explicitSettings(undefined) }),
      middleware: {
        workspace: {
          // Send only what the user set: the server's defaults and claimmark.yaml decide the rest.
          configuration: async (params, token, next) => {
            const fromVsCode = await next(params, token);
            if (!Array.isArray(fromVsCode)) return fromVsCode;
            return params.items.map((item, i) => (item.section === 'claimmark'
              ? explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : fromVsCode[i]));
          },
        },
      },
    };
    this.languageClient = new LanguageClient('claimmark', 'Claimmark', serverOptions, clientOptions);
    this.languageClient.onNotification(ClaimsChangedNotification.type, () => this.claimsChanged.fire());
    this.languageClient.onNotification(StatusNotification.type, (status) => {
      this.lastStatus = status;
      this.statusChanged.fire(status);
    });
    this.languageClient.onDidChangeState((e) => {
      void vscode.commands.executeCommand('setContext', 'claimmark.serverReady', e.newState === State.Running);
      if (e.newState === State.Stopped) { this.lastStatus = undefined; this.statusChanged.fire(undefined); }
      if (e.newState === State.Running) this.claimsChanged.fire();
    });
    this.disposables.push(
      // Setting changes reach the server through the client's own didChangeConfiguration;
      // granting trust changes no setting but un-ignores restricted workspace values.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.settingsChanged()),
    );
  }

  /** True once the server answered initialize. */
  get isRunning(): boolean {
    return this.languageClient.state === State.Running;
  }

  async start(): Promise<void> {
    this.startError = undefined;
    try {
      await this.languageClient.start();
    } catch (e) {
      this.startError = String(e);
      this.output.error(`The Claimmark language server did not start: ${String(e)}`);
      void vscode.window.showErrorMessage('The Claimmark language server did not start; see the Claimmark output.');
    }
  }

  async restart(): Promise<void> {
    if (this.languageClient.isRunning()) await this.languageClient.restart();
    else await this.start();
  }

  /** Asks the server to pull the settings again (it answers workspace/configuration). */
  private async settingsChanged(): Promise<void> {
    if (this.isRunning) await this.languageClient.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  dispose(): void {
    void this.languageClient.stop().catch(() => undefined);
    for (const d of this.disposables) d.dispose();
  }
}
