// A percentage's frame names it a "share" whatever it is a share of: the words before that name
// what it is of ("corn production", "soybean production"), and two shares with different such
// words are two quantities, however equal their values.
import { singular, type Frame } from './facts';

/** True when `body`, a percentage whose head is only "share", names what it is of by a word `headline` lacks. */
export function unnamedShare(headline: Frame, body: Frame): boolean {
  if (body.unit !== 'percent' || body.head !== 'share') return false;
  const named = new Set(headline.noun.map(singular));
  return body.noun.some((w) => singular(w) !== 'share' && !named.has(singular(w)));
}
