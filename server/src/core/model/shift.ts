// Moving the lines, claims and findings that follow an edit by the edit's length change, for
// incremental updates (update.ts). Moved spans are new objects (articles share nothing mutable),
// but within the new article a claim reuses the moved span of its line, as buildArticle's
// claims share it. Markup nodes move lazily (nodeRuns.ts).
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { CommentNode, LineNode, SuppressionNode } from '../syntax/tree';
import type { ActorMention, Claim, IdRef } from './article';

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
   * for in list order (claims follow their lines), so the walk is
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
  /** The moved lines' twins, walked once for claims. */
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

  /**
   * A claim after the moved lines (lineTail): it shares its line's moved span.
   * One literal in build.ts's order (no spreads: one hidden class for all claims, as build.ts keeps it).
   */
  claim(c: Claim): Claim {
    const by = c.by ? this.idRef(c.by) : undefined;
    const lines = this.lines;
    const k = lines ? lines.indexOf(c.paragraphSpan) : -1;
    const paragraph = k >= 0 ? lines!.moved[k]!.span : this.span(c.paragraphSpan);
    return {
      span: this.span(c.span), text: c.text, textSpan: this.span(c.textSpan), fact: this.idRef(c.fact),
      // the actor is its `by`, a mention of its line (moved with it) or the front matter `by` (not moved)
      actor: c.actor ? (c.actor === c.by ? by! : c.actor.span.start < this.from ? c.actor : this.idRef(c.actor)) : undefined,
      attribution: c.attribution, by, asof: c.asof, asofSource: c.asofSource, src: c.src ? this.idRef(c.src) : undefined, srcIsUrl: c.srcIsUrl,
      reading: c.reading, printed: c.printed, own: c.own ? true : undefined, quote: c.quote, note: c.note,
      sentenceSpan: c.sentenceSpan === c.paragraphSpan ? paragraph : this.span(c.sentenceSpan), paragraphSpan: paragraph,
    };
  }

  private idRef(r: IdRef): IdRef {
    return { id: r.id, span: this.span(r.span) };
  }
}
