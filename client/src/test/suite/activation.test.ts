// Activation: opening a sample article activates the extension, starts the server, and the
// language, grammar and status arrive.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, open, serverRunning, until } from './helpers';

suite('activation', () => {
  test('opening a *.claims.txt sample gives the claimmark language and activates the extension', async () => {
    const samples = await vscode.workspace.findFiles('*.claims.txt');
    assert.ok(samples.length > 0, 'the workspace (a copy of samples/) has articles');
    const editor = await open(samples[0]!);
    assert.equal(editor.document.languageId, 'claimmark');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await until('activation', () => ext.isActive, [vscode.window.onDidChangeActiveTextEditor], 20_000).catch(() => ext.activate());
    assert.ok(ext.isActive);
    const a = await api();
    assert.ok(a.tree && a.client, 'activate() returns the API');
  });

  test('the commands are registered', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['claimmark.tagAllUntagged', 'claimmark.showClaimsOfSymbol', 'claimmark.revealInTree', 'claimmark.restartServer', 'claimmark.openRegistry']) {
      assert.ok(all.has(id), `${id} is registered`);
    }
  });

  test('the language server starts and reports the articles it indexed', async () => {
    const a = await serverRunning();
    const articles = (await vscode.workspace.findFiles('**/*.claims.txt')).length;
    const status = await until('a ready status with every article', () => {
      const s = a.client.lastStatus;
      return s && s.state === 'ready' && s.articles >= articles ? s : undefined;
    }, [a.client.onDidChangeStatus], 30_000);
    assert.ok(status.claims > 0, 'claims were indexed');
  });

});
