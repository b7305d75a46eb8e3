// Which source a figure of a sentence belongs to: the cue whose source holds it or is nearest,
// a quotation's speaker, and whether a cue's content comes after it; and the openers by which
// the writer sums up in their own voice.
import type { Span } from '../span';
import type { Cue } from './cues';
import { nameWords, type DraftActor } from './actors';

/** The source a figure was given (none: the article's own voice) and the cue that named it. */
export interface Attributed { actor?: DraftActor; cue?: Cue }

/** Words of a document or its data: "the latest Ericsson Mobility Report", "statistics from the Department of Justice", "an analysis by the FEC". */
export const DOCUMENT = /\b(?:report|statistics|data|figures|survey|study|analysis|census|review)\b/i;

/** The data word right after a source's name ("according to Eurostat data"), if there is one. */
function dataWordAfter(text: string, cue: Cue): RegExpExecArray | null {
  return /^\s+(?:data|figures|statistics)\b/.exec(text.slice(cue.source.end, cue.source.end + 14));
}

/** A statistics office, whose word is its data: "According to Eurostat, ...", "according to Statistics Canada", "the ONS". */
const STATISTICS_BODY = /\b(?:Eurostat|Statistics|Stats|Census|Statistical|Destatis|INSEE|ONS|BLS|ABS)\b/;

/**
 * True when a cue whose content follows it speaks on for the next sentences of its paragraph: all
 * do but a leading "according to" someone ("According to state media, ..." speaks for its own
 * sentence only), while "According to the latest Ericsson Mobility Report, ..." goes on as a report does.
 */
export function goesOnInParagraph(text: string, cue: Cue): boolean {
  // (a cue scoped to part of its sentence speaks for that part only)
  // (nor does an intention go on: "De la Cruz expects to reap the crop on March 28. He has farmed ...")
  if (/^expect/i.test(text.slice(cue.cue.start, cue.cue.end)) && /^\s+to\s/.test(text.slice(cue.cue.end, cue.cue.end + 5))) return false;
  // ("according to Eurostat data": the data word after its owner's name)
  return !cue.scope && (!/^according\b/i.test(text.slice(cue.cue.start, cue.cue.end)) || DOCUMENT.test(text.slice(cue.cue.end, cue.source.end)) || dataWordAfter(text, cue) !== null || STATISTICS_BODY.test(text.slice(cue.source.start, cue.source.end)));
}

/**
 * True when a cue whose content does not follow it still speaks on into its paragraph's next sentences: an
 * announcement closing its sentence ("..., Philip Hammond announced today. The funding is ..."), and a document
 * its sentence closes on ("... hit the one billion mark by 2015, according to the report. Certain key hubs ... will
 * see growth": the report read on).
 */
export function speaksOnAfter(text: string, cue: Cue): boolean {
  const verb = text.slice(cue.cue.start, cue.cue.end);
  // ("..., according to Eurostat data. 4% were unemployed": a named body's data read on too, its data word after the source)
  const source = text.slice(cue.source.start, cue.source.end).trim();
  const named = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u.test(source) ? dataWordAfter(text, cue) : null;
  const document = named !== null || /^(?:the|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:report|survey|study|analysis|forecast|estimates|census|review)$/iu.test(source);
  const end = cue.source.end + (named?.[0].length ?? 0);
  return /^announce/i.test(verb) || (/^according\b/i.test(verb) && document && /^\W*$/.test(text.slice(end, end + 3).replace(/\s.*$/s, '')));
}

/** Openers by which the writer sums up in their own voice: "With this announcement, the administration has invested ...". */
const SUMS_UP = /^\s*(?:With this|With these|With that|In all|In total|Overall|Altogether)\b/i;

/**
 * True when the paragraph's last source goes on into a sentence with no cue of its own: not one that sums up
 * ("In all, ..."), nor one whose subject is a person who acts rather than speaks ("V-O-A correspondent Peter
 * Heinlein visited a village where ... 34 victims": the writer's account of someone else).
 */
export function speakerGoesOn(text: string, sentenceStart: number, figureStart: number, speaker: DraftActor | undefined): boolean {
  const before = text.slice(sentenceStart, figureStart);
  if (SUMS_UP.test(before)) return false;
  const actor = ACTING_PERSON.exec(before);
  return !actor || !speaker || nameWords(actor[1]!).some((w) => speaker.forms.some((f) => nameWords(f).includes(w)));
}

