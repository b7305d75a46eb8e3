// Reads the labelled corpus (tests/corpus/{dev,heldout}/*.txt): strips the ⟦X|...⟧ labels
// and returns the plain article text with the gold spans. Format: tests/corpus/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** F: a figure; N: never a figure; E: either (the user's choice or ambiguous). */
export type LabelKind = 'F' | 'N' | 'E';

/** One label, with offsets into the stripped text. */
export interface GoldLabel {
  kind: LabelKind;
  start: number;
  end: number;
  text: string;
}

/** One corpus article. */
export interface CorpusArticle {
  name: string;
  source: string;
  beat: string;
  /** The article prose, labels removed, header lines dropped. */
  text: string;
  labels: GoldLabel[];
  /** Problems in the label syntax (a test asserts there are none). */
  errors: string[];
}

const OPEN = '⟦';
const CLOSE = '⟧';

/** Parses one labelled file. */
export function parseCorpusFile(name: string, raw: string): CorpusArticle {
  const lines = raw.replace(/\r\n/g, '\n').split('\n');
  let source = '';
  let beat = '';
  const body: string[] = [];
  for (const line of lines) {
    if (line.startsWith('# source:')) source = line.slice(9).trim();
    else if (line.startsWith('# beat:')) beat = line.slice(7).trim();
    else if (line.startsWith('#')) continue;
    else body.push(line);
  }
  while (body.length > 0 && body[body.length - 1] === '') body.pop();
  const labelled = body.join('\n');
  const labels: GoldLabel[] = [];
  const errors: string[] = [];
  let text = '';
  let i = 0;
  while (i < labelled.length) {
    const ch = labelled[i]!;
    if (ch === CLOSE) { errors.push(`stray ${CLOSE} at ${i}`); i++; continue; }
    if (ch !== OPEN) { text += ch; i++; continue; }
    const end = labelled.indexOf(CLOSE, i);
    const kind = labelled[i + 1];
    if (end < 0 || labelled[i + 2] !== '|' || (kind !== 'F' && kind !== 'N' && kind !== 'E')) {
      errors.push(`bad label at ${i}: ${labelled.slice(i, i + 20)}`);
      i++;
      continue;
    }
    const inner = labelled.slice(i + 3, end);
    if (inner.includes(OPEN) || inner.includes('\n')) errors.push(`nested or multi-line label at ${i}`);
    labels.push({ kind, start: text.length, end: text.length + inner.length, text: inner });
    text += inner;
    i = end + 1;
  }
  return { name, source, beat, text, labels, errors };
}

/** Every article of one split ('dev' or 'heldout'), sorted by file name. */
export function loadSplit(split: 'dev' | 'heldout'): CorpusArticle[] {
  const dir = join(__dirname, split);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => parseCorpusFile(f, readFileSync(join(dir, f), 'utf8')));
}

/** Words that count as number words for the "everything is labelled" check (see README). */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'dozens',
  'hundreds', 'thousands', 'millions', 'billions', 'several',
  'half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths',
]);

/** Digit runs and number words of `text` that no label covers: each is "offset: word". */
export function unlabelledNumbers(article: CorpusArticle): string[] {
  const covered = new Uint8Array(article.text.length);
  for (const l of article.labels) covered.fill(1, l.start, l.end);
  const out: string[] = [];
  for (const m of article.text.matchAll(/[0-9]+|[A-Za-z]+/g)) {
    const word = m[0];
    const isNumber = /^[0-9]/.test(word) || NUMBER_WORDS.has(word.toLowerCase());
    if (isNumber && !covered[m.index]) out.push(`${m.index}: ${word}`);
  }
  return out;
}
