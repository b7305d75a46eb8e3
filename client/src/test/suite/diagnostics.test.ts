// Diagnostics in a real editor: the samples get Claimmark diagnostics with catalogue codes, an
// untagged figure and markup errors are reported where they stand.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { isDiagnosticCode } from '../../../../server/src/core/diagnostics/catalog';
import { codeOf } from '../../tagAll';
import { diagnosticsUntil, open, serverRunning, until, withCode, workspaceUri } from './helpers';

suite('diagnostics', () => {
  suiteSetup(() => serverRunning());

  test('the samples get diagnostics, all with catalogue codes', async () => {
    const samples = await vscode.workspace.findFiles('*.claims.txt');
    for (const uri of samples) await open(uri);
    const withDiagnostics = await until('diagnostics on a sample', () => {
      const hit = samples.filter((u) => vscode.languages.getDiagnostics(u).length > 0);
      return hit.length > 0 ? hit : undefined;
    }, [vscode.languages.onDidChangeDiagnostics]);
    for (const uri of withDiagnostics) {
      for (const d of vscode.languages.getDiagnostics(uri)) {
        assert.ok(isDiagnosticCode(codeOf(d) ?? ''), `code ${String(codeOf(d))} is in the catalogue`);
        assert.equal(d.source, 'claimmark');
      }
    }
  });

  test('an untagged figure is reported at the figure', async () => {
    const editor = await open(workspaceUri('e2e', 'alpha.claims.txt'));
    const all = await diagnosticsUntil(editor.document.uri, 'untagged-figure on "42"', (d) =>
      withCode(d, 'untagged-figure').some((x) => editor.document.getText(x.range).includes('42')));
    const untagged = withCode(all, 'untagged-figure').find((x) => editor.document.getText(x.range).includes('42'))!;
    assert.ok(!editor.document.getText(untagged.range).includes('['), 'the range covers the figure, not markup');
    // The tagged claim "about 500" is not reported as untagged.
    assert.ok(!withCode(all, 'untagged-figure').some((x) => editor.document.getText(x.range).includes('500')));
  });

  test('markup errors are reported at the exact place', async () => {
    const editor = await open(workspaceUri('e2e', 'broken.claims.txt'));
    const doc = editor.document;
    const all = await diagnosticsUntil(doc.uri, 'unknown-attribute and unclosed-attributes', (d) =>
      withCode(d, 'unknown-attribute').length > 0 && withCode(d, 'unclosed-attributes').length > 0);
    const unknown = withCode(all, 'unknown-attribute')[0]!;
    assert.ok(doc.getText(unknown.range).startsWith('colour'), `unknown-attribute at "${doc.getText(unknown.range)}"`);
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    const unclosed = withCode(all, 'unclosed-attributes')[0]!;
    assert.equal(unclosed.range.start.line, 5, 'unclosed-attributes on the second body line');
  });
});
