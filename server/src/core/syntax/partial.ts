// Parsing a range of body lines on their own, for incremental updates (model/update.ts). Lines
// are independent: the body scanner forgets everything at each line end, so the lines of a
// range parse exactly as they do inside a whole-file parse (parse.ts runs the same scanner).
import type { Finding } from '../diagnostics/finding';
import type { LineNode } from './tree';
import { splitLines } from './lines';
import { BodyScanner, type BodySink } from './body';

/** What a range of body lines holds, as the whole-file parse would report it for those lines. */
export interface BodyLines extends BodySink {
  lines: LineNode[];
}

/**
 * Parses the body lines of `text` that start in [start, stop): `start` must be a line start
 * and `stop` a line start (Infinity: to the end). Errors come sorted as parse.ts sorts them.
 */
export function parseBodyLines(text: string, start: number, stop: number): BodyLines {
  const lines = splitLines(text, start, stop);
  const errors: Finding[] = [];
  const sink: BodySink = { spans: [], suppressions: [], comments: [], errors };
  const scanner = new BodyScanner(text, sink);
  for (const line of lines) scanner.scanLine(line.span.start, line.span.end);
  errors.sort((a, b) => a.span.start - b.span.start); // stable: ties keep the order found
  return { lines, ...sink };
}
