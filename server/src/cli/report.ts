// The CLI's report: every diagnostic of the checked files with line/character ranges, and
// the files that could not be checked. The JSON format prints it as is (a public contract).
import { LineIndex, type BatchCheck, type LineTable, type Diagnostic, type Position, type RelatedFinding, type Severity, type Span } from '../core/api';

/** What positions are read from: a file's LineTable (or one a cache gives when it is first asked). */
export interface Positions {
  positionAt(offset: number): Position;
  /** Both ends of a span, as positionAt places them (a LineTable: one search for both). */
  rangeAt?(start: number, end: number): Range;
  /** rangeAt's numbers written into `out` (LineTable.placeInto: no objects made). */
  placeInto?(start: number, end: number, out: Int32Array): void;
}

/** A range of 0-based lines and UTF-16 characters, as LSP counts them. */
export interface Range {
  start: Position;
  end: Position;
}

/** A place elsewhere that explains a diagnostic (e.g. the other claim of a conflict). */
export interface ReportRelated {
  file: string;
  range: Range;
  message: string;
}

/**
 * A related place of the streamed report (made once per core object, see fileReportDiagnostics),
 * with a slot where a sink keeps its text: the next diagnostic that lists it prints that text
 * again without a look-up of its own.
 */
export interface MadeRelated extends ReportRelated {
  printed: string | undefined;
}

/** One diagnostic as the CLI prints it. */
export interface ReportDiagnostic {
  file: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  related?: ReportRelated[];
  /**
   * Instead of `related`, each related place as the sink prints it, when the sink printed them
   * (ReportSink.relatedText): the place is then kept as that text alone.
   */
  relatedTexts?: string[];
}

/** A file that could not be checked. */
export interface Problem {
  file: string;
  message: string;
}

/** Everything a check found. */
export interface Report {
  diagnostics: ReportDiagnostic[];
  problems: Problem[];
  /** Files read (articles and the registry). */
  filesChecked: number;
}

/**
 * What a sink writes to: text, or bytes a cache kept of an earlier run's output. True when the
 * bytes were written out before it returned (the caller may then fill the same buffer again).
 */
export type SinkWrite = (text: string | Uint8Array) => boolean | void;

/** Bytes a sink prints as they are: they are handed, in order, to the write given. */
export type BytePiece = (write: SinkWrite) => void;

/**
 * Where a report goes one diagnostic at a time (a format's writer), then its problems and
 * count of files. A file's diagnostics can also come as one piece: the texts `text` gives of
 * each, joined by `separator` (what `check --cache` keeps and prints again as it is).
 */
export interface ReportSink {
  diagnostic(d: ReportDiagnostic): void;
  end(problems: readonly Problem[], filesChecked: number): void;
  /** One diagnostic as the sink prints it, without what separates it from the one before. */
  text(d: ReportDiagnostic): string;
  /** What the sink prints between two diagnostics' texts. */
  readonly separator: string;
  /** Diagnostics printed at once: their texts joined by `separator`; `printed`: how many of each severity [error, warning, information, hint]. */
  piece(piece: string | BytePiece, printed: readonly number[]): void;
  /**
   * A related place as the sink prints it in a diagnostic's list (with what goes before it);
   * a sink that has it is handed ReportDiagnostic.relatedTexts instead of `related`.
   */
  readonly relatedText?: RelatedText;
  /**
   * Prints a core diagnostic of `file` as diagnostic() prints its ReportDiagnostic (with
   * relatedTexts), placed at `at` (placeInto's numbers), its related places' texts from `related`
   * (relatedPrinter): no report objects are made for it.
   */
  direct?(file: string, at: Int32Array, d: Diagnostic, related: (r: RelatedFinding) => string): void;
}

/** A related place's text as a sink prints it. */
export type RelatedText = (file: string, range: Range, message: string) => string;

/**
 * Hands the diagnostics of `files` (path -> line table, in output order) to `each` as buildReport
 * lists them, one file's at a time, keeping none: what `check` streams when nothing needs the
 * whole report (no fingerprints). Positions are made afresh per diagnostic (short-lived).
 */
