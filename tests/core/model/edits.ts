// Random edits for the incremental-update property tests: inserts, deletes and replaces of
// markup, breaks (LF, CRLF, CR), digits, figures and front matter lines, placed anywhere but
// often at line starts and in the front matter, where incremental updates have edge cases.
import { below, pick, type Rand } from '../pipeline/prng';

const PIECES = [
  '\n', '\r\n', '\r', '\n\n', '[', ']', '{', '}', '{%', '%}', '\\', '"', '=', ' ', '.', '. ', '0', '7', '3,000', 'about 12,000',
  '---', '---\n', '\n---\n', '...\n', '\uFEFF', 'published: 2024-01-02\n', 'by: kim\n', 'by: ', 'published: ', 'title: x\n', 'nope: 1\n',
  '[Kim]{actor=kim}', ' said ', '[3,000]{fact=f}', '[about 50]{fact=g by=kim asof=2024-12}', '[x]{.nofigure}', '[]{fact=f}', '[a]{fact=f actor=b}',
  '{% claimmark-disable-line %}', '{% claimmark-disable-line untagged-figure %}', '{% claimmark-disable-file %}', '{% claimmark-nope %}',
  'https://example.org/12', 'The ministry said 1,200 troops were killed.', 'Officials said 40% of homes were destroyed. ', '[x]{fact=', '[y]{actor=kim',
];

/** One random edit of `text`: the new text. */
export function randomEdit(rand: Rand, text: string): string {
  const at = editPoint(rand, text);
  const r = rand();
  if (r < 0.45) return text.slice(0, at) + piece(rand, text) + text.slice(at);
  if (r < 0.7) return text.slice(0, at) + text.slice(at + 1 + below(rand, r < 0.6 ? 4 : 80));
  return text.slice(0, at) + piece(rand, text) + text.slice(at + 1 + below(rand, 12));
}

/** Where to edit: anywhere, a line start or end, or the first 80 characters (front matter). */
function editPoint(rand: Rand, text: string): number {
  const r = rand();
  const anywhere = below(rand, text.length + 1);
  if (r < 0.5) return anywhere;
  if (r < 0.8) {
    const lf = text.lastIndexOf('\n', anywhere);
    return r < 0.65 ? lf + 1 : Math.max(0, lf);
  }
  return below(rand, Math.min(text.length, 80) + 1);
}

/** A piece to insert: a fixed one, random printable text, or a copy of some of the text itself. */
function piece(rand: Rand, text: string): string {
  const r = rand();
  if (r < 0.7) return pick(rand, PIECES);
  if (r < 0.85) return Array.from({ length: 1 + below(rand, 12) }, () => String.fromCharCode(32 + below(rand, 95))).join('');
  const from = below(rand, text.length + 1);
  return text.slice(from, from + below(rand, 120));
}
