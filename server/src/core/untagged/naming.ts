// Proposals for the tag-as-claim fix: a fact id from the words around the figure, and the
// actor of the sentence (an actor mention in it, or a named speaker matched to a mention).
import type { Span } from '../span';
import type { Article } from '../model/article';
import { isValidId } from '../syntax/ids';

/** Verbs after a figure that say what happened to what it counts ("killed", "launched"). */
const EVENT_VERBS = ['killed', 'wounded', 'injured', 'dead', 'died', 'missing', 'launched', 'intercepted', 'shot', 'jammed', 'deployed', 'sent', 'captured',
  'destroyed', 'damaged', 'evacuated', 'displaced', 'arrested', 'detained', 'confirmed', 'infected', 'vaccinated', 'burned', 'lost', 'gained', 'won', 'fell', 'rose'];
/** Nouns that name what a percentage or amount measures when no counted noun follows it. */
const MEASURES = ['inflation', 'turnout', 'unemployment', 'growth', 'gdp', 'rate', 'rates', 'price', 'prices', 'vote', 'votes', 'territory', 'share', 'shares',
  'budget', 'deficit', 'debt', 'revenue', 'profit', 'sales', 'temperature', 'casualties', 'losses', 'toll', 'aid', 'cost', 'damage', 'population'];
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'its', 'their', 'his', 'her', 'said', 'more', 'than',
  'about', 'some', 'over', 'that', 'this', 'had', 'has', 'have', 'been', 'was', 'were', 'is', 'are', 'be', 'it', 'they', 'he', 'she', 'which', 'who', 'also', 'other']);

/** Kebab-case id from words: lower-case letters and digits, at most `max` words. */
export function kebab(words: readonly string[], max = 4): string {
  return words.map((w) => w.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '')).filter((w) => w.length > 0).slice(0, max).join('-');
}

/** A fact id for the figure: its counted noun plus what happened ("north-korean-soldiers-killed"), else a measure named in the sentence. */
export function proposeFactId(text: string, figure: Span, noun: string, sentence: Span): string {
  return new SentenceNaming(text, sentence).factId(figure, noun);
}

