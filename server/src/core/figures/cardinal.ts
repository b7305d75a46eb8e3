// Whole numbers from a list of number items: numerals and number words mixed freely
// ("three thousand", "4 thousand 3 hundred and 21", "2.33 k", "three lakh crore", "a dozen").
import type { WordClass } from './numberWords';

/** One piece of a number phrase: a numeral or a classified number word. */
export type Item = { kind: 'lit'; value: number } | { kind: 'word'; word: string; wc: WordClass };

type Prev = 'none' | 'unit' | 'teen' | 'tens' | 'lit' | 'hundred' | 'dozen' | 'scale' | 'and' | 'article';

/** The class of an item for sequencing rules. */
function classOf(item: Item): WordClass['cls'] | 'lit' {
  return item.kind === 'lit' ? 'lit' : item.wc.cls;
}

/** The value of a cardinal phrase, or undefined when the items do not form one ("one one", "and five"). */
export function evalCardinal(items: Item[]): number | undefined {
  let total = 0;
  let current = 0;
  let small = 0; // the part of `current` since the last "hundred" (what "dozen" and "hundred" multiply)
  let prev: Prev = 'none';
  let sawValue = false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    const afterDigitOrWord = prev === 'unit' || prev === 'teen' || prev === 'lit' || prev === 'article';
    if (item.kind === 'lit') {
      if (afterDigitOrWord || prev === 'tens') return undefined;
      current += item.value; small += item.value; prev = 'lit'; sawValue = true;
      continue;
    }
    const wc = item.wc;
    switch (wc.cls) {
      case 'unit':
        if (afterDigitOrWord) return undefined;
        current += wc.value; small += wc.value; prev = 'unit'; sawValue = true;
        break;
      case 'teen':
      case 'tens':
        if (afterDigitOrWord || prev === 'tens') return undefined;
        current += wc.value; small += wc.value; prev = wc.cls; sawValue = true;
        break;
      case 'article': {
        // "a" stands for one only before a multiplier: "a dozen", "a hundred", "a million"
        const nc = next && classOf(next);
        if (prev !== 'none' && prev !== 'and') return undefined;
        if (nc !== 'hundred' && nc !== 'dozen' && nc !== 'scale') return undefined;
        current += 1; small += 1; prev = 'article'; sawValue = true;
        break;
      }
      case 'hundred':
      case 'dozen': {
        if (prev === 'hundred' || prev === 'dozen' || prev === 'and') return undefined;
        const factor = wc.cls === 'hundred' ? 100 : 12;
        current = current - small + (small === 0 ? 1 : small) * factor;
        small = 0; prev = wc.cls; sawValue = true;
        break;
      }
      case 'scale':
        if (prev === 'and') return undefined;
        // "three lakh crore", "two thousand million": a scale right after a scale multiplies the total
        if (prev === 'scale' && current === 0 && total > 0) total *= wc.value;
        else { total += (current === 0 ? 1 : current) * wc.value; current = 0; }
        small = 0; prev = 'scale'; sawValue = true;
        break;
      case 'and':
        if (prev === 'none' || prev === 'and' || prev === 'article' || !next) return undefined;
        prev = 'and';
        break;
      default:
        return undefined;
    }
  }
  return sawValue && prev !== 'and' ? total + current : undefined;
}

/** The digits after "point": "zero three" -> "03", "seventy-one" -> "71"; undefined when not digits. */
export function evalDecimalDigits(items: Item[]): string | undefined {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'lit') { if (!Number.isInteger(item.value)) return undefined; out += String(item.value); continue; }
    const wc = item.wc;
    if (wc.cls === 'tens') {
      const next = items[i + 1];
      if (next?.kind === 'word' && next.wc.cls === 'unit' && next.wc.value > 0) { out += String(wc.value + next.wc.value); i++; }
      else out += String(wc.value);
    } else if (wc.cls === 'unit' || wc.cls === 'teen') out += String(wc.value);
    else return undefined;
  }
  return out === '' ? undefined : out;
}
