// One share of `claimmark check`'s articles, on whichever thread checks it (a worker, or the
// main thread, which takes a share too): read and build each article, keep what its final
// diagnostics need, and, once the conflict findings are known, make its report lines.
import {
  articleDiagnostics, buildArticle, emptyRegistry, LineIndex, localFindings, readRegistry,
  type Article, type Finding, type LocalFindings, type Registry, type Span,
} from '../../core/api';
import { readInput } from '../files';
import { reportDiagnostics, type Problem, type Range, type ReportDiagnostic } from '../report';
import { fileFingerprints } from '../fingerprint';
import { rootRelative } from '../root';
import type { ShardInput, ShardReport, ToWorker } from './protocol';

interface Read {
  file: string;
  text: string;
  article: Article;
  local: LocalFindings;
  lines: LineIndex;
}

/** An article read: the article and the range of each claim's figure (where conflicts point). */
export interface ArticleRead {
  article: Article;
  figureRanges: Range[];
}

/** The articles of one share, read one at a time, then reported together. */
export class ShardCheck {
  private readonly registry: Registry;
  private readonly read: Read[] = [];

  /** `registry`: the registry already read from `input.registry` (else it is read here). */
  constructor(private readonly input: ShardInput, registry?: Registry) {
    this.registry = registry ?? (input.registry ? readRegistry(input.registry.text, input.registry.path) : emptyRegistry());
  }

  /** Reads and builds one file of the share (in order), or says why it cannot be checked. */
  readFile(file: string): ArticleRead | Problem {
    const r = readInput(this.input.cwd, file);
    if (!r.ok) return { file, message: r.message };
    const article = buildArticle(file, r.text);
    const lines = new LineIndex(r.text);
    this.read.push({ file, text: r.text, article, local: localFindings(article, this.registry, this.input.options), lines });
    return { article, figureRanges: article.claims.map((c) => rangeIn(lines, c.textSpan)) };
  }

  /** The report lines (and fingerprints) of every article read, in order, given their conflict findings. */
  finish(message: ToWorker): ShardReport {
    const related = relatedRangesBySpan(message);
    const zero = { line: 0, character: 0 };
    const diagnostics: ReportDiagnostic[] = [];
    const fingerprints: string[] = [];
    this.read.forEach((r, i) => {
      const ds = articleDiagnostics(r.article, r.local, message.findings[i] ?? [], this.registry, this.input.options);
      const range = (file: string, s: Span): Range => related.get(s) ?? (file === r.file ? rangeIn(r.lines, s) : { start: zero, end: zero });
      reportDiagnostics(r.file, ds, range, diagnostics);
      if (this.input.fingerprints) fileFingerprints(rootRelative(this.input.root, this.input.cwd, r.file), r.article, r.text, ds, fingerprints);
    });
    return { diagnostics, fingerprints };
  }
}

/** True when readFile could not read the file. */
export function isProblem(r: ArticleRead | Problem): r is Problem {
  return 'message' in r;
}

function rangeIn(lines: LineIndex, s: Span): Range {
  return { start: lines.positionAt(s.start), end: lines.positionAt(s.end) };
}

/** The range of each related place, by its span object (findings keep their related objects through finalize). */
function relatedRangesBySpan(message: ToWorker): Map<Span, Range> {
  const out = new Map<Span, Range>();
  const n = message.relatedRanges;
  let at = 0;
  for (const list of message.findings) for (const f of list) for (const r of f.related ?? []) {
    if (n[at]! >= 0) out.set(r.span, { start: { line: n[at]!, character: n[at + 1]! }, end: { line: n[at + 2]!, character: n[at + 3]! } });
    at += 4;
  }
  return out;
}

/** The range of every related place of `findings`, in order, four numbers each (see ToWorker). */
export function relatedRanges(findings: readonly Finding[][], figureRanges: Map<string, Map<number, Range>>): Float64Array {
  const out: number[] = [];
  for (const list of findings) for (const f of list) for (const r of f.related ?? []) {
    const range = figureRanges.get(r.uri)?.get(r.span.start);
    if (range) out.push(range.start.line, range.start.character, range.end.line, range.end.character);
    else out.push(-1, -1, -1, -1);
  }
  return Float64Array.from(out);
}
