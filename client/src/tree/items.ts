// Turns Claims tree nodes (from claimmark/claimTree) into VS Code tree items: labels, conflict
// badges, icons, tooltips and the command that opens a claim (a group row's text is rows.ts's).
import * as vscode from 'vscode';
import type { ClaimTreeClaim, ClaimTreeGroup, ClaimTreeNode } from '../../../shared/protocol';
import { conflictBadge, groupRow, plural } from './rows';

const conflictColor = new vscode.ThemeColor('problemsWarningIcon.foreground');

/** The tree item for any node; `id` must be unique in the tree (the node's path). */
export function toTreeItem(node: ClaimTreeNode, id: string): vscode.TreeItem {
  const item = node.kind === 'claim' ? claimItem(node) : groupItem(node);
  item.id = id;
  return item;
}

function groupItem(group: ClaimTreeGroup): vscode.TreeItem {
  const row = groupRow(group);
  const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = row.description;
  item.tooltip = new vscode.MarkdownString().appendText(`${row.heading}\n\n`).appendText(row.counts);
  const icon = group.kind === 'actor' ? 'person' : 'symbol-number';
  item.iconPath = group.conflictCount > 0 ? new vscode.ThemeIcon('warning', conflictColor) : new vscode.ThemeIcon(icon);
  item.contextValue = `claimmark.${group.kind}`;
  return item;
}

function claimItem(claim: ClaimTreeClaim): vscode.TreeItem {
  const item = new vscode.TreeItem(claim.figure, vscode.TreeItemCollapsibleState.None);
  item.description = [claim.asof, conflictBadge(claim.conflictCount), claim.articleTitle].filter(Boolean).join(' · ');
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown('**').appendText(claim.figure).appendMarkdown('**');
  if (claim.reading) tip.appendText(` (read as ${claim.reading})`);
  tip.appendText(`\n\nfact: ${claim.factLabel ?? claim.factId}\n\nby: ${claim.actorName ?? claim.actorId ?? 'no actor'}`);
  tip.appendText(`\n\nas of: ${claim.asof ?? 'unknown'}\n\nin: ${claim.articleTitle}`);
  if (claim.conflict) tip.appendText(`\n\n⚠ conflicts with ${plural(claim.conflictCount, 'other claim')}`);
  item.tooltip = tip;
  item.iconPath = claim.conflict ? new vscode.ThemeIcon('warning', conflictColor) : new vscode.ThemeIcon('quote');
  item.contextValue = claim.conflict ? 'claimmark.claim.conflict' : 'claimmark.claim';
  item.command = { title: 'Open Claim', command: 'claimmark.tree.openClaim', arguments: [claim] };
  return item;
}

/** A stable id for a node below its parent (a claim: its article and start position). */
export function nodeKey(node: ClaimTreeNode): string {
  if (node.kind !== 'claim') return `${node.kind}:${node.id}`;
  return `claim:${node.uri}#${node.range.start.line}:${node.range.start.character}`;
}
