// Scores detector output against the labelled corpus (tests/corpus/README.md): precision over
// detections, recall over F labels, exact-span rate over recalled F labels; lists the errors.
import type { CorpusArticle } from '../corpus/corpus';
import { detectFigures } from '../../server/src/core/untagged/detect';
import { readFigureBefore } from '../../server/src/core/figures/read';
import { dollarOfArticle } from '../../server/src/core/figures/localDollar';
import { parseGoldValue, readsAs } from './values';

/** Counts for one split. */
export interface Score {
  articles: number;
  detections: number;
  truePositives: number;
  falsePositives: number;
  gold: number;
  recalled: number;
  exact: number;
  precision: number;
  recall: number;
  exactRate: number;
  /** Recalled figures whose detected text readFigure reads (ok), and the rate. */
  readable: number;
  readableRate: number;
  /** Recalled figures with a gold value (`v=`), those read to it (value and unit), and the rate. */
  valued: number;
  valueRight: number;
  valueRate: number;
  /** Human-readable error lines: "FP", "FN", "SPAN", "VALUE" with the article name. */
  errors: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Runs the detector (vague quantities off, the product default) on every article and scores it. */
export function scoreArticles(articles: readonly CorpusArticle[]): Score {
  const s: Score = { articles: articles.length, detections: 0, truePositives: 0, falsePositives: 0, gold: 0, recalled: 0, exact: 0, precision: 0, recall: 0, exactRate: 0, readable: 0, readableRate: 0, valued: 0, valueRight: 0, valueRate: 0, errors: [] };
  for (const a of articles) {
    const found = detectFigures(a.text, [], { vagueQuantities: false, notFigures: [] });
    const figures = a.labels.filter((l) => l.kind === 'F');
    const either = a.labels.filter((l) => l.kind === 'E');
    s.detections += found.length;
    for (const d of found) {
      if (figures.some((f) => overlaps(f, d.span))) s.truePositives++;
      else if (!either.some((e) => overlaps(e, d.span))) { s.falsePositives++; s.errors.push(`FP   ${a.name}: "${d.text}"  …${a.text.slice(Math.max(0, d.span.start - 30), d.span.end + 30).replace(/\n/g, ' ')}…`); }
    }
    for (const f of figures) {
      s.gold++;
      const hits = found.filter((d) => overlaps(f, d.span));
      if (hits.length === 0) { s.errors.push(`FN   ${a.name}: "${f.text}"  …${a.text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\n/g, ' ')}…`); continue; }
      s.recalled++;
      const exact = hits.find((d) => d.span.start === f.start && d.span.end === f.end);
      if (exact) s.exact++;
      else s.errors.push(`SPAN ${a.name}: gold "${f.text}" got ${hits.map((d) => `"${d.text}"`).join(', ')}`);
      // the reader is scored on what the detector found: the exact hit, else the first overlapping one
      const chosen = exact ?? hits[0]!;
      // (as a claim reads it: the word after the figure may decide a glued "m", "2.7m people"; the words before, a weight)
      // (a bare "$" is read as the article's dollar, from its address, as a claim reads it from the front matter's url)
      const reading = readFigureBefore(chosen.text, a.text.slice(chosen.span.end, chosen.span.end + 24), undefined, a.text.slice(Math.max(0, chosen.span.start - 300), chosen.span.start), dollarOfArticle(/https?:\/\/\S+/.exec(a.source)?.[0], a.text));
      if (reading.ok) s.readable++;
      const gold = parseGoldValue(f.attrs);
      if (gold) {
        s.valued++;
        if (readsAs(reading, gold)) s.valueRight++;
        else s.errors.push(`VALUE ${a.name}: "${chosen.text}" read ${reading.ok ? `${reading.value.low}..${reading.value.high} ${reading.value.unit ?? ''}` : `(unreadable: ${reading.reason})`}, gold ${f.attrs.v} ${f.attrs.u ?? ''}`);
      }
    }
  }
  s.precision = s.detections === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives);
  s.recall = s.gold === 0 ? 1 : s.recalled / s.gold;
  s.exactRate = s.recalled === 0 ? 1 : s.exact / s.recalled;
  s.readableRate = s.recalled === 0 ? 1 : s.readable / s.recalled;
  s.valueRate = s.valued === 0 ? 1 : s.valueRight / s.valued;
  return s;
}
