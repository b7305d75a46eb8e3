// The language status item for Claimmark documents: server state, articles and claims indexed,
// and when the workspace was last checked (from claimmark/status).
import * as vscode from 'vscode';
import type { StatusParams } from '../../shared/protocol';
import type { ClaimmarkClient } from './client';
import { DOCUMENT_SELECTOR } from './client';

/** Keeps one LanguageStatusItem in step with the server's status notifications. */
export class ServerStatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('claimmark.status', DOCUMENT_SELECTOR);
  private readonly listener: vscode.Disposable;

  constructor(client: ClaimmarkClient) {
    this.item.name = 'Claimmark';
    this.show(undefined);
    this.listener = client.onDidChangeStatus((s) => this.show(s));
  }

  private show(status: StatusParams | undefined): void {
    const item = this.item;
    item.busy = !status || status.state === 'starting' || status.state === 'indexing';
    item.severity = status?.state === 'error' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    item.text = describe(status);
    item.detail = status?.lastCheck ? `checked ${formatTime(status.lastCheck)}` : status?.message;
    item.command = status?.state === 'error'
      ? { title: 'Restart', command: 'claimmark.restartServer' }
      : { title: 'Show Claims', command: 'workbench.view.extension.claimmark' };
  }

  dispose(): void {
    this.listener.dispose();
    this.item.dispose();
  }
}

/** The item's text, e.g. "Claimmark: 12 articles, 48 claims". */
export function describe(status: StatusParams | undefined): string {
  if (!status) return 'Claimmark: starting';
  if (status.state === 'error') return `Claimmark: error${status.message ? ` (${status.message})` : ''}`;
  const counts = `${plural(status.articles, 'article')}, ${plural(status.claims, 'claim')}`;
  return status.state === 'indexing' ? `Claimmark: indexing (${counts})` : `Claimmark: ${counts}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString();
}
