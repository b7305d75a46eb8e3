// The Claims tree: asks the server for claimmark/claimTree, grouped by actor, by fact or
// conflicts only, optionally filtered to one actor or fact; refreshes on claimmark/claimsChanged.
import * as vscode from 'vscode';
import {
  ClaimTreeRequest, type ClaimTreeClaim, type ClaimTreeGroupBy, type ClaimTreeNode, type ClaimTreeResult,
} from '../../../shared/protocol';
import type { ClaimmarkClient } from '../client';
import { nodeKey, toTreeItem } from './items';

/** Show only one actor's or fact's group. */
export interface TreeFilter {
  kind: 'actor' | 'fact';
  id: string;
}

interface Place { parent: ClaimTreeNode | undefined; id: string }

/** The Claims view's data provider and its TreeView. */
export class ClaimsTree implements vscode.TreeDataProvider<ClaimTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded = new vscode.EventEmitter<ClaimTreeResult>();
  /** Fires after each fetch from the server, with what it returned (tests wait on it). */
  readonly onDidLoad = this.loaded.event;
  readonly view: vscode.TreeView<ClaimTreeNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.loaded];
  private result: ClaimTreeResult | undefined;
  private places = new Map<ClaimTreeNode, Place>();
  private byId = new Map<string, ClaimTreeNode>();
  private pending: Promise<ClaimTreeResult | undefined> | undefined;
  groupBy: ClaimTreeGroupBy = 'actor';
  filter: TreeFilter | undefined;

  constructor(private readonly client: ClaimmarkClient) {
    this.view = vscode.window.createTreeView('claimmark.claims', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(this.view, client.onDidChangeClaims(() => this.refresh()));
    void this.setContext();
  }

  /** Drops the cached tree; VS Code asks again for what is visible. */
  refresh(): void {
    this.result = undefined;
    this.changed.fire();
  }

  async setGroupBy(groupBy: ClaimTreeGroupBy): Promise<void> {
    this.groupBy = groupBy;
    if (this.filter && groupBy !== 'conflicts' && this.filter.kind !== groupBy) this.filter = undefined;
    await this.setContext();
    this.refresh();
  }

  async setFilter(filter: TreeFilter | undefined): Promise<void> {
    this.filter = filter;
    if (filter) this.groupBy = filter.kind;
    await this.setContext();
    this.refresh();
  }

  /** The current tree (fetched when not cached), filtered as set. */
  async roots(): Promise<ClaimTreeNode[]> {
    const result = this.result ?? await this.fetch();
    if (!result) return [];
    const f = this.filter;
    return f ? result.nodes.filter((n) => n.kind === f.kind && n.id === f.id) : result.nodes;
  }

  getTreeItem(node: ClaimTreeNode): vscode.TreeItem {
    const item = toTreeItem(node, this.places.get(node)?.id ?? nodeKey(node));
    if (this.filter && node.kind !== 'claim' && this.places.get(node)?.parent === undefined) {
      item.collapsibleState = vscode.TreeItemCollapsibleState.Expanded;
    }
    return item;
  }

  async getChildren(node?: ClaimTreeNode): Promise<ClaimTreeNode[]> {
    if (!node) return this.roots();
    return node.kind === 'claim' ? [] : node.children;
  }

  getParent(node: ClaimTreeNode): ClaimTreeNode | undefined {
    return this.places.get(node)?.parent;
  }

  /**
   * Reveals a node. A refresh (claimmark/claimsChanged) may replace the node objects meanwhile,
   * so the node is looked up again by its path id in the current tree before each try.
   */
  async reveal(node: ClaimTreeNode, options: { select?: boolean; focus?: boolean; expand?: boolean | number }): Promise<void> {
    const id = this.places.get(node)?.id;
    for (let attempt = 1; ; attempt++) {
      await this.roots();
      const current = (id && this.byId.get(id)) || node;
      try {
        await this.view.reveal(current, options);
        return;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }

  /** Every claim in the current tree, in order. */
  async claims(): Promise<ClaimTreeClaim[]> {
    const out: ClaimTreeClaim[] = [];
    const walk = (nodes: ClaimTreeNode[]): void => {
      for (const n of nodes) n.kind === 'claim' ? out.push(n) : walk(n.children);
    };
    walk(await this.roots());
    return out;
  }

  private fetch(): Promise<ClaimTreeResult | undefined> {
    this.pending ??= this.request().finally(() => { this.pending = undefined; });
    return this.pending;
  }

  private async request(): Promise<ClaimTreeResult | undefined> {
    if (!this.client.isRunning) return undefined;
    try {
      const result = await this.client.languageClient.sendRequest(ClaimTreeRequest.type, { groupBy: this.groupBy });
      this.result = result;
      this.view.message = undefined;
      this.index(result);
      await vscode.commands.executeCommand('setContext', 'claimmark.articleCount', result.articleCount);
      this.showBadge(result);
      this.loaded.fire(result);
      return result;
    } catch (e) {
      this.client.output.warn(`claimmark/claimTree failed: ${String(e)}`);
      this.view.message = 'The Claimmark server could not list the claims; see the Claimmark output.';
      return undefined;
    }
  }

  /** Records each node's parent and path id, for getParent/reveal and unique item ids. */
  private index(result: ClaimTreeResult): void {
    this.places = new Map();
    this.byId = new Map();
    const walk = (nodes: ClaimTreeNode[], parent: ClaimTreeNode | undefined, prefix: string): void => {
      for (const n of nodes) {
        const id = `${prefix}/${nodeKey(n)}`;
        this.places.set(n, { parent, id });
        this.byId.set(id, n);
        if (n.kind !== 'claim') walk(n.children, n, id);
      }
    };
    walk(result.nodes, undefined, this.groupBy);
  }

  private showBadge(result: ClaimTreeResult): void {
    const conflicts = result.nodes.reduce((sum, n) => sum + n.conflictCount, 0);
    this.view.badge = conflicts > 0 ? { value: conflicts, tooltip: `${conflicts} claims in conflict` } : undefined;
    this.view.description = this.filter ? `${this.filter.kind}: ${this.filter.id}` : `by ${this.groupBy === 'conflicts' ? 'conflict' : this.groupBy}`;
  }

  private async setContext(): Promise<void> {
    await vscode.commands.executeCommand('setContext', 'claimmark.groupBy', this.groupBy);
    await vscode.commands.executeCommand('setContext', 'claimmark.treeFiltered', this.filter !== undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
