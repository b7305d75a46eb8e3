// Proposals for the tag-as-claim fix: a fact id from the words around the figure, and the
// actor of the sentence (an actor mention in it, or a named speaker matched to a mention).
import type { Span } from '../span';
import type { Article } from '../model/article';

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
  const after = text.slice(figure.end, sentence.end).toLowerCase();
  const words = after.match(/[a-z]+/g) ?? [];
  const verb = words.slice(0, 8).find((w) => EVENT_VERBS.includes(w));
  let base = noun.split(' ').filter((w) => !STOP.has(w));
  if (base.length === 0) {
    const all = (text.slice(sentence.start, sentence.end).toLowerCase().match(/[a-z]+/g) ?? []);
    const measure = all.find((w) => MEASURES.includes(w));
    base = measure ? [measure] : all.filter((w) => !STOP.has(w) && w.length > 3).slice(0, 2);
  }
  const id = kebab(verb && !base.includes(verb) ? [...base.slice(0, 3), verb] : base);
  return /^[a-z0-9]/.test(id) ? id : 'figure';
}

const SPEAKER = /(?:^|,\s*|\baccording to\s+)((?:the\s+)?[\p{L}’'.-]+(?:\s+[\p{L}’'.-]+){0,4}?)\s*(?:,|\s+(?:said|says|told|added|stated|reported|claimed|estimated|announced|confirmed|warned|wrote)\b|[.!?]?$)/gu;

function tokens(s: string): string[] {
  return (s.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter((t) => t.length > 2 && !STOP.has(t));
}

/** The actor to propose for a figure in `sentence`, or undefined when none can be justified. */
export function guessActor(article: Article, sentence: Span, figure: Span): string | undefined {
  const inSentence = article.mentions.filter((m) => m.span.start >= sentence.start && m.span.end <= sentence.end);
  const before = inSentence.filter((m) => m.span.end <= figure.start);
  const near = before[before.length - 1] ?? inSentence.find((m) => m.span.start >= figure.end);
  if (near) return near.actor.id;
  // a named speaker in plain prose: "..., Ukraine's air force said"; "Zelenskyy said ..."
  const text = article.syntax.text.slice(sentence.start, sentence.end);
  let best: { id: string; score: number } | undefined;
  for (const m of text.matchAll(SPEAKER)) {
    const speaker = tokens(m[1]!);
    if (speaker.length === 0) continue;
    for (const mention of article.mentions) {
      const known = new Set([...tokens(mention.text), mention.actor.id.toLowerCase()]);
      const score = speaker.filter((t) => known.has(t) || known.has(t.replace(/[’']s$/, ''))).length;
      if (score > 0 && (!best || score > best.score)) best = { id: mention.actor.id, score };
    }
  }
  return best?.id;
}
