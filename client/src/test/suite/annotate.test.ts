// "Claimmark: Annotate Article" in a real editor, on a raw sample (a sample article with its
// markup stripped): the command opens the refactor preview, and discarding it changes nothing;
// the non-interactive path applies claims and actor mentions and leaves no error. Accepting
// the preview by clicking Apply is the UI check's (tests/e2e/ui.mjs).
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
 * Runs `start`, checks that it waits on the refactor preview (it has not settled after 1.5 s),
 * then discards the preview with VS Code's own command and returns what `start` returned.
 * (Accepting the preview is checked by the UI check, which clicks Apply as a user does:
 * VS Code's apply command, run from an extension, did not apply the checked changes here.)
 */
async function discardPreview<T>(start: Thenable<T>, ms = 30_000): Promise<T> {
  let settled = false;
  const done = Promise.resolve(start).finally(() => { settled = true; });
  await Promise.race([done, new Promise((r) => setTimeout(r, 1_500))]);
  if (settled) throw new Error('the edit settled without waiting for the refactor preview');
  const deadline = Date.now() + ms;
  while (!settled) {
    if (Date.now() > deadline) throw new Error(`the refactor preview was not discarded within ${ms} ms`);
    await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined);
    await Promise.race([done, new Promise((r) => setTimeout(r, 250))]);
  }
  return done;
}

suite('annotate article', () => {
  suiteSetup(() => serverRunning());

  test('Annotate Article opens the refactor preview, and discarding it leaves the article as it was', async () => {
    const editor = await open(await rawSample('raw-annotate.claims.txt'));
    const doc = editor.document;
    const text = doc.getText();
    assert.doesNotMatch(text, /\]\{/, 'the sample is raw');
    await diagnosticsUntil(doc.uri, 'untagged figures in the raw sample', (d) => withCode(d, 'untagged-figure').length >= 5);
    const result = await discardPreview(vscode.commands.executeCommand<AnnotateResult>('claimmark.annotateArticle'));
    assert.equal(result.applied, false, 'nothing applied');
    assert.ok(result.claims >= 5, `claims drafted: ${result.claims}`);
    assert.equal(doc.getText(), text, 'the article is unchanged');
  });

  test('Annotate Article without the preview ({ preview: false }) applies the same kind of edit directly', async () => {
    const editor = await open(await rawSample('raw-annotate-direct.claims.txt'));
    const doc = editor.document;
    await diagnosticsUntil(doc.uri, 'untagged figures in the raw sample', (d) => withCode(d, 'untagged-figure').length >= 5);
    const result = await vscode.commands.executeCommand<AnnotateResult>('claimmark.annotateArticle', { preview: false });
    assert.equal(result.applied, true);
    assert.equal((doc.getText().match(/\]\{fact=/g) ?? []).length, result.claims);
    assert.ok(result.claims >= 5 && result.mentions > 0, `${result.claims} claims, ${result.mentions} mentions`);
    assert.equal((doc.getText().match(/\]\{actor=[a-z0-9-]+\}/g) ?? []).length, result.mentions);
    await diagnosticsUntil(doc.uri, 'no errors after annotating', (d) => !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error));
  });
});
