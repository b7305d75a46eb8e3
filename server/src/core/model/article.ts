// The meaning of one article: its metadata, claims, actor mentions and `.nofigure` spans, with
// attribution and as-of resolved. Built by buildArticle() (build.ts), or after an edit by
// updateArticle() (update.ts), which gives an equal value re-reading only the edited lines.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { FigureReading } from '../figures/value';
import type { ArticleSyntax } from '../syntax/tree';
import type { DateRange } from '../base/dates';

export type { DateRange };

/** Front matter fields (all optional). */
export interface ArticleMeta {
  id?: string;
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
  retrieved?: string;
  /** Default actor id for claims that name none. */
  by?: string;
  /** The currency a bare "$" means in the article (an ISO 4217 code such as CAD), when not US dollars. */
  currency?: string;
  /** Where each present key is written, for hover/definition. */
  keySpans: Record<string, Span>;
  /** Where each present key's value is written (e.g. the `by` actor id), when not empty. */
  valueSpans?: Record<string, Span>;
}

/** An id written in the text (an attribute value or the front matter `by`). */
export interface IdRef {
  id: string;
  span: Span;
}

/** How a claim's actor was found. */
export type AttributionSource = 'explicit' | 'sentence' | 'paragraph' | 'article' | 'none';

/** `[TEXT]{actor=id}`. */
export interface ActorMention {
  actor: IdRef;
  text: string;
  span: Span;
  textSpan: Span;
}

/** `[TEXT]{fact=id ...}`: a figure someone reported. */
export interface Claim {
  span: Span;
  /** The figure as printed. */
  text: string;
  textSpan: Span;
  fact: IdRef;
  /** Resolved actor (undefined when none could be found). */
  actor?: IdRef;
  attribution: AttributionSource;
  /** The explicit `by=` when written (its span is the attribute value). */
  by?: IdRef;
  asof?: DateRange;
  asofSource: 'explicit' | 'published' | 'none';
  /** `src=`: a registry source id or a URL. */
  src?: IdRef;
  srcIsUrl: boolean;
  /** The figure read from `text`, or from `value=`/`unit=` when given. */
  reading: FigureReading;
  /** True when `reading` comes from the printed text (no `value=`): conversions compare within its printed precision. */
  printed?: boolean;
  /** `.own`: the article states the figure in its own voice (no speaker is borrowed for it). */
  own?: boolean;
  quote?: string;
  note?: string;
  /** Sentence and paragraph (line) the claim sits in, for context and fixes. */
  sentenceSpan: Span;
  paragraphSpan: Span;
}

/** Everything the core knows about one article file. */
export interface Article {
  uri: string;
  /** Bumped by the caller on each change; the workspace uses it to skip work. */
  version: number;
  syntax: ArticleSyntax;
  meta: ArticleMeta;
  claims: Claim[];
  mentions: ActorMention[];
  /** Spans marked `.nofigure`. */
  noFigures: Span[];
  /** Markup, front matter and claim findings (not registry, untagged or conflict ones). */
  findings: Finding[];
  /** The front matter's `by`, located at its value: the actor of claims that name none. Read once per front matter. */
  articleBy?: IdRef;
  /** The front matter's `published` when it reads as a date: the as-of of claims without `asof=`. Read once per front matter. */
  published?: DateRange;
}

/** A claim together with the article it sits in. */
export interface ClaimRef {
  uri: string;
  article: Article;
  claim: Claim;
}
