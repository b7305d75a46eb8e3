// Generators of hostile inputs: mutated articles (markup characters, line breaks, BOM,
// surrogates, figures, claim attributes with junk values) and mutated claimmark.yaml texts.
import { below, pick, type Rand } from './prng';

/** Pieces inserted into articles: markup, breaks, odd characters and figure words. */
const ARTICLE_PIECES = [
  '[', ']', '{', '}', '"', '=', '%', '\\', '---', '---\n', '\n---\n', '\r\n', '\r', '\n', '\uFEFF',
  '😀', '\uD83D', '\uDE00', '🇺🇦', '\u2028', '\t', ' ', '.', ',', '0', '7', '3,000', '1.5', '10,000 to 12,000',
  'one', 'twenty-five', 'three thousand', 'half', 'one-fifth', 'a dozen', 'million', 'bn', 'thousands',
  '1e400', '1e-400', '9'.repeat(400), '-0', 'NaN', 'Infinity', 'between', ' to ', '-', '%', '$', '£', '€', 'km²',
  ' per day', 'between 3,000 and ', 'up to ', 'over ', 'about ', '{%', '%}', '{% claimmark-disable-line %}',
  '{% claimmark-disable-file untagged-figure %}', '{% claimmark-disable-line nope %}', '[x]{.nofigure}',
  '[Kim]{actor=kim}', '[3,000]{fact=f}', '[]{fact=f}', '[x]{}', '[about 3,000]{fact=f by=a asof=2024-12 src=s}',
];

const ATTR_KEYS = ['fact', 'actor', 'by', 'asof', 'src', 'value', 'unit', 'quote', 'note', 'nope', '', '.nofigure', '.x'];
const JUNK_VALUES = [
  '', 'x', 'X', 'a-b', '-', '.', '1e400', '"1e400"', '"between 1 and"', '"10 to"', '"- 5"', '"%"', '"%%"', '"1/0"',
  '"0/0"', '2024-13-45', '2024-02-30', '2024..2023', '..', '2024-12..', '"9999-12-31..0000-01-01"', 'http://x',
  'https://', '"a b"', '"\\"', '"unclosed', '😀', '\uD83D', '"999999999999999999999999 km2"', '"-5 to -10"',
  '"between 5 and 3"', '"up to -1"', '"over Infinity"', '"NaN"', 'km2', '"square miles"', 'count/day', '=', '==',
];

/** One `key=value` (or class) with a junk value. */
function junkAttribute(rand: Rand): string {
  const key = pick(rand, ATTR_KEYS);
  if (key.startsWith('.')) return key;
  return `${key}=${pick(rand, JUNK_VALUES)}`;
}

/** A random markup span, sometimes well formed, often not. */
function junkSpan(rand: Rand): string {
  const text = pick(rand, ['3,000', 'about 1e400', 'between 10 and', '10 to 5', '-', '%', '😀', '', 'x', 'up to 9'.repeat(3), '1,2,3,4']);
  const attrs = Array.from({ length: 1 + below(rand, 4) }, () => junkAttribute(rand)).join(' ');
  return `[${text}]{${attrs}}`;
}

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** Applies 1 to 8 random edits to an article. */
export function mutateArticle(rand: Rand, text: string): string {
  let out = text;
  const steps = 1 + below(rand, 8);
  for (let i = 0; i < steps; i++) {
    const at = below(rand, out.length + 1);
    const r = rand();
    if (r < 0.35) out = insertAt(out, at, pick(rand, ARTICLE_PIECES));
    else if (r < 0.5) out = out.slice(0, at) + out.slice(at + 1 + below(rand, 20));
    else if (r < 0.62) out = insertAt(out, at, junkSpan(rand));
    else if (r < 0.75) {
      // a junk attribute inside an existing attribute block
      const open = out.indexOf('{', at);
      if (open >= 0) out = insertAt(out, open + 1, `${junkAttribute(rand)} `);
      else out = insertAt(out, at, junkSpan(rand));
    } else if (r < 0.83) {
      // swap a digit or letter for another figure-ish piece
      out = out.slice(0, at) + pick(rand, ['1e400', '0', 'nine', '%', '-', 'to', '9'.repeat(30)]) + out.slice(at + 1);
    } else if (r < 0.9) out = insertAt(out, at, out.slice(below(rand, out.length + 1)).slice(0, below(rand, 200)));
    else if (r < 0.95) out = out.replace(/\n/g, '\r\n');
    else out = '\uFEFF' + out;
  }
  return out;
}

/** A text made of random article pieces only. */
export function randomArticle(rand: Rand): string {
  let s = '';
  const n = below(rand, 60);
  for (let i = 0; i < n; i++) s += rand() < 0.2 ? junkSpan(rand) : pick(rand, [...ARTICLE_PIECES, ' the ', ' said ', 'Zelenskyy', ' soldiers']);
  return s;
}