/** A sentence that opens on a person's name, a title or two before it, acting in the past tense: "V-O-A correspondent Peter Heinlein visited". */
const ACTING_PERSON = /^\s*(?:[\p{L}-]+\s+){0,3}?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+)\s+(?!said\b|told\b|added\b|reported\b|announced\b|stated\b|estimated\b|wrote\b)\p{Ll}+ed\b/u;

/** Between a figure and the source of a relative clause about it: "44,000 that", "$3 billion which". */
const RELATIVE_GAP = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:that|which|who|whom)\s+$/u;

/** Which resolved cue a figure belongs to: one whose source holds it, else the nearest (before wins ties), else a quote's speaker. */
export function attributionFor(text: string, figure: Span, cues: readonly { cue: Cue; actor?: DraftActor; contentAfter: boolean }[], quoted?: { cue: Cue; actor?: DraftActor }): Attributed {
  // "Russia launched 31 drones, with Ukraine claiming to have shot down 20": the 31 is not Ukraine's
  // (a cue that qualifies one noun phrase speaks for the figure in it only)
  // ("the 44,000 that the agency says have been helped": a figure a relative clause's source speaks of is in what it says)
  const relative = (c: { cue: Cue }) => RELATIVE_GAP.test(text.slice(figure.end, c.cue.source.start));
  const usable = cues.filter((c) => c.actor && !(c.contentAfter && figure.end <= c.cue.source.start && !relative(c)) && (!c.cue.scope || (c.cue.scope.start <= figure.start && figure.end <= c.cue.scope.end)));
  const holding = usable.find((c) => c.cue.source.start <= figure.start && figure.end <= c.cue.source.end);
  // ("according to two polls of voters": the count of the polls is the writer's, the polls speak for the rest)
  if (holding && figure.start - holding.cue.source.start <= 4) return {};
  if (holding) return { actor: holding.actor, cue: holding.cue };
  let best: { cue: Cue; actor?: DraftActor; d: number } | undefined;
  for (const c of usable) {
    const d = c.cue.cue.start >= figure.end ? c.cue.cue.start - figure.end + 1 : figure.start - c.cue.cue.end;
    if (!best || d < best.d) best = { ...c, d };
  }
  // ("Afghan officials say an investigation into the air strikes shows that 62 ...": a document no one is named as
  // making, inside what a speaker says, is what the speaker cites: the speaker states its figure)
  // (and inside a quotation its speaker closes: "“Although the figures show ..., 24 per cent ...,” Dr Cullen said.")
  const citing = best && UNMADE_DOCUMENT.test(text.slice(best.cue.source.start, best.cue.source.end))
    ? usable.find((c) => c.cue !== best!.cue && ((c.contentAfter && c.cue.cue.end <= best!.cue.source.start && best!.cue.source.start - c.cue.cue.end <= 8) || (c.actor!.kind === 'person' && !c.contentAfter && c.cue.cue.start >= figure.end && /[”"’]\s*$/.test(text.slice(figure.end, c.cue.cue.start).replace(/\s*\p{Lu}[^”"’]*$/u, '').replace(/[,.]?\s*$/, ''))))) : undefined;
  if (citing) return { actor: citing.actor, cue: citing.cue };
  if (best) return { actor: best.actor, cue: best.cue };
  return quoted?.actor ? { actor: quoted.actor, cue: quoted.cue } : {};
}