const SPEAKER = /(?:^|,\s*|\baccording to\s+)((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?)\s*(?:,|\s+(?:said|says|told|added|stated|reported|claimed|estimated|announced|confirmed|warned|wrote)\b|[.!?]?$)/gu;

function tokens(s: string): string[] {
  return (s.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter((t) => t.length > 2 && !STOP.has(t));
}

/** The actor to propose for a figure in `sentence` (always a valid id), or undefined when none can be justified. */
export function guessActor(article: Article, sentence: Span, figure: Span): string | undefined {
  return new ActorGuesser(article).guess(sentence, figure);
}

/**
 * What proposeFactId needs from one sentence, computed once for all its figures: a line
 * pasted without breaks can hold thousands of figures, and re-reading the sentence for
 * each one made the check quadratic (seconds for a 20 kB paragraph).
 */
export class SentenceNaming {
  private readonly lower: string;
  /** The sentence's lower-case words with their ends (offsets into `lower`), when offsets match the text's. */
  private readonly words?: { word: string; start: number; end: number }[];
  private fallback?: string[];

  constructor(private readonly text: string, readonly sentence: Span) {
    this.lower = text.slice(sentence.start, sentence.end).toLowerCase();
    // toLowerCase may lengthen a text ('İ'); then offsets differ and each figure slices its own
    if (this.lower.length === sentence.end - sentence.start) this.words = [...this.lower.matchAll(/[a-z]+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  }

  /** The first `n` words of the sentence after `offset` (as `slice(offset).toLowerCase().match(/[a-z]+/g)` gives them). */
  private wordsAfter(offset: number, n: number): string[] {
    if (!this.words) return (this.text.slice(offset, this.sentence.end).toLowerCase().match(/[a-z]+/g) ?? []).slice(0, n);
    const at = offset - this.sentence.start;
    const lo = firstIndex(this.words, (w) => w.end > at);
    const out: string[] = [];
    for (let i = lo; i < this.words.length && out.length < n; i++) {
      const w = this.words[i]!;
      out.push(w.start < at ? w.word.slice(at - w.start) : w.word); // a word the offset cuts counts from the offset
    }
    return out;
  }

  /** See proposeFactId. */
  factId(figure: Span, noun: string): string {
    const verb = this.wordsAfter(figure.end, 8).find((w) => EVENT_VERBS.includes(w));
    let base = noun.split(' ').filter((w) => !STOP.has(w));
    if (base.length === 0) base = this.fallback ??= this.measureWords();
    const id = kebab(verb && !base.includes(verb) ? [...base.slice(0, 3), verb] : base);
    return /^[a-z0-9]/.test(id) ? id : 'figure';
  }

  private measureWords(): string[] {
    const all = this.lower.match(/[a-z]+/g) ?? [];
    const measure = all.find((w) => MEASURES.includes(w));
    return measure ? [measure] : all.filter((w) => !STOP.has(w) && w.length > 3).slice(0, 2);
  }
}

/** The first index whose item passes `test`, for a list where failing items all come first (binary search). */
function firstIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** guessActor for many figures of one article: mentions found by binary search, a sentence's named speaker read once. */
export class ActorGuesser {
  private readonly mentions: Article['mentions'];
  /** The sentence last asked about: its mentions, and its named speaker once read (null: none). */
  private current?: { sentence: Span; mentions: Article['mentions']; speaker?: string | null };
  /** How many guesses found no mention in their sentence and asked for a named speaker (read from all the article's mentions). */
  speakerGuesses = 0;

  /**
   * `shared.mentionTokens` (word -> mention indexes) is built on first need and may be handed
   * to the next guesser of an article whose mentions (ids and texts, in order) are the same.
   */
  constructor(
    private readonly article: Article,
    private readonly shared: { mentionTokens?: Map<string, number[]> } = {},
  ) {
    this.mentions = [...article.mentions].sort((a, b) => a.span.start - b.span.start);
  }

  /** The actor to propose for a figure in `sentence` (see guessActor). */
  guess(sentence: Span, figure: Span): string | undefined {
    if (this.current?.sentence !== sentence) this.current = { sentence, mentions: this.mentionsIn(sentence) };
    const inSentence = this.current.mentions;
    // the last mention ending before the figure, else the first starting after it
    const i = firstIndex(inSentence, (m) => m.span.end > figure.start);
    const near = i > 0 ? inSentence[i - 1] : inSentence.find((m) => m.span.start >= figure.end);
    // a malformed id (`actor=Nope`, `actor="a b"`) would put a bad-id, or a broken attribute, into the fix
    if (near) return isValidId(near.actor.id) ? near.actor.id : undefined;
    this.speakerGuesses++;
    if (this.current.speaker === undefined) this.current.speaker = this.namedSpeaker(sentence) ?? null;
    return this.current.speaker ?? undefined;
  }

  private mentionsIn(sentence: Span): Article['mentions'] {
    const out: Article['mentions'] = [];
    for (let i = firstIndex(this.mentions, (m) => m.span.start >= sentence.start); i < this.mentions.length && this.mentions[i]!.span.start <= sentence.end; i++) {
      if (this.mentions[i]!.span.end <= sentence.end) out.push(this.mentions[i]!);
    }
    return out;
  }

  /** A named speaker in plain prose ("..., Ukraine's air force said"; "Zelenskyy said ...") matched to the mention sharing most words with it. */
  private namedSpeaker(sentence: Span): string | undefined {
    const text = this.article.syntax.text.slice(sentence.start, sentence.end);
    const mentions = this.article.mentions;
    let best: { id: string; score: number; index: number } | undefined;
    for (const m of text.matchAll(SPEAKER)) {
      const speaker = tokens(m[1]!);
      if (speaker.length === 0) continue;
      // score[i]: how many speaker words mention i knows (its text's words or its id)
      const score = new Map<number, number>();
      const index = (this.shared.mentionTokens ??= this.indexMentions());
      for (const t of speaker) {
        const hits = new Set([...(index.get(t) ?? []), ...(index.get(t.replace(/[’']s$/, '')) ?? [])]);
        for (const i of hits) score.set(i, (score.get(i) ?? 0) + 1);
      }
      // the first mention with the highest score; an earlier speaker keeps ties
      let top: { index: number; score: number } | undefined;
      for (const [i, sc] of score) if (!top || sc > top.score || (sc === top.score && i < top.index)) top = { index: i, score: sc };
      if (top && (!best || top.score > best.score)) best = { id: mentions[top.index]!.actor.id, score: top.score, index: top.index };
    }
    return best?.id;
  }

  /** word -> indexes (into article.mentions) of the mentions that know it. */
  private indexMentions(): Map<string, number[]> {
    const index = new Map<string, number[]>();
    this.article.mentions.forEach((mention, i) => {
      if (!isValidId(mention.actor.id)) return;
      for (const t of new Set([...tokens(mention.text), mention.actor.id.toLowerCase()])) {
        const list = index.get(t);
        if (list) list.push(i);
        else index.set(t, [i]);
      }
    });
    return index;
  }
}
