// The article text a page states in its JSON-LD (`articleBody`), as a reference for the body read
// from its markup: a search engine's copy of the text, written by the same system that printed it,
// but without the boxes a page puts inside it (a caption, a poll, a teaser, a newsletter's offer).
import { parseDocument } from './dom';
import { normaliseText } from './text';

/** Words as the body's score reads them: lower case, NFC, each CJK character a word. */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

/** The words of `text`, joined by one space, with a space at each end (so ` a b ` finds whole words). */
export function wordLine(text: string): string {
  return ` ${(text.normalize('NFC').toLowerCase().match(WORD) ?? []).join(' ')} `;
}

/** The runs of four words in `text` (the whole text when shorter), counted. */
export function shingles(text: string): Map<string, number> {
  const words = wordLine(text).trim().split(' ').filter((w) => w !== '');
  const counts = new Map<string, number>();
  for (let i = 0; i === 0 ? words.length > 0 : i + 4 <= words.length; i++) {
    const key = words.slice(i, i + 4).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The share of `a`'s runs that `b` holds (`ofA`), and of `b`'s that `a` holds (`ofB`). */
export function overlap(a: Map<string, number>, b: Map<string, number>): { ofA: number; ofB: number } {
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const c of a.values()) na += c;
  for (const [k, c] of b) {
    nb += c;
    shared += Math.min(c, a.get(k) ?? 0);
  }
  return { ofA: na === 0 ? 0 : shared / na, ofB: nb === 0 ? 0 : shared / nb };
}

/** How alike two texts are: the harmonic mean of the two shares (1 the same words, 0 none shared). */
export function agreement(a: Map<string, number>, b: Map<string, number>): number {
  const { ofA, ofB } = overlap(a, b);
  return ofA + ofB === 0 ? 0 : (2 * ofA * ofB) / (ofA + ofB);
}

/** The paragraphs of a JSON-LD `articleBody`: its lines, or its HTML's text when it holds markup. */
export function statedParagraphs(articleBody: string | undefined): string[] {
  if (!articleBody) return [];
  const text = /<p[\s>]/i.test(articleBody) ? parseDocument(articleBody).documentElement.textContent ?? '' : articleBody;
  return text.split(/\n/).map(normaliseText).filter((l) => l !== '');
}

/** The share of `text`'s runs of four words found in `line` (as `wordLine` writes it); 0 for a text of under four words. */
function shareIn(text: string, line: string): number {
  const words = wordLine(text).trim().split(' ');
  if (words.length < 4) return 0;
  let found = 0;
  for (let i = 0; i + 4 <= words.length; i++) if (line.includes(` ${words.slice(i, i + 4).join(' ')} `)) found++;
  return found / (words.length - 3);
}

/**
 * `paragraphs` without the lines of eight words or more that share no run of four words with the
 * page's stated text (`articleBody`), when it is whole: 500 characters or more, Readability's text
 * sharing at least 0.7 of it and holding its last words, which end a sentence, not with an ellipsis,
 * and no more than a fifth of the body left out (a stated text cut short, a metered page's, would
 * cut the body's end). Those are a caption, a poll's question, a teaser or a newsletter's offer
 * inside the text. Kept: the lines above the first the stated text holds (a summary, a standfirst
 * it leaves out), short lines above its last (crossheads, labels), and a run of more than three
 * lines it lacks in a row (a part of its own, a table or a list the stated text leaves out).
 */
export function withinStatedText(paragraphs: string[], articleBody: string | undefined): string[] {
  const stated = statedParagraphs(articleBody);
  const statedText = stated.join('\n');
  if (statedText.length < 500 || paragraphs.length < 3) return paragraphs;
  const body = wordLine(statedText);
  const lastWords = wordLine(stated[stated.length - 1]!).trim().split(' ').slice(-4).join(' ');
  // (cut short: with an ellipsis or mid-sentence)
  if (lastWords === '' || !wordLine(paragraphs.join('\n')).includes(` ${lastWords} `) || !/[.!?。！？"”»)]$/u.test(statedText) || /(?:\.\.\.|…)$/u.test(statedText)) return paragraphs;
  if (agreement(shingles(paragraphs.join('\n')), shingles(statedText)) < 0.7) return paragraphs;
  const held = paragraphs.map((p) => body.includes(wordLine(p)) || shareIn(p, body) > 0);
  const first = paragraphs.findIndex((p) => body.includes(wordLine(p)) || shareIn(p, body) >= 0.5);
  const runLength = (i: number) => {
    let from = i;
    let to = i;
    while (from > 0 && !held[from - 1]) from--;
    while (to + 1 < held.length && !held[to + 1]) to++;
    return to - from + 1;
  };
  // (under its last line, a short line goes too: an app's or a newsletter's offer, not a crosshead, which has text under it)
  const last = held.lastIndexOf(true);
  const short = (p: string, i: number) => i < last && wordLine(p).trim().split(' ').length < 8;
  const kept = paragraphs.filter((p, i) => i <= first || held[i] || short(p, i) || runLength(i) > 3);
  // (a fifth of the body or more missing from it: a stated text cut short after all)
  return kept.join('\n').length >= 0.8 * paragraphs.join('\n').length ? kept : paragraphs;
}

/**
 * `paragraphs` with the rest of the page's stated text after them, when the page says it is not
 * free to read and shows only the start of that text (a paywall): every line of the body is in the
 * stated text, which is at least twice as long. The rest is its lines after the last one the body
 * holds, or, when it has no line breaks, its sentences after that.
 */
export function withPaywalledRest(paragraphs: string[], articleBody: string | undefined, paywalled: boolean): string[] {
  const stated = statedParagraphs(articleBody);
  if (!paywalled || stated.length === 0 || paragraphs.length === 0) return paragraphs;
  const body = wordLine(paragraphs.join('\n'));
  const statedLine = wordLine(stated.join('\n'));
  if (statedLine.length < 2 * body.length || !paragraphs.every((p) => wordLine(p).trim().split(' ').length < 4 || statedLine.includes(wordLine(p)))) return paragraphs;
  const parts = stated.length > 1 ? stated : stated[0]!.split(/(?<=[.!?。！？][\u201d"»)]?)\s+/u);
  const last = parts.map((p) => body.includes(wordLine(p))).lastIndexOf(true);
  return last < 0 ? paragraphs : [...paragraphs, ...parts.slice(last + 1)];
}