/** A document by its kind only, its maker unnamed: "an investigation into NATO air strikes", "a new report". */
const UNMADE_DOCUMENT = /^(?:(?:an?|the|these|today[’']s)\s+)?(?:(?:new|recent|latest|preliminary|initial|official|separate|estimated)\s+)?(?:investigation|report|study|survey|analysis|review|inquiry|probe|assessment|figures|data|statistics)\b(?![^]*\b(?:by|from|of\s+the\s+\p{Lu})\b)/iu;

/**
 * Sentences inside a quotation that a later sentence of the paragraph attributes
 * ("“We will build 500 homes. It is a start,” the mayor said."): sentence index → the
 * index of the sentence where the quotation closes (whose cue then speaks for them).
 */
export function quotedSentences(text: string, sentences: readonly Span[]): Map<number, number> {
  const out = new Map<number, number>();
  let openedAt = -1;
  sentences.forEach((s, i) => {
    const body = text.slice(s.start, s.end);
    const opens = (body.match(/[“"]/g) ?? []).length;
    const closes = (body.match(/[”]/g) ?? []).length;
    const straight = (body.match(/"/g) ?? []).length;
    const balance = straight > 0 ? straight % 2 : opens - (opens - (body.match(/“/g) ?? []).length) - closes;
    // ("“You believe it is worth $1.5 billion?” Wallace asked.": a question or exclamation closes its quotation and its sentence, the speaker follows)
    const next = sentences[i + 1];
    if (openedAt < 0 && balance === 0 && next && /[?!][”"]\s*$/.test(body) && TAG_AFTER.test(text.slice(next.start, next.end))) out.set(i, i + 1);
    if (openedAt < 0 && balance > 0) openedAt = i;
    else if (openedAt >= 0 && (closes > 0 || straight % 2 === 1)) {
      for (let k = openedAt; k < i; k++) out.set(k, i);
      openedAt = -1;
    }
  });
  return out;
}

/** A sentence that only names who spoke: "Wallace asked.", "said Mr. Smith." */
const TAG_AFTER = /^\s*(?:(?:said|asked|added|replied)\s+\p{Lu}[\p{L}.’' -]{1,40}?|\p{Lu}[\p{L}.’' -]{1,40}?\s+(?:said|asked|added|says|asks|wrote|replied|responded))[.!]?\s*$/u;

/** True when a cue's content comes after it ("X said that ...", "X claiming to have ..."), not before ("..., X said."). */
export function contentFollows(text: string, cue: Cue, sentence: Span): boolean {
  if (cue.direction === 'after' && cue.source.start > cue.cue.start) {
    // "according to X, ..." leads its content; "..., said X." closes it
    return /^according/i.test(text.slice(cue.cue.start, cue.cue.end)) && cue.cue.start - sentence.start < 3;
  }
  // ("“... on five continents,” Gates told the crowd gathered in the courtyard.": a tag after a quotation speaks for the quotation)
  if (cue.direction === 'before' && /[,!?]\s*[”"]\s*$/.test(text.slice(Math.max(sentence.start, cue.source.start - 4), cue.source.start))) return false;
  const rest = text.slice(cue.cue.end, sentence.end).replace(/\([^)]*\)/g, ' ');
  // "Tickets averaged $9,800, StubHub said, down from $11,000": a cue set off by commas speaks for what is before it too
  // ("Covering 100,000 square kilometres of ice, Zornetzer told me, would cost ...": and with the one told)
  if (cue.direction === 'before' && /^\s*(?:(?:me|us|him|her|them|reporters|journalists)\s*)?,/.test(rest) && /,\s*$/.test(text.slice(Math.max(sentence.start, cue.source.start - 3), cue.source.start))) return false;
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  // ("output rose by 0.7% but the ONS said this was driven by repairs": a cue opening a clause of its own
  // after "but" or "and" speaks for what follows it, not for the clause before)
  if (cue.direction === 'before' && words.length >= 2 && /\b(?:but|and|while|although|though|yet|whereas)\s+$/i.test(text.slice(Math.max(sentence.start, cue.source.start - 12), cue.source.start))) return true;
  // ("said on Monday that ...", "said Tuesday that ...", "said in a statement that ...")
  // ("reported today." ends its content: "to" is a word of its own)
  if (/^\s*(?:(?:on|late|early|last|this|in a)\s+\w+\s+|earlier\s+|yesterday\s+|today\s+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(that\b|to\b|,?\s*“|:)/i.test(rest) || /\bthe following\b|:\s*$/i.test(rest)) return true;
  return words.length > 6 && !/^\s*(in a statement|on \w+|in an? \w+|late|early|earlier|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/i.test(rest);
}

/** Whether a quotation is still open after `body`, given whether one was open before it (“ opens, ” closes, a straight " turns it over). */
export function stillQuoting(body: string, open: boolean): boolean {
  if (!/[“”"]/.test(body)) return open; // (most sentences quote no one)
  for (const ch of body) {
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/** "As the President stated in his speech, we are ...": a source an as-clause cites, inside someone's words, is not their speaker. */
export function citedInAsClause(text: string, cue: Cue): boolean {
  return /\bas\s+$/i.test(text.slice(Math.max(0, cue.source.start - 4), cue.source.start));
}