export function eachReportDiagnostic(diagnosticsOf: (file: string) => readonly Diagnostic[], files: ReadonlyMap<string, Positions>, each: (d: ReportDiagnostic) => void, printed?: RelatedText): void {
  for (const file of files.keys()) fileReportDiagnostics(file, diagnosticsOf(file), files, each, printed);
}

/**
 * The `files` map and the printer the related places' `shown` slots were made with: another
 * (another check in this process, or another sink) lets every slot go. The core hands a claim's
 * related place to every conflict of its fact as one object (53,000 objects on the
 * 10,000-article bench workspace), so each is placed and printed once and kept on the object
 * itself: a Map keyed by the objects cost a hash look-up per listing, and at 100,000 articles
 * those missed the processor's caches (a second of the check).
 */
let shownFiles: ReadonlyMap<string, Positions> | undefined;
let shownPrinter: RelatedText | undefined;

/** At most this many places keep their `shown` form: the oldest gives its slot up first (it is made again if listed again). */
const SHOWN_KEPT = 200_000;
/** The places whose slot is set (every one: a slot is set only here), oldest first from shownNext. */
let shownRing: RelatedFinding[] = [];
let shownNext = 0;

/** Keeps `form` in `r`'s slot, giving up the oldest slot kept when SHOWN_KEPT are. */
function keepShown(r: RelatedFinding, form: MadeRelated | string): void {
  r.shown = form;
  if (shownRing.length < SHOWN_KEPT) {
    shownRing.push(r);
    return;
  }
  shownRing[shownNext]!.shown = undefined;
  shownRing[shownNext] = r;
  shownNext = shownNext + 1 === SHOWN_KEPT ? 0 : shownNext + 1;
}

/**
 * eachReportDiagnostic for one file's diagnostics. With `printed`, a diagnostic's related places
 * come as their printed texts (ReportDiagnostic.relatedTexts): a place is kept as its text only,
 * not also as a range of three objects (10 MB of a 10,000-article check's peak).
 */
export function fileReportDiagnostics(file: string, diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, Positions>, each: (d: ReportDiagnostic) => void, printed?: RelatedText): void {
  useSlots(files, printed);
  const relatedOf = (r: RelatedFinding): ReportRelated => {
    let made = r.shown as MadeRelated | undefined;
    if (made === undefined) keepShown(r, (made = { file: r.uri, range: rangeIn(files.get(r.uri), r.span), message: r.message, printed: undefined }));
    return made;
  };
  const textOf = (r: RelatedFinding, print: RelatedText): string => {
    let text = r.shown as string | undefined;
    if (text === undefined) keepShown(r, (text = print(r.uri, rangeIn(files.get(r.uri), r.span), r.message)));
    return text;
  };
  // the file's own positions, looked up once for all its diagnostics
  const own = files.get(file);
  for (const d of diagnostics) {
    const out: ReportDiagnostic = { file, range: rangeIn(own, d.span), severity: d.severity, code: d.code, message: d.message };
    if (d.related && d.related.length > 0) {
      // pushed, not mapped: an optimised map() makes a holey list, and the JSON writer deopted on the second list shape
      if (printed) {
        const texts: string[] = [];
        for (const r of d.related) texts.push(textOf(r, printed));
        out.relatedTexts = texts;
      } else {
        const related: ReportRelated[] = [];
        for (const r of d.related) related.push(relatedOf(r));
        out.related = related;
      }
    }
    each(out);
  }
}

function rangeIn(index: Positions | undefined, s: Span): Range {
  if (!index) return { start: ZERO, end: ZERO };
  return index.rangeAt ? index.rangeAt(s.start, s.end) : { start: index.positionAt(s.start), end: index.positionAt(s.end) };
}

/** The places whose slot placeAhead set: kept until another check's files or printer let every slot go (useSlots). */
let pinned: RelatedFinding[] = [];

