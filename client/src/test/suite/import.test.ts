// Import commands: "Import Article from URL…" against an HTTP server on 127.0.0.1 in the
// extension host, and "Import Article from HTML File…" on a saved page; each opens the new
// article as a claimmark document. The files are deleted afterwards (later tests count articles).
import * as assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, workspaceUri } from './helpers';

suite('import', () => {
  const made: vscode.Uri[] = [];
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of made) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('the import commands are registered', async () => {
    await api();
    const all = new Set(await vscode.commands.getCommands(true));
    assert.ok(all.has('claimmark.importFromUrl') && all.has('claimmark.importFromFile'));
  });

  test('Import Article from URL… writes the article with its front matter and opens it', async () => {
    await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const html = readFileSync(workspaceUri('e2e', 'import-page.html').fsPath);
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schools`;
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimmark.importFromUrl', url);
      assert.ok(uri, 'the command returns the new article');
      made.push(uri);
      assert.equal(uri.toString(), workspaceUri('schools-in-flood-zone-to-reopen-on-monday.claims.txt').toString());
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString(), 'the new article is open');
      assert.equal(editor.document.languageId, 'claimmark');
      const text = editor.document.getText();
      assert.match(text, /^---\nid: schools-in-flood-zone-to-reopen-on-monday\ntitle: Schools in flood zone to reopen on Monday\noutlet: Millbrook Gazette\nauthor: Peter Brown\npublished: 2024-11-22\nurl: http:\/\/127\.0\.0\.1:\d+\/schools\nretrieved: \d{4}-\d{2}-\d{2}\n---\nSchools in flood zone to reopen on Monday\nCouncil leader Maria Santos/);
    } finally {
      server.close();
    }
  });

  test('Import Article from HTML File… imports a saved page into the active article\'s folder', async () => {
    await vscode.window.showTextDocument(workspaceUri('e2e', 'alpha.claims.txt'));
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimmark.importFromFile', workspaceUri('e2e', 'import-page.html'));
    assert.ok(uri, 'the command returns the new article');
    made.push(uri);
    assert.equal(uri.toString(), workspaceUri('e2e', 'schools-in-flood-zone-to-reopen-on-monday.claims.txt').toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.doesNotMatch(vscode.window.activeTextEditor!.document.getText(), /\nurl: /, 'a saved page without a canonical link has no url');
  });
});
