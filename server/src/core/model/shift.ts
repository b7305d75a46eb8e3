// Moving the nodes, claims and findings that follow an edit by the edit's length change, for
// incremental updates (update.ts). Moved spans are new objects (articles share nothing mutable),
// but within the new article a claim or mention reuses the moved spans of its own markup node
// and line, as buildArticle's claims share them: half the objects, the same values.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { AttributeNode, ClassNode, CommentNode, LineNode, MarkupSpanNode, SuppressionNode } from '../syntax/tree';
import type { ActorMention, Claim, IdRef } from './article';
import { orEmpty } from '../syntax/shared';

/** Walks a moved list and its old version side by side, to find an old item's moved twin. */
class Twins<T extends { span: Span }> {
  private at = 0;
  private lost = false;

  constructor(
    readonly old: readonly T[],
    readonly moved: readonly T[],
  ) {}

  /**
   * The index of the old item whose span is `span` (the same object), or -1. Items are asked
   * for in list order (claims and mentions follow their nodes and lines), so the walk is
   * linear; should one not be found, the walk stops for good rather than rescan.
   */
  indexOf(span: Span): number {
    if (this.lost) return -1;
    const old = this.old;
    for (let i = this.at; i < old.length; i++) {
      if (old[i]!.span === span) return (this.at = i);
    }
    this.lost = true;
    return -1;
  }
}

/** Moves what lies at or after offset `from` by `delta` UTF-16 units; what lies before stays put. */
export class Shift {
  /** The moved nodes' twins, walked once for claims and once for mentions. */
  private claimNodes?: Twins<MarkupSpanNode>;
  private mentionNodes?: Twins<MarkupSpanNode>;
  private lines?: Twins<LineNode>;

  constructor(
    readonly from: number,
    readonly delta: number,
  ) {}

  /** A span moved when it starts at or after `from` (the front matter `by` a claim may carry stays). */
  span(s: Span): Span {
    return s.start >= this.from ? { start: s.start + this.delta, end: s.end + this.delta } : s;
  }

  /** Moves `list` from index `first` on; remembered, so that claims can reuse their lines' spans. */
  lineTail(list: readonly LineNode[], first: number): LineNode[] {
    const old = list.slice(first);
    const moved: LineNode[] = new Array(old.length);
    for (let i = 0; i < old.length; i++) moved[i] = { span: this.span(old[i]!.span) };
    this.lines = new Twins(old, moved);
    return moved;
  }

  /** Moves `list` from index `first` on; remembered, so that claims and mentions can reuse their nodes' spans. */
  nodeTail(list: readonly MarkupSpanNode[], first: number): MarkupSpanNode[] {
    const old = list.slice(first);
    const moved: MarkupSpanNode[] = new Array(old.length);
    for (let i = 0; i < old.length; i++) moved[i] = this.node(old[i]!);
    this.claimNodes = new Twins(old, moved);
    this.mentionNodes = new Twins(old, moved);
    return moved;
  }

  node(n: MarkupSpanNode): MarkupSpanNode {
    return {
      span: this.span(n.span),
      text: n.text,
      textSpan: this.span(n.textSpan),
      attrsSpan: this.span(n.attrsSpan),
      attributes: this.attributes(n.attributes),
      classes: n.classes.length === 0 ? orEmpty(n.classes) : n.classes.map((c): ClassNode => ({ name: c.name, span: this.span(c.span) })),
    };
  }

  suppression(s: SuppressionNode): SuppressionNode {
    return { span: this.span(s.span), scope: s.scope, codes: s.codes, codeSpans: s.codeSpans.map((c) => this.span(c)) };
  }

  comment(c: CommentNode): CommentNode {
    return { span: this.span(c.span) };
  }

  /** A finding of the article itself (markup, front matter, claims: none carries related places or offsets in its data). */
  finding(f: Finding): Finding {
    return { ...f, span: this.span(f.span) };
  }

  /** A mention after the moved nodes (nodeTail): it shares its node's moved spans. */
  mention(m: ActorMention): ActorMention {
    const nodes = this.mentionNodes;
    const i = nodes ? nodes.indexOf(m.span) : -1;
    if (i < 0 || nodes!.old[i]!.textSpan !== m.textSpan) return { actor: this.idRef(m.actor), text: m.text, span: this.span(m.span), textSpan: this.span(m.textSpan) };
    const moved = nodes!.moved[i]!;
    return { actor: this.idRefIn(m.actor, nodes!.old[i]!, moved), text: m.text, span: moved.span, textSpan: moved.textSpan };
  }

  /**
   * A claim after the moved lines and nodes (lineTail, nodeTail): it shares their moved spans.
   * Properties in build.ts's order (no spreads: one hidden class for all claims, as build.ts keeps it).
   */
  claim(c: Claim): Claim {
    const nodes = this.claimNodes;
    const i = nodes ? nodes.indexOf(c.span) : -1;
    const old = i < 0 || nodes!.old[i]!.textSpan !== c.textSpan ? undefined : nodes!.old[i]!;
    const node = old && nodes!.moved[i]!;
    const moved = { span: node ? node.span : this.span(c.span), text: c.text, textSpan: node ? node.textSpan : this.span(c.textSpan), fact: this.idRefIn(c.fact, old, node) } as Claim;
    if (c.by) moved.by = this.idRefIn(c.by, old, node);
    if (c.asof) moved.asof = c.asof;
    moved.asofSource = c.asofSource;
    if (c.src) moved.src = this.idRefIn(c.src, old, node);
    moved.srcIsUrl = c.srcIsUrl;
    moved.reading = c.reading;
    if (c.quote !== undefined) moved.quote = c.quote;
    if (c.note !== undefined) moved.note = c.note;
    // the actor is its `by`, a mention of its line (moved with it) or the front matter `by` (not moved)
    if (c.actor) moved.actor = c.actor === c.by ? moved.by! : c.actor.span.start < this.from ? c.actor : this.idRef(c.actor);
    moved.attribution = c.attribution;
    const lines = this.lines;
    const k = lines ? lines.indexOf(c.paragraphSpan) : -1;
    const paragraph = k >= 0 ? lines!.moved[k]!.span : this.span(c.paragraphSpan);
    moved.sentenceSpan = c.sentenceSpan === c.paragraphSpan ? paragraph : this.span(c.sentenceSpan);
    moved.paragraphSpan = paragraph;
    return moved;
  }

  /** An id reference written in `node`: it shares the moved attribute's value span when it is that span. */
  private idRefIn(r: IdRef, node: MarkupSpanNode | undefined, moved: MarkupSpanNode | undefined): IdRef {
    if (!node || !moved) return this.idRef(r);
    const attrs = node.attributes;
    for (let i = 0; i < attrs.length; i++) if (attrs[i]!.valueSpan === r.span) return { id: r.id, span: moved.attributes[i]!.valueSpan };
    return this.idRef(r);
  }

  private idRef(r: IdRef): IdRef {
    return { id: r.id, span: this.span(r.span) };
  }

  private attributes(list: AttributeNode[]): AttributeNode[] {
    if (list.length === 0) return orEmpty(list);
    const out: AttributeNode[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      out[i] = { key: a.key, keySpan: this.span(a.keySpan), value: a.value, valueSpan: this.span(a.valueSpan), quoted: a.quoted, span: this.span(a.span) };
    }
    return out;
  }
}
