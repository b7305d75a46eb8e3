// Quotations some outlets mark with single quotes ("'Budget 2025 provides ...,' Mr Brown says.",
// New Zealand's government releases): read as double ones where quotations are told apart, one
// character for one so that every offset stays the text's.

/** A single quote opening a paragraph before a capital or a digit: "'Budget 2025 provides". */
const OPENING = /(^|\n)([ \t]*)['‘](?=[\p{Lu}\d])/gu;
/** A single quote closing a quotation after its punctuation: "... $32.7 billion,' Mr Brown says", "... rely on.'" at a paragraph's end. */
const CLOSING = /([.,!?])['’](?=\s|$)/gu;

/** `text` with its paragraph-opening and closing single quotation marks as double ones, when it has both; else `text`. */
export function singleQuotesAsDouble(text: string): string {
  OPENING.lastIndex = 0;
  if (!OPENING.test(text)) return text;
  CLOSING.lastIndex = 0;
  if (!CLOSING.test(text)) return text;
  return text.replace(OPENING, (_m, start: string, space: string) => `${start}${space}“`).replace(CLOSING, (_m, mark: string) => `${mark}”`);
}
