// Inputs that would make a careless parser quadratic (rescanning a line from every `[`, `{`
// or quote), shared by the linear-time test and the parser benchmark.

/** Builds an input of about `n` UTF-16 units by repeating `unit`. */
const repeat = (unit: string) => (n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

/** Each entry builds an input of about `n` characters. */
export const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'open brackets': repeat('['),
  'open braces': repeat('{'),
  'spans never closed': repeat('[a]{'),
  'open brackets then a brace': (n) => '['.repeat(n) + '{',
  'bracket-brace pairs': repeat('[{'),
  'close-open pairs': repeat(']{'),
  'values never closed': repeat('[a]{fact='),
  'quotes never closed': repeat('[a]{note="'),
  'quotes closed by a far brace': (n) => repeat('[a]{note="x ')(n) + '}',
  'escaped quotes': repeat('[a]{note="\\"'),
  'comments never closed': repeat('{%'),
  'one long comment': (n) => repeat('{% ')(n) + '%}',
  'suppression with many codes': (n) => '{% claimmark-disable-line ' + repeat('nope ')(n) + '%}',
  'bad attributes': repeat('[a]{@ '),
  'spaced equals': repeat('[a]{k = "'),
  'one block, many unknown keys': (n) => '[a]{' + repeat('fcat=x ')(n) + '}',
  'one block, many duplicates': (n) => '[a]{' + repeat('fact=x ')(n) + '}',
  backslashes: repeat('\\'),
  'nested brackets': (n) => '['.repeat(n / 2) + ']'.repeat(n / 2) + '{fact=x}',
  'fence lines never closed': (n) => '---\n' + repeat('a: b\n')(n),
  'many short lines': repeat('[a]{fact=x}\n'),
  'many lines, no markup': repeat('a\n'),
  'one long prose line': repeat('Officials said [about 3,000]{fact=nk-casualties by=zelenskyy} troops [in Kursk] were hit. '),
};