/**
 * Prints every related place of `batch`'s conflicts ahead of the diagnostics that list them,
 * article by article (BatchCheck.eachPlace), into their `shown` slots as relatedPrinter would:
 * each place's file is looked up once per article, and its lines searched while they are at
 * hand, instead of a look-up in the map of every path per place, and none is printed twice
 * (a slot of the ring given up was printed again when listed again: 170,000 of 690,000 at 100,000 articles).
 */
export function placeAhead(batch: BatchCheck, files: ReadonlyMap<string, Positions>, print: RelatedText): void {
  useSlots(files, print);
  let own: Positions | undefined;
  batch.eachPlace(
    (uri) => (own = files.get(uri)),
    (r) => {
      if (r.shown !== undefined) return;
      r.shown = print(r.uri, rangeIn(own, r.span), r.message);
      pinned.push(r);
    },
  );
}

/** Lets every place's `shown` slot go unless they were made with these `files` and this printer. */
function useSlots(files: ReadonlyMap<string, Positions>, printed: RelatedText | undefined): void {
  if (shownFiles === files && shownPrinter === printed) return;
  for (const r of shownRing) r.shown = undefined;
  for (const r of pinned) r.shown = undefined;
  shownRing = [];
  pinned = [];
  shownNext = 0;
  shownFiles = files;
  shownPrinter = printed;
}

/**
 * A related place's printed text for diagnostics printed straight from the core's (ReportSink.direct),
 * kept in its `shown` slot as fileReportDiagnostics keeps it with the same printer.
 */
export function relatedPrinter(files: ReadonlyMap<string, Positions>, print: RelatedText): (r: RelatedFinding) => string {
  useSlots(files, print);
  return (r) => {
    let text = r.shown as string | undefined;
    if (text === undefined) keepShown(r, (text = print(r.uri, rangeIn(files.get(r.uri), r.span), r.message)));
    return text;
  };
}

/** Where `s` is in `index`, as four numbers in `out` (start line, character, end line, character); zeros without an index. */
export function placeInto(index: Positions | undefined, s: Span, out: Int32Array): void {
  if (index === undefined) {
    out.fill(0);
    return;
  }
  if (index.placeInto) return index.placeInto(s.start, s.end, out);
  const r = rangeIn(index, s);
  out[0] = r.start.line;
  out[1] = r.start.character;
  out[2] = r.end.line;
  out[3] = r.end.character;
}

/** Converts the diagnostics of `files` (path -> text, in output order) into a report. */
export function buildReport(diagnosticsOf: (file: string) => readonly Diagnostic[], files: ReadonlyMap<string, string>, problems: Problem[]): Report {
  // Per file, its line table and the ranges made so far by span start: related places repeat
  // (one claim is the partner of many conflicts), so each gets one Range object.
  const perFile = new Map<string, { index: LineIndex | undefined; made: Map<number, { end: number; range: Range }> }>();
  const range = (file: string, s: Span): Range => {
    let f = perFile.get(file);
    if (!f) {
      const text = files.get(file);
      perFile.set(file, (f = { index: text === undefined ? undefined : new LineIndex(text), made: new Map() }));
    }
    if (!f.index) return { start: ZERO, end: ZERO };
    const made = f.made.get(s.start);
    if (made && made.end === s.end) return made.range;
    const out = { start: f.index.positionAt(s.start), end: f.index.positionAt(s.end) };
    f.made.set(s.start, { end: s.end, range: out });
    return out;
  };
  const diagnostics: ReportDiagnostic[] = [];
  for (const file of files.keys()) {
    for (const d of diagnosticsOf(file)) {
      const out: ReportDiagnostic = { file, range: range(file, d.span), severity: d.severity, code: d.code, message: d.message };
      if (d.related && d.related.length > 0) out.related = d.related.map((r) => ({ file: r.uri, range: range(r.uri, r.span), message: r.message }));
      diagnostics.push(out);
    }
  }
  return { diagnostics, problems, filesChecked: files.size };
}

const ZERO: Position = { line: 0, character: 0 };
