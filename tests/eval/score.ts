// Scores detector output against the labelled corpus (tests/corpus/README.md): precision over
// detections, recall over F labels, exact-span rate over recalled F labels; lists the errors.
import type { CorpusArticle } from '../corpus/corpus';
import { detectFigures } from '../../server/src/core/untagged/detect';

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
  /** Human-readable error lines: "FP", "FN", "SPAN" with the article name. */
  errors: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Runs the detector (vague quantities off, the product default) on every article and scores it. */
export function scoreArticles(articles: readonly CorpusArticle[]): Score {
  const s: Score = { articles: articles.length, detections: 0, truePositives: 0, falsePositives: 0, gold: 0, recalled: 0, exact: 0, precision: 0, recall: 0, exactRate: 0, errors: [] };
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
      if (hits.some((d) => d.span.start === f.start && d.span.end === f.end)) s.exact++;
      else s.errors.push(`SPAN ${a.name}: gold "${f.text}" got ${hits.map((d) => `"${d.text}"`).join(', ')}`);
    }
  }
  s.precision = s.detections === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives);
  s.recall = s.gold === 0 ? 1 : s.recalled / s.gold;
  s.exactRate = s.recalled === 0 ? 1 : s.exact / s.recalled;
  return s;
}
