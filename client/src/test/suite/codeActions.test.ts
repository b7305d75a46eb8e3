// Code actions in a real editor: a quick fix on an untagged figure is applied and the figure is
// then marked up; "Tag All Untagged Figures in File" leaves no untagged figure.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsUntil, open, serverRunning, withCode, workspaceUri } from './helpers';

function preferred(actions: vscode.CodeAction[]): vscode.CodeAction | undefined {
  const withEdit = actions.filter((a) => a.edit && a.edit.size > 0);
  return withEdit.find((a) => /not a figure|nofigure/i.test(a.title))
    ?? withEdit.find((a) => /\btag\b/i.test(a.title) && !/\ball\b/i.test(a.title));
}

suite('code actions', () => {
  suiteSetup(() => serverRunning());

  test('a quick fix on an untagged figure marks it up, and the diagnostic goes away', async () => {
    const editor = await open(workspaceUri('e2e', 'alpha.claims.txt'));
    const doc = editor.document;
    const is42 = (d: vscode.Diagnostic) => doc.getText(d.range).includes('42');
    const found = await diagnosticsUntil(doc.uri, 'untagged-figure on "42"', (d) => withCode(d, 'untagged-figure').some(is42));
    const diagnostic = withCode(found, 'untagged-figure').find(is42)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 50) ?? [];
    const fix = preferred(actions);
    assert.ok(fix, `a fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the edit applies');
    const line = doc.lineAt(diagnostic.range.start.line).text;
    assert.match(line, /\[42( crates)?\]\{[^}]*\}/, `the figure is now a span: ${line}`);
    await diagnosticsUntil(doc.uri, 'the untagged-figure on "42" to go', (d) => !withCode(d, 'untagged-figure').some(is42));
  });

  test('Ctrl+. on a claims file offers the fixes under the cursor, not the nearest figure\'s elsewhere on the line', async () => {
    const editor = await open(workspaceUri('e2e', 'alpha.claims.txt'));
    const nearby = vscode.workspace.getConfiguration('editor.codeActionWidget', editor.document).get<boolean>('includeNearbyQuickFixes');
    assert.equal(nearby, false, 'the extension turns VS Code\'s nearby quick fixes off for claimmark files');
  });

  test('Tag All Untagged Figures in File tags every untagged figure', async () => {
    const editor = await open(workspaceUri('e2e', 'gamma.claims.txt'));
    const doc = editor.document;
    const before = await diagnosticsUntil(doc.uri, 'two untagged figures', (d) => withCode(d, 'untagged-figure').length >= 2);
    const count = await vscode.commands.executeCommand<number>('claimmark.tagAllUntagged');
    assert.equal(count, withCode(before, 'untagged-figure').length);
    await diagnosticsUntil(doc.uri, 'no untagged figure left', (d) => withCode(d, 'untagged-figure').length === 0);
    assert.match(doc.getText(), /\[300( widgets)?\]\{/);
    assert.match(doc.getText(), /\[45( trucks)?\]\{/);
  });
});
