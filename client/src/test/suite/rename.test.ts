// Rename in a real editor: renaming an actor id in one article renames it in every article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, positionOf, serverRunning, until, workspaceUri } from './helpers';

suite('rename', () => {
  test('renaming an actor id edits every article that uses it', async () => {
    const a = await serverRunning();
    const aUri = workspaceUri('e2e', 'rename-a.claims.txt');
    const bUri = workspaceUri('e2e', 'rename-b.claims.txt');
    const editor = await open(aUri);
    const at = positionOf(editor.document, 'actor=e2e-gadget-office', 8);
    const edit = await until('a rename edit that reaches both articles', async () => {
      const e = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', aUri, at, 'e2e-gadget-bureau');
      return e && e.has(bUri) ? e : undefined;
    }, [a.client.onDidChangeStatus, a.client.onDidChangeClaims, vscode.languages.onDidChangeDiagnostics]);
    assert.ok(edit.has(aUri));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const b = await vscode.workspace.openTextDocument(bUri);
    for (const doc of [editor.document, b]) {
      assert.ok(!doc.getText().includes('e2e-gadget-office'), `${doc.uri.path} keeps no old id`);
      assert.ok(doc.getText().includes('e2e-gadget-bureau'), `${doc.uri.path} has the new id`);
    }
    // rename-b uses the id three times: front matter by, a by= and an actor mention.
    assert.equal(b.getText().split('e2e-gadget-bureau').length - 1, 3);
  });
});
