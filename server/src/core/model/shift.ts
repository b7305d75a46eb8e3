// Moving the nodes, claims and findings that follow an edit by the edit's length change, for
// incremental updates (update.ts). Every span object is rebuilt: articles share nothing mutable.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { AttributeNode, ClassNode, CommentNode, LineNode, MarkupSpanNode, SuppressionNode } from '../syntax/tree';
import type { ActorMention, Claim, IdRef } from './article';

/** Moves what lies at or after offset `from` by `delta` UTF-16 units; what lies before stays put. */
export class Shift {
  constructor(
    readonly from: number,
    readonly delta: number,
  ) {}

  /** A span moved when it starts at or after `from` (the front matter `by` a claim may carry stays). */
  span(s: Span): Span {
    return s.start >= this.from ? { start: s.start + this.delta, end: s.end + this.delta } : s;
  }

  line(l: LineNode): LineNode {
    return { span: this.span(l.span) };
  }

  node(n: MarkupSpanNode): MarkupSpanNode {
    return {
      span: this.span(n.span),
      text: n.text,
      textSpan: this.span(n.textSpan),
      attrsSpan: this.span(n.attrsSpan),
      attributes: n.attributes.map((a) => this.attribute(a)),
      classes: n.classes.map((c): ClassNode => ({ name: c.name, span: this.span(c.span) })),
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

  mention(m: ActorMention): ActorMention {
    return { actor: this.idRef(m.actor), text: m.text, span: this.span(m.span), textSpan: this.span(m.textSpan) };
  }

  /** Properties in build.ts's order (no spreads: one hidden class for all claims, as build.ts keeps it). */
  claim(c: Claim): Claim {
    const moved = { span: this.span(c.span), text: c.text, textSpan: this.span(c.textSpan), fact: this.idRef(c.fact) } as Claim;
    if (c.by) moved.by = this.idRef(c.by);
    if (c.asof) moved.asof = c.asof;
    moved.asofSource = c.asofSource;
    if (c.src) moved.src = this.idRef(c.src);
    moved.srcIsUrl = c.srcIsUrl;
    moved.reading = c.reading;
    if (c.quote !== undefined) moved.quote = c.quote;
    if (c.note !== undefined) moved.note = c.note;
    if (c.actor) moved.actor = this.idRef(c.actor);
    moved.attribution = c.attribution;
    moved.sentenceSpan = this.span(c.sentenceSpan);
    moved.paragraphSpan = this.span(c.paragraphSpan);
    return moved;
  }

  private idRef(r: IdRef): IdRef {
    return { id: r.id, span: this.span(r.span) };
  }

  private attribute(a: AttributeNode): AttributeNode {
    return { key: a.key, keySpan: this.span(a.keySpan), value: a.value, valueSpan: this.span(a.valueSpan), quoted: a.quoted, span: this.span(a.span) };
  }
}
