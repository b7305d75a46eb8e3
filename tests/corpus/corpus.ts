// Reads the labelled corpus (tests/corpus/{dev,heldout,devN,heldoutN}/*.txt, waves 2 to LAST_WAVE): strips the ⟦X|...⟧ labels
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
  /** Drafting attributes after a second `|` (fact, by, asof): tests/corpus/README.md. */
  attrs: Record<string, string>;
}

/** A source that states figures: its key and the names the text uses for it. */
export interface GoldActor {
  key: string;
  names: string[];
}

/** One corpus article. */
export interface CorpusArticle {
  name: string;
  source: string;
  beat: string;
  /** `# published:` (YYYY-MM-DD), 'unknown', or '' when the header is missing. */
  published: string;
  /** `# outlet:` (the publisher as the page names it, as an importer fills the front matter; from wave 51 on), or ''. */
  outlet: string;
  /** `# actor:` header lines. */
  actors: GoldActor[];
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
  let published = '';
  let outlet = '';
  const actors: GoldActor[] = [];
  const body: string[] = [];
  for (const line of lines) {
    if (line.startsWith('# source:')) source = line.slice(9).trim();
    else if (line.startsWith('# beat:')) beat = line.slice(7).trim();
    else if (line.startsWith('# published:')) published = line.slice(12).trim();
    else if (line.startsWith('# outlet:')) outlet = line.slice(9).trim();
    else if (line.startsWith('# actor:')) actors.push(parseActorLine(line.slice(8)));
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
    const [inner = '', ...rest] = labelled.slice(i + 3, end).split('|');
    if (inner.includes(OPEN) || inner.includes('\n')) errors.push(`nested or multi-line label at ${i}`);
    const attrs = parseAttrs(rest.join('|'), errors, i);
    labels.push({ kind, start: text.length, end: text.length + inner.length, text: inner, attrs });
    text += inner;
    i = end + 1;
  }
  return { name, source, beat, published, outlet, actors, text, labels, errors };
}

function parseActorLine(rest: string): GoldActor {
  const eq = rest.indexOf('=');
  const key = rest.slice(0, eq < 0 ? rest.length : eq).trim();
  const names = eq < 0 ? [] : rest.slice(eq + 1).split('|').map((n) => n.trim()).filter(Boolean);
  return { key, names };
}

function parseAttrs(raw: string, errors: string[], at: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const item of raw.split(/\s+/).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq <= 0) { errors.push(`bad attribute "${item}" at ${at}`); continue; }
    attrs[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return attrs;
}

const KEY = /^[a-z0-9][a-z0-9._-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Whether one `asof` alternative is a date or a range of dates (or `?`). */
function isAsOf(value: string): boolean {
  if (value === '?') return true;
  const [a, b, ...more] = value.split('..');
  return more.length === 0 && DATE.test(a ?? '') && (b === undefined || DATE.test(b));
}

/**
 * What is missing or wrong in an article's drafting labels (tests/corpus/README.md): the
 * published header, and fact/by/asof on every F label, with by naming a header actor.
 */
export function draftLabelProblems(article: CorpusArticle): string[] {
  const out: string[] = [];
  const p = article.published;
  if (p !== 'unknown' && !/^\d{4}-\d{2}-\d{2}$/.test(p)) out.push(`published header: "${p}"`);
  const keys = new Set(article.actors.map((a) => a.key));
  for (const a of article.actors) {
    if (!KEY.test(a.key)) out.push(`actor key "${a.key}"`);
    if (a.names.length === 0) out.push(`actor ${a.key} has no names`);
  }
  for (const l of article.labels) {
    if (l.kind === 'N' || (l.kind === 'E' && Object.keys(l.attrs).length === 0)) continue;
    const where = `${l.kind} "${l.text}" at ${l.start}`;
    const { fact, by, asof, ...other } = l.attrs;
    if (fact === undefined || !KEY.test(fact)) out.push(`${where}: fact=${fact ?? '(missing)'}`);
    if (by === undefined || (by !== '-' && !keys.has(by))) out.push(`${where}: by=${by ?? '(missing)'} is not a header actor or -`);
    if (asof === undefined || !asof.split(',').every(isAsOf)) out.push(`${where}: asof=${asof ?? '(missing)'}`);
    for (const k of Object.keys(other)) out.push(`${where}: unknown attribute ${k}`);
  }
  return out;
}

/** The last labelled wave: the first is (dev, heldout), each later wave N is (devN, heldoutN). */
export const LAST_WAVE = 202;

/** A split of the labelled corpus: the first wave's dev or heldout, or a later wave's devN or heldoutN. */
export type CorpusSplit = 'dev' | 'heldout' | `dev${number}` | `heldout${number}`;

/** Every split, wave by wave: dev, heldout, dev2, heldout2, ... */
export const ALL_SPLITS: readonly CorpusSplit[] = ['dev', 'heldout', ...Array.from({ length: LAST_WAVE - 1 }, (_, i) => [`dev${i + 2}`, `heldout${i + 2}`] as const).flat()];

/** Every article of one split, sorted by file name. */
export function loadSplit(split: CorpusSplit): CorpusArticle[] {
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

/** Every article of one split of the beats corpus (tests/corpus/beats/{dev,heldout}; README there). */
export function loadBeats(split: 'dev' | 'heldout'): CorpusArticle[] {
  const dir = join(__dirname, 'beats', split);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => parseCorpusFile(f, readFileSync(join(dir, f), 'utf8')));
}
