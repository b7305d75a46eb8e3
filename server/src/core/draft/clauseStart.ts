// A figure's clause starts at a comma, semicolon or colon, but not at a thousands separator:
// "increased from around 118,000 in 2007/08 to 167,000" is one clause, whose words name what the
// second figure counts.

/** True for a separator that splits a number's digits ("118,000"), which ends no clause. */
const inNumber = (text: string, at: number) => /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');

/**
 * The words of a figure's clause before it, from the last separator that is no thousands
 * separator: `before` cut inside an earlier figure ("000 in 2007/08 to ") is read back from its
 * sentence; any other `before` is returned as it is.
 */
export function wholeClauseBefore(before: string, sentence: string): string {
  if (!/^\d/.test(before)) return before;
  const at = sentence.indexOf(before);
  if (at <= 0 || !inNumber(sentence, at - 1)) return before;
  let cut = at - 1;
  while (cut >= 0 && !(/[,;:]/.test(sentence[cut]!) && !inNumber(sentence, cut))) cut--;
  // (a figure after "and" has words of its own: "858 loans for $82 million for businesses and more than 11,111 loans for $929 million")
  const lead = sentence.slice(cut + 1, at);
  const joined = [...lead.matchAll(/\s(?:and|or|while|whereas|but)\s/g)].pop();
  return (joined ? lead.slice(joined.index! + joined[0].length) : lead) + before;
}

/** A month read as what a figure counts ("to 8.1 million in December"): a time, no counted noun. */
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * The frame `read` gives for the clause before a figure; when that clause was cut at a thousands
 * separator and names nothing the figure counts (no head, or a month: "declined by 371,000 to
 * 8.1 million in December"), the frame of the whole clause ("the number of persons employed part
 * time ... declined by 371,000 to"). Only then: a cut clause that names a noun keeps it, since
 * the words before an earlier figure are often that figure's own.
 */
export function fromWholeClause<T extends { head: string }>(before: string, sentence: string, read: (before: string) => T): T {
  const frame = read(before);
  const whole = wholeClauseBefore(before, sentence);
  return whole !== before && (frame.head === '' || MONTH.test(frame.head)) ? read(whole) : frame;
}
