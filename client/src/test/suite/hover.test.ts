// Hover in a real editor: the citation card of a claim names its fact and its actor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, open, positionOf, serverRunning, until, workspaceUri } from './helpers';

suite('hover', () => {
  test('hover on a claim shows its fact, actor, figure and article', async () => {
    const a = await serverRunning();
    const editor = await open(workspaceUri('e2e', 'alpha.claims.txt'));
    const at = positionOf(editor.document, 'about 500', 3);
    const text = await until('a hover on the claim', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
      const t = hoverText(hovers ?? []);
      return t.includes('e2e-widgets') ? t : undefined;
    }, [vscode.languages.onDidChangeDiagnostics, a.client.onDidChangeStatus, a.client.onDidChangeClaims]);
    assert.match(text, /e2e-widgets/, 'the fact');
    assert.match(text, /e2e-widget-ministry|Widget Ministry/, 'the actor');
    assert.match(text, /500/, 'the figure');
    assert.match(text, /Beta report on widgets|E2E Herald/, 'the other report of the same fact');
    assert.doesNotMatch(text, /command:/, 'no command links in untrusted hover markdown');
  });
});
