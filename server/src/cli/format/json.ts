// `--format json`: the report as one JSON document (a public contract; fields are only added).
// It is written a megabyte at a time, never built whole: on 100,000 articles the document is
// larger than everything else the check keeps. The bytes are JSON.stringify(report, null, 2)'s.
import type { Diagnostic, RelatedFinding } from '../../core/api';
import type { MadeRelated, Problem, Range, Report, ReportDiagnostic, ReportRelated, ReportSink, SinkWrite, BytePiece, RelatedText } from '../report';

/** `{"diagnostics": [...], "problems": [...]}` with a final newline, as one string (small reports, tests). */
export function formatJson(report: Report): string {
  let out = '';
  writeJson(report, (s) => (out += s));
  return out;
}

/** Writes formatJson's text to `write` in pieces of about a megabyte. */
export function writeJson(report: Report, write: (text: string) => void): void {
  const sink = new JsonSink(write as SinkWrite); // diagnostic() and end() write text only
  for (const d of report.diagnostics) sink.diagnostic(d);
  sink.end(report.problems, report.filesChecked);
}

/** Where JsonSink gathers its text: strings of about a megabyte, or UTF-8 bytes (`bytes`). */
class Gather {
  private text = '';
  private buf: Buffer | undefined;
  private len = 0;
  /**
   * With `bytes`, the pieces not yet encoded, joined: encoded some 16 KB at a time, as each
   * piece written into the buffer was a call into Node's writer (its argument checks, then
   * the encoder) for a few dozen bytes, half a million times on 10,000 articles.
   */
  private pending = '';

  constructor(private readonly write: SinkWrite, bytes: boolean) {
    if (bytes) this.buf = Buffer.allocUnsafe(1 << 21);
  }

  add(s: string): void {
    if (!this.buf) {
      this.text += s;
      if (this.text.length > 1 << 20) this.flush();
      return;
    }
    this.pending += s;
    if (this.pending.length > 1 << 14) this.encode();
  }

  /** add(',') (a related place's separator). */
  comma(): void {
    this.add(',');
  }

  /** Encodes the pending text into the buffer (the buffer written out first when it has no room). */
  private encode(): void {
    const s = this.pending;
    if (s === '') return;
    this.pending = '';
    if (this.len + 3 * s.length > this.buf!.length) {
      this.flush();
      if (3 * s.length > this.buf!.length) {
        this.write(s);
        return;
      }
    }
    // (read after the flush: a writer that keeps the buffer it was given leaves a new one)
    this.len += this.buf!.write(s, this.len);
  }

  flush(): void {
    if (this.buf) {
      this.encode();
      if (this.len === 0) return;
      // a writer that may keep what it is given gets a new buffer next time
      if (this.write(this.buf.subarray(0, this.len)) !== true) this.buf = Buffer.allocUnsafe(1 << 21);
      this.len = 0;
    } else if (this.text) {
      this.write(this.text);
      this.text = '';
    }
  }
}

/**
 * formatJson's text written one diagnostic at a time (`claimmark check` streams the report).
 * Each diagnostic is printed by hand in JSON.stringify's layout at its depth: the same bytes
 * (tests/cli/json-stream.test.ts), without walking a generic object graph per item. With
 * `bytes`, it writes UTF-8 bytes (a writer that takes them: `check`'s stdout).
 */
export class JsonSink implements ReportSink {
  private readonly out: Gather;
  private count = 0;
  readonly separator = ',\n';
  readonly relatedText: RelatedText = relatedPlaceText;

  constructor(private readonly write: SinkWrite, bytes = false) {
    this.out = new Gather(write, bytes);
    this.out.add('{\n  "diagnostics": ');
  }

  diagnostic(d: ReportDiagnostic): void {
    // one write with its separator: each is a call into the buffer
    this.out.add((this.count++ === 0 ? '[\n' : ',\n') + diagnosticJson(d));
  }

  text(d: ReportDiagnostic): string {
    return diagnosticJson(d);
  }

  direct(file: string, at: Int32Array, d: Diagnostic, related: (r: RelatedFinding) => string): void {
    let out = `${this.count++ === 0 ? '[\n' : ',\n'}    {
      "file": ${qFile(file)},
      "range": {
        "start": {
          "line": ${at[0]},
          "character": ${at[1]}
        },
        "end": {
          "line": ${at[2]},
          "character": ${at[3]}
        }
      },
      "severity": "${d.severity}",
      "code": ${qSame(d.code)},
      "message": ${q(d.message)}`;
    const list = d.related;
    if (list === undefined || list.length === 0) return this.out.add(out + '\n    }');
    // each place's kept text goes to the buffer as it is: joined to the diagnostic's, it was copied once more to flatten
    this.out.add(out + ',\n      "related": [');
    this.out.add(related(list[0]!));
    for (let i = 1; i < list.length; i++) {
      this.out.comma();
      this.out.add(related(list[i]!));
    }
    this.out.add('\n      ]\n    }');
  }

  piece(piece: string | BytePiece, printed: readonly number[]): void {
    this.out.add(this.count === 0 ? '[\n' : ',\n');
    this.count += printed[0]! + printed[1]! + printed[2]! + printed[3]!;
    if (typeof piece === 'string') this.out.add(piece);
    else {
      this.out.flush();
      piece(this.write);
    }
  }

