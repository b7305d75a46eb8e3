// The number-phrase scanner: which tokens from a position on form the number ("three
// thousand", "1.2bn", "2 1/4", "one over three", "half a million"); the value is fraction.ts's job.
import type { Item } from './cardinal';
import { classifyWord, COMPOUND_ONLY_ORDINALS, VULGAR_FRACTIONS } from './numberWords';
import { isMillionSuffix } from './scale';
import type { Token } from './tokens';

/** The items of a number phrase and the index of the first token after it. */
export interface ScannedPhrase { items: Item[]; next: number }

const ABBREVIATIONS = new Set(['k', 'bn', 'b', 'mn', 'mln', 'mil', 'mio', 'bln', 'tn', 'tln', 'trn', 'lac']);

function isNumberWord(token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  const wc = classifyWord(token.text);
  return wc !== undefined && wc.cls !== 'and' && !ABBREVIATIONS.has(token.text);
}
function startsNumber(token: Token | undefined): boolean {
  return token?.kind === 'num' || isNumberWord(token) || (token?.kind === 'sym' && VULGAR_FRACTIONS[token.text] !== undefined);
}
function joiner(word: string): Item {
  return { kind: 'word', word, wc: { cls: 'joiner' } };
}
function hasValue(items: Item[]): boolean {
  const last = items[items.length - 1];
  return last !== undefined && (last.kind === 'lit' || (last.wc.cls !== 'and' && last.wc.cls !== 'joiner' && last.wc.cls !== 'article' && last.wc.cls !== 'point'));
}

/** Scans the number phrase starting at `start`. `hasCurrency` settles "m" (million in money). */
export function scanPhrase(tokens: Token[], start: number, hasCurrency: boolean): ScannedPhrase {
  const items: Item[] = [];
  let i = start;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const last = items[items.length - 1];
    if (t.kind === 'num') {
      // a numeral after a numeral only in "2 1/4"
      if (last?.kind === 'lit' && !(next?.kind === 'sym' && next.text === '/')) break;
      items.push({ kind: 'lit', value: t.value! });
      continue;
    }
    if (t.kind === 'sym') {
      const vulgar = VULGAR_FRACTIONS[t.text];
      if (vulgar && (last === undefined || last.kind === 'lit')) {
        items.push({ kind: 'lit', value: vulgar[0] }, joiner('/'), { kind: 'lit', value: vulgar[1] });
        continue;
      }
      if (t.text === '/' && last?.kind === 'lit' && next?.kind === 'num') { items.push(joiner('/')); continue; }
      // "twenty-five", "fifty - two", "one-fifth": a hyphen inside spelled-out numbers
      if ((t.text === '-' || t.text === '–') && last?.kind === 'word' && (isNumberWord(next) || COMPOUND_ONLY_ORDINALS[next?.text.replace(/s$/, '') ?? ''] !== undefined)) continue;
      break;
    }
    const w = t.text;
    if ((w === 'm' || w === 'mm') && hasValue(items)) {
      if (!isMillionSuffix(t, hasCurrency, next)) break;
      items.push({ kind: 'word', word: w, wc: { cls: 'scale', value: 1e6 } });
      continue;
    }
    const compound = COMPOUND_ONLY_ORDINALS[w.replace(/s$/, '')];
    if (compound !== undefined) {
      if (!(last?.kind === 'word' && last.wc.cls === 'tens')) break;
      items.push({ kind: 'word', word: w, wc: { cls: 'ordinal', value: compound, plural: w.endsWith('s') } });
      continue;
    }
    if (w === 'over' || w === 'in') {
      if (!hasValue(items) || !startsNumber(next) || items.some((item) => item.kind === 'word' && item.wc.cls === 'joiner')) break;
      items.push(joiner(w));
      continue;
    }
    if (w === 'out' && next?.text === 'of' && hasValue(items) && startsNumber(tokens[i + 2])) {
      items.push(joiner('out'), joiner('of'));
      i++;
      continue;
    }
    // "7 out of every 10": "every" joins too
    if (w === 'out' && next?.text === 'of' && tokens[i + 2]?.text.toLowerCase() === 'every' && hasValue(items) && startsNumber(tokens[i + 3])) {
      items.push(joiner('out'), joiner('of'), joiner('every'));
      i += 2;
      continue;
    }
    if (w === 'of') {
      // "two thirds of a million": only before a multiplier
      const after = tokens[i + 1]?.text === 'a' || tokens[i + 1]?.text === 'an' ? tokens[i + 2] : tokens[i + 1];
      const wc = after?.kind === 'word' ? classifyWord(after.text) : undefined;
      if (last?.kind !== 'word' || last.wc.cls !== 'ordinal' || !wc || !['scale', 'dozen', 'hundred'].includes(wc.cls) || ABBREVIATIONS.has(after!.text)) break;
      items.push(joiner('of'));
      continue;
    }
    const wc = classifyWord(w);
    if (!wc) break;
    if (ABBREVIATIONS.has(w) && (!hasValue(items) || (w === 'b' && !t.glued))) break;
    // ("half a point": the article before "point" is the unit's, no number's)
    if (wc.cls === 'article' && (!startsNumber(next) || next?.text === 'point' || (last !== undefined && !(last.kind === 'word' && ['and', 'joiner', 'ordinal'].includes(last.wc.cls))))) break;
    if (wc.cls === 'and' && (!hasValue(items) || !(startsNumber(next)))) break;
    if (wc.cls === 'point' && !startsNumber(next)) break;
    items.push({ kind: 'word', word: w, wc });
  }
  return { items, next: i };
}