const FIGURES = [
  '3,000', 'about 3,000', 'over 1,000', 'up to 8,000', 'between 3,000 and 4,000', '10 to 12 million', '200-300', '1e400',
  '40%', 'one-fifth', 'half', '$2.5 billion', '984 square kilometers', '1,200 troops per day', 'thousands', '0', '-5',
  'nine', 'a dozen', '430+', 'fewer than 20', '9'.repeat(320), '1/0', 'between 5 and 3', '5 to -5',
];
const FACTS = ['nk-casualties', 'nk-troops-sent', 'f', 'g', 'missiles-launched', 'Bad_Fact', ''];
const ACTORS = ['zelenskyy', 'ukraine-gur', 'a', 'b', 'putin', 'Nope'];
const DATES = ['2024-12-23', '2024-12', '2024', '2024-12-01..2024-12-31', '2025-01-24', '2024-02-30', '9999-12-31', '0000-01-01', 'x'];

/** An article of claims on a few shared facts, to make conflicts (and their related locations) likely. */
export function conflictArticle(rand: Rand): string {
  const lines = [`---\npublished: ${pick(rand, DATES)}\nby: ${pick(rand, ACTORS)}\n---`];
  for (let i = 0, n = 1 + below(rand, 6); i < n; i++) {
    const attrs = [`fact=${pick(rand, FACTS)}`];
    if (rand() < 0.6) attrs.push(`by=${pick(rand, ACTORS)}`);
    if (rand() < 0.6) attrs.push(`asof=${pick(rand, DATES)}`);
    if (rand() < 0.15) attrs.push(`value="${pick(rand, FIGURES)}"`);
    if (rand() < 0.1) attrs.push(`unit=${pick(rand, ['km2', 'percent', 'USD', 'people', 'x'])}`);
    lines.push(`The [speaker]{actor=${pick(rand, ACTORS)}} said [${pick(rand, FIGURES)}]{${attrs.join(' ')}} were reported, and ${pick(rand, FIGURES)} more.`);
  }
  return lines.join(rand() < 0.2 ? '\r\n' : '\n');
}

const YAML_PIECES = [
  ':', ' ', '  ', '\t', '\n', '\r\n', '-', '- ', '[', ']', '{', '}', '"', "'", '#', '&a ', '*a', '!!str ', '!!int ', '? ',
  '---\n', '...\n', '|', '>', ',', '\uFEFF', '😀', '\uD83D', 'null', '~', 'true', '1e400', '-1', '0.5', 'NaN', '.inf',
  'kind: event', 'kind: rumour', 'parts: [x, Y, f]', 'aliases: [1, {a: b}]', 'tolerance: -1', 'window-days: 1e400',
  'severity: {untagged-figure: off}', 'not-figures: [1, null]', 'vague-quantities: yes', 'date: 2024-02-30', 'url: ftp://x',
  'actors:', 'facts:', 'sources:', 'rules:', 'x:', 'X:', '<<: *a', 'zelenskyy:', 'nk-casualties:',
];

/** A YAML alias bomb ("billion laughs"): small text, huge expansion. */
export function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\nactors:\n  bomb:\n    aliases: *a${levels}\n    name: *a${levels}\n`;
}

/** Applies 1 to 6 random edits to a registry text. */
export function mutateRegistry(rand: Rand, text: string): string {
  let out = text;
  const steps = 1 + below(rand, 6);
  for (let i = 0; i < steps; i++) {
    const at = below(rand, out.length + 1);
    const r = rand();
    if (r < 0.4) out = insertAt(out, at, pick(rand, YAML_PIECES));
    else if (r < 0.6) out = out.slice(0, at) + out.slice(at + 1 + below(rand, 30));
    else if (r < 0.75) {
      // a whole junk line at a random line start, at a random indent
      const nl = out.lastIndexOf('\n', at);
      out = insertAt(out, nl + 1, `${' '.repeat(2 * below(rand, 4))}${pick(rand, YAML_PIECES)}${pick(rand, YAML_PIECES)}\n`);
    } else if (r < 0.85) {
      // duplicate a line (duplicate keys and ids)
      const start = out.lastIndexOf('\n', at) + 1;
      const end = out.indexOf('\n', at);
      const line = out.slice(start, end < 0 ? out.length : end);
      out = insertAt(out, start, `${line}\n`);
    } else if (r < 0.92) out = out.replace(/\n/g, '\r\n');
    else out = insertAt(out, at, pick(rand, ['\n  ', '\n    ', '\n\t', '\n- ']));
  }
  return out;
}
