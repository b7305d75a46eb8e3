// The Claims view in a real editor: its content by actor, by fact and conflicts only, a click
// opens the claim, and "show claims of" filters to the actor under the cursor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimTreeClaim, ClaimTreeGroup, ClaimTreeNode } from '../../../../shared/protocol';
import type { ClaimmarkApi } from '../../extension';
import { open, positionOf, serverRunning, until, workspaceUri } from './helpers';

function group(nodes: ClaimTreeNode[], kind: string, id: string): ClaimTreeGroup | undefined {
  return nodes.find((n): n is ClaimTreeGroup => n.kind !== 'claim' && n.kind === kind && n.id === id);
}

async function rootsUntil(a: ClaimmarkApi, what: string, check: (roots: ClaimTreeNode[]) => boolean): Promise<ClaimTreeNode[]> {
  return until(what, async () => {
    a.tree.refresh();
    const roots = await a.tree.roots();
    return check(roots) ? roots : undefined;
  }, [a.client.onDidChangeClaims, a.client.onDidChangeStatus], 30_000);
}

suite('claims tree', () => {
  let a: ClaimmarkApi;
  suiteSetup(async () => { a = await serverRunning(); });

  test('by actor: actor -> fact -> claims with figure, article and as-of', async () => {
    await a.tree.setGroupBy('actor');
    const roots = await rootsUntil(a, 'the widget ministry in the tree', (r) => group(r, 'actor', 'e2e-widget-ministry') !== undefined);
    const actor = group(roots, 'actor', 'e2e-widget-ministry')!;
    const fact = group(actor.children, 'fact', 'e2e-widgets');
    assert.ok(fact, 'the fact under the actor');
    const claims = fact.children.filter((n): n is ClaimTreeClaim => n.kind === 'claim');
    const figures = claims.map((c) => c.figure);
    assert.ok(figures.includes('about 500') && figures.includes('2,000'), `figures: ${figures.join(', ')}`);
    const alpha = claims.find((c) => c.figure === 'about 500')!;
    assert.equal(alpha.articleTitle, 'Alpha report on widgets');
    assert.match(alpha.asof ?? '', /^2025-01-09/);
    const item = a.tree.getTreeItem(alpha);
    assert.equal(item.label, 'about 500');
    assert.match(String(item.description), /Alpha report on widgets/);
    assert.equal(item.command?.command, 'claimmark.tree.openClaim');
    // a group with a registry name shows its id whole right after the name, before the counts
    const named = roots.find((n): n is ClaimTreeGroup => n.kind === 'actor' && n.id !== '' && n.label !== n.id);
    assert.ok(named, 'an actor with a registry name (samples/claimmark.yaml)');
    assert.equal(a.tree.getTreeItem(named).label, named.label);
    assert.match(String(a.tree.getTreeItem(named).description), new RegExp(`^${named.id} · \\d+ claims?( · |$)`));
  });

  test('by fact and conflicts only', async () => {
    await a.tree.setGroupBy('fact');
    const byFact = await rootsUntil(a, 'the widgets fact', (r) => group(r, 'fact', 'e2e-widgets') !== undefined);
    assert.ok(byFact.every((n) => n.kind === 'fact'), 'top level is facts');
    // a fact row shows the figures it holds and how many, with one plural per count
    const widgetsGroup = group(byFact, 'fact', 'e2e-widgets')!;
    assert.match(widgetsGroup.values ?? '', /^[\d,]+–2,000$/, 'the lowest to the highest figure ("about 500" to "2,000", and any other tagged meanwhile)');
    assert.match(String(a.tree.getTreeItem(widgetsGroup).description), new RegExp(`^${widgetsGroup.values} · ${widgetsGroup.claimCount} claims · ⚠ \\d+ conflicts?$`));
    await a.tree.setGroupBy('conflicts');
    const claims = await a.tree.claims();
    assert.ok(claims.every((c) => c.conflict && c.conflictCount > 0), 'conflicts view holds only conflicting claims');
    // "about 500" and "2,000" widgets for the same week cannot both hold.
    const widgets = claims.filter((c) => c.factId === 'e2e-widgets').map((c) => c.figure).sort();
    assert.deepEqual(widgets, ['2,000', 'about 500']);
    await a.tree.setGroupBy('actor');
  });

  test('a click on a claim opens it with its range selected', async () => {
    await a.tree.setGroupBy('actor');
    await rootsUntil(a, 'claims', (r) => r.length > 0);
    const claim = (await a.tree.claims()).find((c) => c.figure === '2,000');
    assert.ok(claim);
    const item = a.tree.getTreeItem(claim);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/e2e/beta.claims.txt'));
    assert.match(editor.document.getText(editor.selection), /^\[2,000\]\{fact=e2e-widgets/);
  });

  test('reveal in tree selects the claim under the cursor', async () => {
    const editor = await open(workspaceUri('e2e', 'beta.claims.txt'));
    const at = positionOf(editor.document, '2,000', 1);
    editor.selection = new vscode.Selection(at, at);
    const claim = await vscode.commands.executeCommand<ClaimTreeClaim>('claimmark.revealInTree');
    assert.equal(claim?.figure, '2,000');
    const selected = a.tree.view.selection[0];
    assert.ok(selected?.kind === 'claim' && selected.figure === '2,000', 'the view selects it');
  });

  test('show claims of the actor under the cursor filters the tree', async () => {
    const editor = await open(workspaceUri('e2e', 'alpha.claims.txt'));
    const at = positionOf(editor.document, 'actor=e2e-widget-ministry', 8);
    editor.selection = new vscode.Selection(at, at);
    const symbol = await vscode.commands.executeCommand('claimmark.showClaimsOfSymbol');
    assert.deepEqual(symbol, { kind: 'actor', id: 'e2e-widget-ministry' });
    const roots = await a.tree.roots();
    assert.deepEqual(roots.map((n) => n.kind === 'claim' ? n.figure : n.id), ['e2e-widget-ministry']);
    await vscode.commands.executeCommand('claimmark.tree.clearFilter');
    assert.ok((await a.tree.roots()).length > 1, 'the filter clears');
  });
});
