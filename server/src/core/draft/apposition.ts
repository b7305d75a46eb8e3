// The source phrase before an apposition set off by commas ("Ma Hao, a college student who
// volunteered for the rescue operations, told"), read back from the comma before the verb.
import type { Span } from '../span';
import { broken, LEADING_NOISE, PHRASE_STOPS, type Token } from './cueTokens';
import { looksLikeSource, DATA_NOUNS, MODIFIERS, NOUN_TOO } from './cueWords';
import { VERBS } from './reportingVerbs';

/** A US state by its name or its AP abbreviation, or D.C. (a place's tail after its city's comma: "Fort Bragg, N.C."). */
const STATE = /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|D\.C|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.?$/;

/** A clause that opens on an office's title, whatever its portfolio's commas ("Minister for Family Support, Housing and ..., "). */
const TITLE_OPENING = /^(?:The\s+)?(?:[\p{Lu}][\p{L}’'.-]*\s+){0,3}(?:Minister|Secretary|Director|Commissioner|Chairman|Chairwoman|Chair|Chief Executive|President|Governor|Mayor|Administrator|Spokesman|Spokeswoman|Spokesperson|Head|Leader)\b[^.;:!?]*,\s*$/u;

/**
 * "The source, part of Ukraine's General Staff, reported": the phrase before an apposition
 * that ends at token `j` with a comma. Undefined unless the phrase starts its clause.
 */
export function appositionHead(text: string, tokens: readonly Token[], j: number): Span | undefined {
  let k = j;
  // (up to 12 words: "Ma Hao, a college student who volunteered for the rescue operations, told"; up to 40 for a
  // participle's clause: "Mike Ryan, noting that the current death toll stands at more than 980,000 ..., said")
  const openingComma = () => { while (k > 0 && j - k < 40 && !/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k--; };
  openingComma();
  // ("John Smith, a spokesman in Austin, Texas, told": a state after its city's comma ends no apposition)
  if (k > 1 && STATE.test(text.slice(tokens[k]!.start, tokens[j]!.end))) { k--; openingComma(); }
  if (k === 0 || j - k >= 40 || (j - k >= 12 && !/^(?:noting|adding|citing|saying|warning|pointing|stressing|explaining|acknowledging)$/.test(tokens[k]!.lower))) return undefined; // no opening comma: not an apposition
  if (k >= 2 && /^\d{1,3}$/.test(tokens[k - 1]!.text) && /,/.test(text.slice(tokens[k - 2]!.end, tokens[k - 1]!.start))) k--; // an age first: "Katzman, 29, the manager of a store, testifies"
  const end = tokens[k - 1]!.end;
  let h = k - 1;
  // ("Recent reports from U.S. officials, as cited by Bloomberg, indicate": "reports" is a noun there)
  const asNoun = (n: number) => (NOUN_TOO.has(tokens[n]!.lower) || DATA_NOUNS.has(tokens[n]!.lower)) && (n === 0 || MODIFIERS.has(tokens[n - 1]!.lower) || /[’']s$/.test(tokens[n - 1]!.text));
  while (h > 0 && k - h < 8 && !broken(text, tokens[h - 1]!.end, tokens[h]!.start) && (!PHRASE_STOPS.has(tokens[h - 1]!.lower) || /^[A-Z]{2,}$/.test(tokens[h - 1]!.text)) && (!VERBS.has(tokens[h - 1]!.lower) || asNoun(h - 1))) h--;
  // the clause goes on before it, unless a conjunction starts it ("... and the UN children's fund, UNICEF, says")
  if (h > 0 && !broken(text, tokens[h - 1]!.end, tokens[h]!.start) && !/^(and|but|while|as|whereas|meanwhile|so)$/.test(tokens[h - 1]!.lower)) return undefined;
  while (h < k - 1 && LEADING_NOISE.has(tokens[h]!.lower)) h++;
  const head = text.slice(tokens[h]!.start, end);
  // "Its leader, Maria Lopez, said": a description then a name; the name is who speaks
  const named = tokens.slice(k, j + 1);
  const isName = named.length >= 2 && named.length <= 4 && named.every((t) => /^\p{Lu}/u.test(t.text));
  if (/^(?:its|their|his|her|the)\s/i.test(head) && isName) return { start: named[0]!.start, end: named[named.length - 1]!.end };
  // ("Minister for Family Support, Housing and Child Maintenance, Kit Malthouse, said": a title opening the clause, then the person)
  if (isName && TITLE_OPENING.test(text.slice(tokens[0]!.start, named[0]!.start))) return { start: named[0]!.start, end: named[named.length - 1]!.end };
  // ("One of these analyses, from NASA and the University of California at Irvine, shows": a document's maker after "from")
  if (/\b(?:analys[ie]s|stud(?:y|ies)|reports?|surveys?|polls?|data|figures|research|papers?|reviews?|estimates?|projections?)$/i.test(head) && /^(?:from|by)$/.test(named[0]?.lower ?? '') && named.length >= 2 && /^\p{Lu}/u.test(named[named[1]!.lower === 'the' ? 2 : 1]?.text ?? '')) return { start: named[1]!.start, end: named[named.length - 1]!.end };
  return looksLikeSource(head) ? { start: tokens[h]!.start, end } : undefined;
}
