// Setting a key of an article's front matter as a text edit: a line `key: value` added before
// the closing `---` (or the value of an empty key filled in), the front matter created at the
// top of the file when there is none. Keeps the file's line ends.
import type { TextEdit } from '../edit';
import type { Article } from '../model/article';

/** The edit that gives the front matter `key: value` (`value` may be '' to leave it for the user). */
export function setFrontMatterKey(article: Article, key: string, value: string): TextEdit[] {
  const text = article.syntax.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = value === '' ? `${key}: ` : `${key}: ${value}`;
  const fm = article.syntax.frontMatter;
  if (!fm) return [{ span: { start: 0, end: 0 }, newText: `---${eol}${line}${eol}---${eol}` }];
  const keyAt = article.meta.keySpans[key];
  if (keyAt) {
    // the key is there with no value: fill it in
    const end = lineEndOf(text, keyAt.end);
    return article.meta.valueSpans?.[key] ? [] : [{ span: { start: keyAt.start, end }, newText: line }];
  }
  const at = fm.bodySpan.end;
  const lead = at > fm.bodySpan.start && !/[\r\n]$/.test(text.slice(0, at)) ? eol : '';
  return [{ span: { start: at, end: at }, newText: `${lead}${line}${eol}` }];
}

function lineEndOf(text: string, from: number): number {
  const m = /[\r\n]/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}
