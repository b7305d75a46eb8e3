// Typing markup by hand in a real editor: brackets next to a curly apostrophe, the close-the-
// attributes fix, the bad-id fix, and the quick fixes offered at the cursor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsUntil, hoverText, serverRunning, withCode } from './helpers';

/** An untitled claimmark document in an editor. */
export async function scratch(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'claimmark', content });
  return vscode.window.showTextDocument(doc);
}

/** The code actions at a position (or range) of `doc`, as the lightbulb menu asks for them. */
export async function actionsAt(doc: vscode.TextDocument, at: vscode.Range | vscode.Position): Promise<vscode.CodeAction[]> {
  const range = at instanceof vscode.Position ? new vscode.Range(at, at) : at;
  return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, undefined, 100) ?? [];
}

suite('editing markup', () => {
  suiteSetup(() => serverRunning());

  test("'{' auto-closes before a curly apostrophe, and '[' wraps a selection", async () => {
    const editor = await scratch('Drones hit Kyiv’s power grid.\n');
    const doc = editor.document;
    const at = doc.getText().indexOf('Kyiv');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + 4));
    await vscode.commands.executeCommand('type', { text: '[' });
    assert.equal(doc.lineAt(0).text, 'Drones hit [Kyiv]’s power grid.');
    const after = doc.positionAt(doc.getText().indexOf(']') + 1);
    editor.selection = new vscode.Selection(after, after);
    await vscode.commands.executeCommand('type', { text: '{' });
    assert.equal(doc.lineAt(0).text, 'Drones hit [Kyiv]{}’s power grid.');
    await vscode.commands.executeCommand('type', { text: "actor=ukraine" });
    assert.equal(doc.lineAt(0).text, 'Drones hit [Kyiv]{actor=ukraine}’s power grid.');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test("closing the attributes stops the id before the text after it, and a bad id becomes an existing one", async () => {
    const editor = await scratch('Drones hit [Kyiv]{actor=uk-mod’s power grid.\n');
    const doc = editor.document;
    await diagnosticsUntil(doc.uri, 'unclosed-attributes', (d) => withCode(d, 'unclosed-attributes').length > 0);
    const close = (await actionsAt(doc, doc.positionAt(doc.getText().indexOf('{')))).find((a) => /^Close the attributes/.test(a.title));
    assert.ok(close?.edit, 'the close fix is offered at the {');
    assert.ok(await vscode.workspace.applyEdit(close.edit));
    assert.equal(doc.lineAt(0).text, 'Drones hit [Kyiv]{actor=uk-mod}’s power grid.');
    await vscode.workspace.applyEdit(replaceAll(doc, 'Drones hit [Kyiv]{actor=uk-mod’s} power grid.\n'));
    const bad = await diagnosticsUntil(doc.uri, 'bad-id', (d) => withCode(d, 'bad-id').length > 0);
    const fixes = await actionsAt(doc, withCode(bad, 'bad-id')[0]!.range);
    const preferred = fixes.filter((a) => a.isPreferred);
    assert.equal(preferred[0]?.title, "Change to 'uk-mod' (existing actor)", fixes.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Ctrl+. on a claim without an actor offers its sentence\'s source, and nothing for the next figure', async () => {
    const editor = await scratch('The British Ministry of Defence said [800]{fact=nk-troops-sent} troops arrived, and 10,000 to 12,000 more followed.\n');
    const doc = editor.document;
    const found = await diagnosticsUntil(doc.uri, 'claim-without-actor', (d) => withCode(d, 'claim-without-actor').length > 0);
    const cursor = doc.positionAt(doc.getText().indexOf('800'));
    const actions = await actionsAt(doc, cursor);
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], "Mark 'The British Ministry of Defence' as actor uk-mod", titles.join(' | '));
    assert.ok(!titles.some((t) => t.includes('10,000')), `nothing for the next figure: ${titles.join(' | ')}`);
    assert.ok(actions.every((a) => !a.diagnostics?.length || a.diagnostics.every((d) => d.range.contains(cursor))), 'every fix is for a diagnostic at the cursor');
    assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
    await diagnosticsUntil(doc.uri, 'the claim to get its actor', (d) => withCode(d, 'claim-without-actor').length < withCode(found, 'claim-without-actor').length);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Tag All is in the quick fixes of an untagged figure', async () => {
    const editor = await scratch('Officials said 4,500 homes and 120 schools were destroyed.\n');
    const doc = editor.document;
    await diagnosticsUntil(doc.uri, 'two untagged figures', (d) => withCode(d, 'untagged-figure').length === 2);
    const quick = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri,
      new vscode.Range(doc.positionAt(15), doc.positionAt(15)), vscode.CodeActionKind.QuickFix.value, 100) ?? [];
    const all = quick.find((a) => /^Tag all 2 untagged figures/.test(a.title));
    assert.ok(all, quick.map((a) => a.title).join(' | '));
    assert.equal(all.command?.command, 'claimmark.report');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Mark Selection as Actor… and as Claim…: code actions on a selection, and the commands wrap it', async () => {
    const editor = await scratch('The British Ministry of Defence said 1,500 troops were wounded.\n');
    const doc = editor.document;
    await diagnosticsUntil(doc.uri, 'an untagged figure', (d) => withCode(d, 'untagged-figure').length > 0);
    const name = doc.getText().indexOf('British');
    const selection = new vscode.Selection(doc.positionAt(name), doc.positionAt(name + 'British Ministry of Defence'.length));
    const titles = (await actionsAt(doc, selection)).map((a) => a.title);
    for (const t of ['Mark Selection as Actor…', 'Mark Selection as Claim…']) assert.ok(titles.includes(t), titles.join(' | '));
    assert.ok(!(await actionsAt(doc, selection.start)).some((a) => a.title.startsWith('Mark Selection')), 'not on an empty selection');
    editor.selection = selection;
    assert.equal(await vscode.commands.executeCommand('claimmark.markSelectionAsActor', 'uk-mod'), 'uk-mod');
    const figure = doc.getText().indexOf('1,500');
    editor.selection = new vscode.Selection(doc.positionAt(figure), doc.positionAt(figure + 5));
    assert.equal(await vscode.commands.executeCommand('claimmark.markSelectionAsClaim', 'nk-troops-sent'), 'nk-troops-sent');
    assert.equal(doc.lineAt(0).text, 'The [British Ministry of Defence]{actor=uk-mod} said [1,500]{fact=nk-troops-sent} troops were wounded.');
    await diagnosticsUntil(doc.uri, 'no untagged figure and no claim without actor', (d) => withCode(d, 'untagged-figure').length === 0 && withCode(d, 'claim-without-actor').length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an undated claim: not-compared in the Problems, the hover says so, and the fix adds published:', async () => {
    const editor = await scratch('Officials said [800]{fact=nk-troops-sent by=uk-mod} troops arrived.\n');
    const doc = editor.document;
    const [d] = withCode(await diagnosticsUntil(doc.uri, 'not-compared', (x) => withCode(x, 'not-compared').length > 0), 'not-compared');
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Information);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf('800')));
    assert.match(hoverText(hovers ?? []), /not compared: no date/);
    // (the server may still be re-reading the workspace when the first request comes: ask again, for up to 5 s, until the fix is there)
    let fix: vscode.CodeAction | undefined;
    for (let i = 0; i < 20 && !fix?.edit; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 250));
      const [now] = withCode(vscode.languages.getDiagnostics(doc.uri), 'not-compared');
      fix = (await actionsAt(doc, (now ?? d!).range)).find((a) => a.title.startsWith('Add published:'));
    }
    assert.ok(fix?.edit, 'the Add published: fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().startsWith('---\npublished: \n---\n'), doc.getText());
    await vscode.workspace.applyEdit(replaceAll(doc, doc.getText().replace('published: ', 'published: 2024-12-20')));
    await diagnosticsUntil(doc.uri, 'not-compared to go', (x) => withCode(x, 'not-compared').length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

/** An edit replacing the whole text of `doc`. */
export function replaceAll(doc: vscode.TextDocument, text: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  return edit;
}
