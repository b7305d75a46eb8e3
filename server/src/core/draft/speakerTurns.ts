// A transcript's speaker turns: "Denis McDonough (VA Secretary): Thanks a lot, everybody. ..." or "JIM CHALMERS:" on a line of its own opens
// what that person says, and the paragraphs after it with no turn of their own go on in that voice; a
// radio script's "SUSANNAH FOX: “People are ...”" is hers for its own paragraph only (the narrator
// speaks the next one).
import type { Span } from '../span';
import type { Cue } from './cues';
import { personName } from './actors';

/** A turn: a name of two to four capitalised words, a bracketed title or role, a colon, what is said. */
const TITLED_TURN = /^(\s*)((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*)\s*\([^()]{2,120}\)\s*:\s+\S/u;
/** A transcript's turn on a line of its own: a name in capitals ("JIM CHALMERS:") or with its title ("Denis McDonough (VA Secretary):"); not "On Tuesday:". */
const NAME_LINE = /^(\s*)((?:\p{Lu}[\p{Lu}.’'-]*\s+){0,3}\p{Lu}[\p{Lu}.’'-]*|(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*(?=\s*\([^()]{2,120}\)))\s*(?:\([^()]{2,120}\)\s*)?:\s*$/u;
/** A radio script's turn: a name in capitals, a colon, an opening quotation mark. */
const CAPITALS_TURN = /^(\s*)(\p{Lu}[\p{Lu}.’'-]*(?:\s+\p{Lu}[\p{Lu}.’'-]*){1,3})\s*:\s*[“"]/u;

/** A briefing transcript's turn: a name in capitals, a colon, what is said on the same line ("URSALA BAUER: Hi, good afternoon."). */
const CAPITALS_SPEECH = /^(\s*)(\p{Lu}[\p{Lu}.’'-]*(?:\s+\p{Lu}[\p{Lu}.’'-]*){1,3})\s*:\s+(?![“"])\S/u;
/** A briefing's own turns: the operator's, the moderator's, a question's; an interview's, the journalist's ("JOURNALIST: ..."). */
const BRIEFING_TURN = /^\s*(?:OPERATOR|MODERATOR|Q|QUESTION|JOURNALIST|REPORTER|INTERVIEWER)\s*:/;
/** A telebriefing's operator or moderator, in any case: "Operator: Welcome to the call." */
const OPERATOR_TURN = /^\s*(?:operator|moderator)\s*:/i;
/** A turn by a name in title case, its words on the same line: "Anne Schuchat: Thank you, good afternoon." */
const NAME_SPEECH = /^(\s*)((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}.’'-]*)\s*:\s+(?![“"])\S/u;

/** A title that names a transcript: "Press Briefing by ...", "Transcript of ...", "Press Conference with ...", "Telebriefing on ...", "Via Teleconference", a minister's "Doorstop Canberra" or "Media conference". */
const TRANSCRIPT_TITLE = /\b(?:press\s+briefing|briefing\s+by|transcript|press\s+conference|news\s+conference|telebriefing|media\s+briefing|press\s+gaggle|via\s+teleconference|doorstop|media\s+conference)\b/i;

/** Any turn in capitals, a person's or not ("OPERATOR: Welcome."), which ends the turn before it. */
const ANY_CAPITALS_TURN = /^\s*\p{Lu}[\p{Lu}.’' -]{1,40}:\s+\S/u;

/** For each line (by its start) a speaker turn opens or goes on through, a cue whose source is the speaker's name. */
export function speakerTurns(text: string, lines: readonly { span: Span }[]): Map<number, Cue> {
  const out = new Map<number, Cue>();
  let current: Cue | undefined;
  // (every turn has a colon: most lines have none, and are read no further)
  const withColon = linesWithColon(text, lines);
  const titledTurns = lines.map((l, i) => (withColon[i] ? turnIn(text, l.span, TITLED_TURN) : undefined));
  // (one bracketed turn could be a heading that happens to look so: a transcript has two at least)
  const titled = titledTurns.filter((t) => t !== undefined).length >= 2;
  // (and so could one name in capitals before its words: a briefing's transcript has two at least, and an operator or questions,
  // where a radio programme's presenters, "BOB DOUGHTY: ...", read the script in no one's name)
  const capitalTurns = lines.map((l, i) => (withColon[i] ? turnIn(text, l.span, CAPITALS_SPEECH) : undefined));
  // (or an interview, whose guest the text names with an office: "Tourism Minister Steven Ciobo joins us now" / "STEVEN CIOBO: Good morning, Karl.")
  // (or a title that says it is one, "Press Briefing by White House COVID-19 Response Team ...", or "Via Teleconference" under it:
  // then one turn is enough, the stored part may end before the next)
  const titledTranscript = lines.slice(0, 2).some((l) => TRANSCRIPT_TITLE.test(text.slice(l.span.start, l.span.end)));
  const capitals = capitalTurns.filter((t) => t !== undefined).length >= (titledTranscript ? 1 : 2)
    && (titledTranscript || lines.some((l, i) => withColon[i] && BRIEFING_TURN.test(text.slice(l.span.start, l.span.end))) || capitalTurns.some((t) => t && officeHolder(text, text.slice(t.source.start, t.source.end))));
  // ("Operator: ..." / "Anne Schuchat: Thank you, good afternoon.": a telebriefing's transcript may write its speakers' names in title case)
  const operated = lines.some((l, i) => withColon[i] && OPERATOR_TURN.test(text.slice(l.span.start, l.span.end)));
  for (const [i, line] of lines.entries()) {
    const turn = withColon[i] ? (titled ? titledTurns[i] : undefined) ?? (capitals ? capitalTurns[i] : undefined) ?? turnIn(text, line.span, NAME_LINE) ?? (operated ? turnIn(text, line.span, NAME_SPEECH) : undefined) : undefined;
    const quoted = turn || !withColon[i] ? undefined : turnIn(text, line.span, CAPITALS_TURN);
    if (turn) current = turn;
    // ("JOURNALIST:" on a line of its own, "OPERATOR: Welcome." in a briefing: a turn by someone unnamed ends the speaker's)
    else if (quoted || (withColon[i] && (NAME_LINE.test(text.slice(line.span.start, line.span.end)) || (capitals && ANY_CAPITALS_TURN.test(text.slice(line.span.start, line.span.end))) || (operated && OPERATOR_TURN.test(text.slice(line.span.start, line.span.end)))))) current = undefined;
    const cue = turn ?? quoted ?? current;
    if (cue) out.set(line.span.start, cue);
  }
  return out;
}

/** An office named right before a person: "Tourism Minister Steven Ciobo", "Secretary Jane Doe". */
const OFFICE_BEFORE = /\b(?:Minister|Secretary|Treasurer|Premier|President|Governor|Senator|Commissioner|Director|Administrator|Mayor|Chancellor)\s+$/;

/** Whether the text names the speaker of a turn in capitals ("STEVEN CIOBO") with an office right before the name. */
function officeHolder(text: string, capitals: string): boolean {
  const name = capitals.split(/\s+/).map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) if (OFFICE_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
  return false;
}

/** A speaker named by office alone in a transcript's turn: "TREASURER:", "PRIME MINISTER:". */
const OFFICE_TURN = /^(?:TREASURER|PRIME MINISTER|DEPUTY PRIME MINISTER|MINISTER|PREMIER|SECRETARY|PRESIDENT|GOVERNOR|CHAIRMAN|CHAIR|COMMISSIONER|MAYOR)$/;

/** Words of a heading in capitals that no name holds: "IN THIS ISSUE:", "KEY POINTS:", "IN BRIEF:". */
const HEADING_WORDS = new Set(['in', 'this', 'issue', 'key', 'points', 'brief', 'summary', 'contents', 'notes', 'highlights', 'overview', 'contact', 'contacts', 'inquiries', 'sources', 'related']);

function turnIn(text: string, span: Span, pattern: RegExp): Cue | undefined {
  const m = pattern.exec(text.slice(span.start, span.end));
  if (!m) return undefined;
  const name = m[2]!;
  const start = span.start + m[1]!.length;
  // (a transcript that names its speaker by office: "TREASURER:" on a line of its own)
  if (pattern === NAME_LINE && OFFICE_TURN.test(name)) return { cue: { start: start + name.length, end: start + name.length + 1 }, source: { start, end: start + name.length }, direction: 'before' };
  // ("Building Permits (Thousands):", "KEEPING SCORE:": a heading names no person)
  const titleCase = name.replace(/\p{Lu}[\p{Lu}.’'-]*/gu, (w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w));
  if (!personName(titleCase) || titleCase.split(/\s+/).some((w) => HEADING_WORDS.has(w.toLowerCase()))) return undefined;
  const end = start + name.length;
  return { cue: { start: end, end: end + 1 }, source: { start, end }, direction: 'before' };
}

/** For each line, whether it holds a colon: one pass over the text's colons. */
function linesWithColon(text: string, lines: readonly { span: Span }[]): boolean[] {
  const out = lines.map(() => false);
  let i = 0;
  for (let c = text.indexOf(':'); c >= 0 && i < lines.length; c = text.indexOf(':', c + 1)) {
    while (i < lines.length && lines[i]!.span.end <= c) i++;
    if (i < lines.length && lines[i]!.span.start <= c) out[i] = true;
  }
  return out;
}
