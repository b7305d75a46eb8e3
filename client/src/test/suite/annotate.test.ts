// "Claimmark: Annotate Article" in a real editor, on a raw sample (a sample article with its
// markup stripped): the command opens the refactor preview, the test accepts it (VS Code's
// own "refactorPreview.apply"), then the text holds claims and actor mentions and the file's
// problems are fewer: no errors, fewer untagged figures. The non-interactive path too.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotateResult } from '../../annotate';
import { diagnosticsUntil, open, serverRunning, withCode, workspaceUri } from './helpers';

/** A sample article as it arrives: front matter kept, markup and comments gone. */
async function rawSample(name: string): Promise<vscode.Uri> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('kursk-nk-casualties-2024-12-26.claims.txt')));
  const raw = text.replace(/\{%[\s\S]*?%\}/g, '').replace(/\[((?:\\.|[^\]\\])*)\]\{[^}]*\}/g, '$1');
  const uri = workspaceUri('e2e', name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(raw));
  return uri;
}

/**
 * Runs `start` and accepts the refactor preview it opens (re-trying VS Code's apply command until
 * the edit settles, with a deadline). Fails if the edit applied before anything accepted it (no preview).
 */
async function acceptPreview<T>(start: Thenable<T>, ms = 30_000): Promise<T> {
  let settled = false;
  const done = Promise.resolve(start).finally(() => { settled = true; });
  await Promise.race([done, new Promise((r) => setTimeout(r, 1_500))]);
  if (settled) throw new Error('the edit applied without waiting for the refactor preview');
  const deadline = Date.now() + ms;
  while (!settled) {
    if (Date.now() > deadline) throw new Error(`the refactor preview was not accepted within ${ms} ms`);
    await vscode.commands.executeCommand('refactorPreview.apply').then(undefined, () => undefined);
    await Promise.race([done, new Promise((r) => setTimeout(r, 250))]);
  }
  return done;
}

suite('annotate article', () => {
  suiteSetup(() => serverRunning());

  test('Annotate Article on a raw sample, through the refactor preview: claims, actor mentions, fewer problems', async () => {
    const editor = await open(await rawSample('raw-annotate.claims.txt'));
    const doc = editor.document;
    assert.doesNotMatch(doc.getText(), /\]\{/, 'the sample is raw');
    const before = await diagnosticsUntil(doc.uri, 'untagged figures in the raw sample', (d) => withCode(d, 'untagged-figure').length >= 5);
    const result = await acceptPreview(vscode.commands.executeCommand<AnnotateResult>('claimmark.annotateArticle'));
    assert.equal(result.applied, true, 'the preview was accepted and the edit applied');
    assert.ok(result.claims >= 5, `claims drafted: ${result.claims}`);
    const text = doc.getText();
    const claims = text.match(/\]\{fact=[a-z0-9-]+[^}]*\}/g) ?? [];
    const mentions = text.match(/\]\{actor=[a-z0-9-]+\}/g) ?? [];
    assert.equal(claims.length, result.claims, 'every drafted claim is in the text');
    assert.equal(mentions.length, result.mentions);
    assert.ok(mentions.length > 0, 'actor mentions');
    const untaggedBefore = withCode(before, 'untagged-figure').length;
    const after = await diagnosticsUntil(doc.uri, 'fewer untagged figures', (d) => withCode(d, 'untagged-figure').length <= untaggedBefore - result.claims);
    assert.deepEqual(after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), [], 'no errors');
    console.log(`annotate: ${result.claims} claims, ${result.mentions} mentions; problems ${before.length} -> ${after.length}`);
  });

  test('Annotate Article without the preview ({ preview: false }) applies the same kind of edit directly', async () => {
    const editor = await open(await rawSample('raw-annotate-direct.claims.txt'));
    const doc = editor.document;
    await diagnosticsUntil(doc.uri, 'untagged figures in the raw sample', (d) => withCode(d, 'untagged-figure').length >= 5);
    const result = await vscode.commands.executeCommand<AnnotateResult>('claimmark.annotateArticle', { preview: false });
    assert.equal(result.applied, true);
    assert.equal((doc.getText().match(/\]\{fact=/g) ?? []).length, result.claims);
    await diagnosticsUntil(doc.uri, 'no errors after annotating', (d) => !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error));
  });
});