  end(problems: readonly Problem[], _filesChecked?: number): void {
    this.out.add(this.count === 0 ? '[]' : '\n  ]');
    // problems are few: JSON.stringify's own text, cut out of the whole as before
    if (problems.length === 0) this.out.add(',\n  "problems": []');
    else {
      const whole = JSON.stringify({ problems }, null, 2);
      this.out.add(`,\n  "problems": [\n${whole.slice('{\n  "problems": [\n'.length, whole.length - '\n  ]\n}'.length)}\n  ]`);
    }
    this.out.add('\n}\n');
    this.out.flush();
  }
}

// Lines and characters are non-negative integers (LineTable.positionAt): their text is JSON's.
// A range is printed at two depths, each with its indentation written out: a template taking the
// padding as a value joined ten more strings per range, and a conflict prints several ranges.
/** A diagnostic's range, six spaces in. */
function rangeJson6(r: Range): string {
  return `{
        "start": {
          "line": ${r.start.line},
          "character": ${r.start.character}
        },
        "end": {
          "line": ${r.end.line},
          "character": ${r.end.character}
        }
      }`;
}

/** A related place's range, ten spaces in. */
function rangeJson10(r: Range): string {
  return `{
            "start": {
              "line": ${r.start.line},
              "character": ${r.start.character}
            },
            "end": {
              "line": ${r.end.line},
              "character": ${r.end.character}
            }
          }`;
}

/** What JSON.stringify escapes in a string: quotes, backslashes, control characters, lone surrogates (a pair is tested too). */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** JSON.stringify(s): most messages and paths need no escape, and a test is a third of its cost. */
function q(s: string): string {
  return ESCAPED.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** Files and codes as JSON strings: each is printed once per diagnostic, a file also per related place in it. */
const quoted = new Map<string, string>();

/** q(s) for a path or a code, each quoted once (they are the same strings each time: the look-up reads no characters). */
function qSame(s: string): string {
  let out = quoted.get(s);
  if (out === undefined) {
    if (quoted.size >= 200_000) quoted.clear();
    quoted.set(s, (out = q(s)));
  }
  return out;
}

// The last diagnostic's file: a file's diagnostics come one after another, with one path string.
let lastFile: string | undefined;
let lastFileText = '';

/** qSame(file) for a diagnostic's file: the one before's, or looked up. */
function qFile(file: string): string {
  if (file !== lastFile) {
    lastFileText = qSame(file);
    lastFile = file;
  }
  return lastFileText;
}

/**
 * The text of each related place printed so far, flat: the report hands a place that is the
 * related place of many diagnostics on as one object (report.ts), so its text is made once (on
 * the bench workspace, 29,000 texts for 171,000 places). A Map (a WeakMap's keys cost the
 * garbage collector more than the texts saved), emptied when full.
 */
const relatedTexts = new Map<ReportRelated, string>();

/** One related place as JSON.stringify prints it in a diagnostic's list (its line break first, eight spaces in). */
function relatedJson(r: ReportRelated): string {
  return `\n        {\n          "file": ${qSame(r.file)},\n          "range": ${rangeJson10(r.range)},\n          "message": ${q(r.message)}\n        }`;
}

/** relatedJson's text of a place, flat (what JsonSink.relatedText gives: the report keeps it on the place). */
function relatedPlaceText(file: string, range: Range, message: string): string {
  return flat(relatedJson({ file, range, message }));
}

/** relatedJson's text of a place made without a slot for it (a report built whole), from relatedTexts. */
function relatedText(r: ReportRelated): string {
  let text = relatedTexts.get(r);
  if (text === undefined) {
    if (relatedTexts.size >= 200_000) relatedTexts.clear();
    relatedTexts.set(r, (text = flat(relatedJson(r))));
  }
  return text;
}

/** One diagnostic as JSON.stringify(report, null, 2) prints it inside the diagnostics list (four spaces in). */
function diagnosticJson(d: ReportDiagnostic): string {
  let out = `    {\n      "file": ${qFile(d.file)},\n      "range": ${rangeJson6(d.range)},\n      "severity": "${d.severity}",\n      "code": ${qSame(d.code)},\n      "message": ${q(d.message)}`;
  const texts = d.relatedTexts;
  if (texts !== undefined) return `${out},\n      "related": [${texts.join(',')}\n      ]\n    }`;
  if (d.related !== undefined) {
    if (d.related.length === 0) out += ',\n      "related": []';
    else {
      out += ',\n      "related": [';
      let first = true;
      for (const r of d.related) {
        // a place the streamed report made keeps its text itself (one look-up fewer per listing)
        let text = (r as Partial<MadeRelated>).printed;
        if (text === undefined) text = 'printed' in r ? ((r as MadeRelated).printed = flat(relatedJson(r))) : relatedText(r);
        out += first ? text : ',' + text;
        first = false;
      }
      out += '\n      ]';
    }
  }
  return out + '\n    }';
}

/** `s` as one flat string (a template's result is a tree of pieces, walked again each time it is copied). */
function flat(s: string): string {
  void s.charCodeAt(0);
  return s;
}
