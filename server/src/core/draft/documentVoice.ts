// Whose voice a whole document speaks in, when it says so: a statement's author, or the
// institution whose release it is (draft.ts gives that voice to figures no one else is named for).
import type { Article } from '../model/article';
import { findCues } from './cues';
import { splitSentences } from '../model/sentences';
import { personName, referenceOf, type DraftActor } from './actors';
import { RELEASED_BY } from './sources';
import { DOCUMENT } from './attribution';
import type { DraftContext } from './context';
import { authorUnderHeadline } from './nameAndTitle';
import { outletVoiceOf } from './outletVoice';

/**
 * Whose document this is, when it says so: a statement ("Statement of Keith Hall, Commissioner,
 * ...") or a release whose lead has an institution announce or release something today ("The
 * Census Bureau announced today", "a report released today by the Census Bureau"). News says
 * "on Tuesday"; "today" in a lead is how releases speak of themselves.
 */
export function documentVoiceOf(article: Article, ctx: DraftContext): DraftActor | undefined {
  const text = article.syntax.text;
  const lines = article.syntax.lines.slice(0, 3);
  const headline = lines[0] ? text.slice(lines[0].span.start, lines[0].span.end) : '';
  const statement = /^(?:statement|remarks|testimony|prepared remarks)\s+(?:of|by)\s+([^,]{3,60})/i.exec(headline);
  if (statement) return ctx.actors.resolve(statement[1]!.trim());
  // ("SECRETARY REICH: Good afternoon. ...": a briefing's transcript opens on its speaker's tag, and he speaks on)
  const tagged = lines.slice(0, 2).map((l) => TRANSCRIPT_TAG.exec(text.slice(l.span.start, l.span.end))).find((m) => m);
  if (tagged) return ctx.actors.resolve(tagged[1]!);
  // ("Advance copies of this statement are made available ..." / "Statement of Keith Hall Commissioner Bureau of Labor Statistics before ...")
  // (and under a title and that note: "Economic News Release" / "Commissioner's Statement on ..." / "Advance copies ..." / "Statement of ...")
  const below = article.syntax.lines.slice(1, 5).map((l) => STATEMENT_BELOW.exec(text.slice(l.span.start, l.span.end))).find((m) => m && personName(m[1]!) === m[1]);
  if (below) return ctx.actors.resolve(below[1]!);
  // ("HUD LAUDS 6.4 PERCENT RISE ..." / "Statement from HUD Secretary Alphonso Jackson": a statement line under the headline naming an official by title)
  const from = lines[1] ? /^(?:statement|remarks)\s+(?:of|by|from)\s+(\p{Lu}[\p{L}.’' -]{3,80})$/iu.exec(text.slice(lines[1].span.start, lines[1].span.end).trim()) : null;
  if (from && personName(from[1]!)) return ctx.actors.resolve(from[1]!);
  // ("Country-specific recommendations 2015 - Speaking points of Commissioner Marianne Thyssen": a title ending on whose words they are)
  const pointsOf = lines.map((l) => SPEAKING_POINTS_OF.exec(text.slice(l.span.start, l.span.end))).find((m) => m && personName(m[1]!));
  if (pointsOf) return ctx.actors.resolve(personName(pointsOf[1]!)!);
  // ("Highlights of NASA's FY 2009 Budget Request by NASA Deputy Administrator Shana Dale": remarks a headline says who gave)
  const remarksBy = /^(?:highlights|remarks|statement|testimony|speech|address)\b.{3,120}?\bby\s+(\p{Lu}[^,]{3,80})$/iu.exec(headline.trim());
  if (remarksBy && personName(remarksBy[1]!)) return ctx.actors.resolve(remarksBy[1]!.trim());
  // ("Director's Statement: ...", "Mr. Chairman and Members of the Committee: ... I am Dr. Richard Hodes, Director of
  // the NIA": testimony speaks in the voice of whoever introduces himself in it)
  // ("The following is a statement by NASA Administrator Sean O'Keefe regarding ...", "Here is an excerpt from the statement by
  // Secretary of Labor Hilda L. Solis on ...": a lead that says whose statement follows)
  for (const line of lines.slice(0, 3)) {
    const by = STATEMENT_BY.exec(text.slice(line.span.start, line.span.end));
    if (by && personName(by[1]!)) return ctx.actors.resolve(by[1]!.trim());
    // ("U.S. Secretary of Labor Thomas E. Perez issued the following statement about the December 2014 Employment Situation report",
    // in a release that never names its department: one that does speaks for itself after the statement)
    const issued = ISSUED_STATEMENT.exec(text.slice(line.span.start, line.span.end));
    if (issued && personName(issued[1]!) && !outletVoiceOf(article, ctx)) return ctx.actors.resolve(issued[1]!.trim());
  }
  // ("Remarks as Prepared for Secretary Bodman", "REMARKS AS PREPARED FOR DELIVERY" / "U.S. SECRETARY OF TRANSPORTATION NORMAN Y. MINETA")
  const prepared = preparedRemarksSpeaker(article);
  if (prepared) return ctx.actors.resolve(prepared);
  // ("DOT - Financial and Activity Report" / "Department of Transportation": a report filed by the department its second line names)
  const filer = lines[1] && !/[.!?:]\s*$/.test(headline) ? ISSUING_BODY.exec(text.slice(lines[1].span.start, lines[1].span.end)) : null;
  if (filer) return ctx.actors.resolve(filer[1]!);
  // ("Agriculture Secretary Tom Vilsack today spoke before the House Committee on Agriculture:" over his quoted words)
  const spoke = SPOKE_BEFORE.exec(headline);
  if (spoke && personName(spoke[1]!.trim())) return ctx.actors.resolve(spoke[1]!.trim());
  const speaker = testifier(article) ?? interviewee(article) ?? authorUnderHeadline(article);
  if (speaker) return ctx.actors.resolve(speaker);
  // ("NSF Public Affairs:" over a note to reporters: the publisher's own office signs what follows)
  const sender = /^\s*(\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){1,5})\s*:\s*$/u.exec(headline);
  if (sender && ownOffice(sender[1]!, article.meta.outlet)) return ctx.actors.resolve(sender[1]!);
  // ("By Katherine G. Hammack, Assistant Secretary of the Army" over a text that says "our" and "we": an official's signed article is hers)
  // (on the first line too, where a copy kept no headline: "By Darren Chester, Federal Transport Minister" / "IN THE past 45 years, ...")
  const signed = lines.map((l) => OFFICIAL_BYLINE.exec(text.slice(l.span.start, l.span.end))).find((m) => m && personName(m[1]!));
  if (signed && (text.match(/\b(?:[Ww]e|[Oo]ur|[Uu]s|I)\b/g) ?? []).length >= 2) return ctx.actors.resolve(signed[1]!.trim());
  // "The Commission has released its statistical summary of ...": a publisher introducing its own data
  // ("Defense Department officials announced the services’ recruiting and retention numbers": so do its officials)
  // (a subtitle and a summary paragraph may come before the lead: "Schools in Scotland" / "A National Statistics Publication ..." / "There has been ...")
  for (const line of article.syntax.lines.slice(0, 4)) {
    const release = /(?:^|[.!?—–]\s+)((?:The\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}&.’'-]*))*)(?:\s+officials)?\s+(?:(?:has|have|recently|today|yesterday|also|now)\s+)*(?:released|published|issued|announced)\s+(?:(?:(?:its|their|the)\s+|(?=results\s+of\b))(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:summary|report|analysis|data|statistics|figures|numbers|results|estimates|survey|study|update|bulletin|outlook|assessment)\b|(?:\p{Lu}[\p{L}’'-]*\s+){1,5}(?:-|–|—|which\b)|(?:\p{Lu}[\p{L}’'-]*\s+){1,5}(?:19|20)\d\d\s*[.,])/u.exec(text.slice(line.span.start, line.span.end));
    if (!release) continue;
    const actor = ctx.actors.resolve(release[1]!);
    // ("Scotland’s Chief Statistician yesterday published results of ...": an office named by its title alone is no person's say)
    if (actor.kind !== 'person' || !personName(release[1]!)) return actor;
  }
  // ("About this release" / "This quarterly release by Public Health Scotland relates to ...": a release that says whose it is)
  const releaseBy = article.syntax.lines.slice(0, 6).map((l) => RELEASE_BY.exec(text.slice(l.span.start, l.span.end))).find((m) => m);
  if (releaseBy) return ctx.actors.resolve(releaseBy[1]!);
  for (const line of lines) {
    // (sentence by sentence, as drafting reads cues: a source is looked for within its own sentence)
    for (const cue of splitSentences(text, line.span, []).flatMap((sentence) => findCues(text, sentence)).filter((c) => !c.scope)) {
      // "according to an analysis by the Federal Election Commission": a lead that names an
      // institution's own data speaks for the whole text, as a release of it does
      // ("According to the latest independent statistics, released by the ONS on Monday, ...": the releaser's data)
      const released = /^according/i.test(text.slice(cue.cue.start, cue.cue.end)) && DOCUMENT.test(text.slice(cue.source.start, cue.source.end)) ? RELEASED_BY.exec(text.slice(cue.source.end, cue.source.end + 80)) : null;
      if (released) return ctx.actors.resolve(released[1]!);
      if (/^according/i.test(text.slice(cue.cue.start, cue.cue.end)) && DOCUMENT.test(text.slice(cue.cue.end, cue.source.start))) {
        const actor = ctx.actors.resolve(text.slice(cue.source.start, cue.source.end));
        if (actor.kind !== 'person' && referenceOf(text.slice(cue.source.start, cue.source.end)).by === 'name') return actor;
      }
      const around = text.slice(Math.max(line.span.start, Math.min(cue.cue.start, cue.source.start) - 40), Math.min(line.span.end, Math.max(cue.cue.end, cue.source.end) + 20));
      const phrase = text.slice(cue.source.start, cue.source.end);
      // ("Visitor numbers ... were up 5.4 percent, Stats NZ said today." under "... – Stats NZ Media Release": "said" too, from
      // an institution the headline names as well: its own release, where news has a ministry say things today)
      const saidOwn = /\bsaid\b/i.test(around) && headline.toLowerCase().includes(phrase.replace(/^the\s+/i, '').toLowerCase());
      // ("The Defense Department reported strong recruiting numbers for fiscal 2007 today": "today" closing the clause)
      const todayAfter = /^[^.;!?,]{0,60}\btoday\b/i.test(text.slice(cue.cue.end, line.span.end));
      if ((!/\b(announced|released|reported|issued|published)\b/i.test(around) && !saidOwn) || !(/\btoday\b/i.test(around) || todayAfter)) continue;
      // ("... the results of Statistics New Zealand's most recent survey of visitor arrivals. The survey, which was released
      // today, shows ...": a survey released today speaks for its owner, whom the lead names)
      const owner = /^the\s+(?:survey|report|figures|data|statistics|study|census)$/i.test(phrase.trim()) ? [...text.slice(lines[0]!.span.start, cue.source.start).matchAll(OWNER_OF_DOCUMENT)].pop() : undefined;
      if (owner) return ctx.actors.resolve(owner[1]!);
      // ("The Continuum of Care grants announced today support ...": what was announced, no one announcing)
      if (referenceOf(phrase).by !== 'name' || ANNOUNCED_THINGS.test(phrase)) continue;
      const actor = ctx.actors.resolve(phrase);
      if (actor.kind !== 'person') return actor;
    }
  }
  return undefined;
}

/** A title line ending on whose speech it is: "... - Speaking points of Commissioner Marianne Thyssen", "Extracts from the press conference by Olli Rehn, ...". */
const SPEAKING_POINTS_OF = /(?:^|[-–:]\s*|\bfrom\s+the\s+)(?:speaking points|speech|opening remarks|remarks|address|press conference)\s+(?:of|by)\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}\p{Lu}[\p{L}.’'-]*)\s*(?:$|,)/iu;
/** A statement's opening line under a note: "Statement of Keith Hall Commissioner Bureau of Labor Statistics", the name up to its comma or title. */
const STATEMENT_BELOW = /^(?:statement|remarks|testimony|prepared remarks)\s+(?:of|by)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,3}?\p{Lu}[\p{L}.’'-]*?)(?:,|\s*$|\s+(?:Commissioner|Secretary|Director|Administrator|Chairman|Chairwoman|Chair|Acting|Deputy|Assistant|Under|President|Governor|Minister|Treasurer|Senator|Bureau|Department|Office|Agency|Administration|Board|Commission|Service|before)\b)/iu;
/** A line that is only a government body's name, as under a report's title: "Department of the Interior", "U.S. Department of Energy". */
const ISSUING_BODY = /^\s*((?:the\s+)?(?:U\.S\.\s+)?(?:Department|Ministry|Office|Bureau|Agency|Administration)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|of|for)\s+)?\p{Lu}[\p{L}’'-]*){0,5})\s*$/u;
/** "Statistics New Zealand's most recent survey": an owner's document, the owner captured. */
const OWNER_OF_DOCUMENT = /((?:\p{Lu}[\p{L}.&-]*\s+){0,4}\p{Lu}[\p{L}.&-]*)[’']s\s+(?:[\p{Ll}-]+\s+){0,3}(?:survey|report|figures|data|statistics|study|census)\b/gu;
/** "The following is a statement by X regarding ...", "is the prepared testimony of X before ...", "an excerpt from the statement by X on ...". */
const STATEMENT_BY = /(?:\b(?:is|are)\s+(?:a|the)|\b(?:excerpts?|text)\s+(?:from|of)\s+(?:a|the))\s+(?:prepared\s+|joint\s+)?(?:statement|remarks|testimony)\s+(?:by|of|from)\s+(.{3,80}?)(?=\s+(?:regarding|on|about|to|before|at|for)\b|[,:]|(?<!\b\p{Lu})\.)/u;
/** A lead that says who spoke where, before the speech it quotes: "Agriculture Secretary Tom Vilsack today spoke before the House Committee on Agriculture:". */
const SPOKE_BEFORE = /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){2,6}?)(?:today\s+|yesterday\s+)?(?:spoke|testified)\s+(?:before|to|at)\b[^.:]{3,120}:\s*$/u;

/** A release's own line on whose it is: "This quarterly release by Public Health Scotland relates to ...". */
const RELEASE_BY = /^\s*This\s+(?:(?:quarterly|annual|monthly|weekly|latest|new)\s+)?(?:statistical\s+)?(?:release|publication|report|bulletin)\s+(?:by|from)\s+((?:the\s+)?\p{Lu}[\p{L}&.’'-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}&.’'-]*))*)/u;

/** A transcript's speaker tag in capitals, an office before the name: "SECRETARY REICH:", "ADMINISTRATOR BROWNER:". */
const TRANSCRIPT_TAG = /^\s*((?:SECRETARY|ADMINISTRATOR|DIRECTOR|COMMISSIONER|CHAIRMAN|GOVERNOR|SENATOR|AMBASSADOR|GENERAL|ADMIRAL|DR\.|MR\.|MS\.|MRS\.)\s+\p{Lu}[\p{Lu}’'-]+)\s*:\s+\S/u;
/** An official who issues the statement that follows: "U.S. Secretary of Labor Alexander Acosta today issued the following statement regarding ...". */
const ISSUED_STATEMENT = /(\p{Lu}[\p{L}.’'-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}.’'-]*))*)\s+(?:today\s+)?(?:issued|released|made|delivered)\s+the\s+following\s+statement\b/u;
/** A byline naming an official by title: "By Katherine G. Hammack, Assistant Secretary of the Army". */
const OFFICIAL_BYLINE = /^\s*By\s+(\p{Lu}[\p{L}.’' -]{3,60}?),\s+(?:[\p{L}-]+\s+){0,3}(?:Secretary|Director|Commander|Chief|Administrator|Minister|Chairman|Chairwoman|Chair|President|Governor|General|Admiral|Commissioner|Sergeant Major)\b/u;
/** A statement's or a hearing's opening: "Director's Statement: ...", "Mr. Chairman and Members of the Committee:". */
const TESTIMONY = /\b(?:statement|testimony|remarks)\b|^(?:Mr\.|Madam|Madame)\s+(?:Chairman|Chair|Chairwoman|Speaker)\b|\bMembers of the (?:Sub)?[Cc]ommittee\b/i;
/** A speaker naming himself: "I am Dr. Richard Hodes, Director of the NIA", "My name is Ann Lee". */
const SELF_NAMED = /\b(?:I am|I’m|I'm|My name is)\s+((?:(?:Dr|Mr|Ms|Mrs|Gen|Adm)\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){1,3})/u;

/** The name a testimony's speaker gives himself in its first lines, when its opening says it is one. */
function testifier(article: Article): string | undefined {
  const text = article.syntax.text;
  const lines = article.syntax.lines.slice(0, 6).map((l) => text.slice(l.span.start, l.span.end));
  // (or a hearing's heading: "... ADMINISTRATOR / Before the / SUBCOMMITTEE ON ...")
  if (!lines.slice(0, 3).some((l) => TESTIMONY.test(l)) && !lines.some((l) => /^\s*before\s+the\s*$/i.test(l))) return undefined;
  for (const line of lines) {
    const m = SELF_NAMED.exec(line);
    if (m && personName(m[1]!)) return m[1];
  }
  // ("STATEMENT OF / THE HONORABLE DAVID L. STRICKLAND / ADMINISTRATOR, ... / Before the ...": a hearing's witness named on a line of his own)
  return lines.find((l) => HONORABLE_LINE.test(l))?.trim();
}

/** A witness's name line in a hearing statement's heading: "THE HONORABLE JEFFREY W. RUNGE, M.D.", "The Honorable Ann Lee". */
const HONORABLE_LINE = /^\s*(?:the\s+)?honorable\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,4}(?:,\s*(?:M\.D\.|Ph\.D\.|Jr\.|J\.D\.))?\s*$/iu;

/** An interview's opening line naming whom it asks: "Questions for Tina Norris, Ph.D., ...", "Interview with ...". */
const INTERVIEW_OF = /^\s*(?:questions\s+for|(?:an?\s+)?interview\s+with|q\s*&\s*a\s+with|(?:a\s+)?conversation\s+with)\s+((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+)){1,3})/iu;

/**
 * Whom an interview in question-and-answer form asks, when its opening names them and the answers are
 * tagged with their initials ("Questions for Tina Norris, Ph.D., ..." / "Q: ..." / "TN: ..."): the answers are theirs.
 */
function interviewee(article: Article): string | undefined {
  const text = article.syntax.text;
  const lines = article.syntax.lines.map((l) => text.slice(l.span.start, l.span.end));
  const opening = lines.slice(0, 4).map((l) => INTERVIEW_OF.exec(l)).find((m) => m);
  const name = opening?.[1];
  if (!name || !personName(name)) return undefined;
  const words = name.replace(/^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+/, '').split(/\s+/);
  const tag = new RegExp(`^\\s*${words[0]![0]}\\p{Lu}?${words[words.length - 1]![0]}\\s*:`, 'u');
  return lines.some((l) => /^\s*Q\s*:/.test(l)) && lines.some((l) => tag.test(l)) ? name : undefined;
}

/** True when a sender's name holds its outlet's name or initials ("NSF Public Affairs" of the "U.S. National Science Foundation"). */
function ownOffice(name: string, outlet: string | undefined): boolean {
  if (!outlet) return false;
  const words = outlet.replace(/^(?:the\s+)?(?:U\.S\.|US|UK)\s+/i, '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]).join('');
  return name.includes(words.join(' ')) || (initials.length >= 2 && new RegExp(`\\b${initials}\\b`).test(name));
}

/** Things a release announces, which announce nothing themselves ("the grants announced today"). */
const ANNOUNCED_THINGS = /\b(?:grants?|funds?|funding|awards?|projects?|programs?|measures?|changes?|rules?|plans?|contracts?|loans?|payments?|investments?)$/i;

/** A heading that says the remarks under it were prepared for someone: "Remarks as Prepared for Secretary Bodman", "REMARKS AS PREPARED FOR DELIVERY". */
const REMARKS_AS_PREPARED = /^\s*(?:remarks|speech|testimony)\s+as\s+prepared(?:\s+for\s+delivery)?(?:\s+(?:for|by)\s+(.{3,80}?))?\s*$/i;
/** A name at the end of an office line in capitals, its middle initial kept: "U.S. SECRETARY OF TRANSPORTATION NORMAN Y. MINETA", "SECRETARY RAY LAHOOD". */
const CAPITAL_NAME_AT_END = /(?:^|\s)((?:\p{Lu}[\p{Lu}’'-]+\s+\p{Lu}\.\s+|\p{Lu}[\p{Lu}’'-]+\s+)\p{Lu}[\p{Lu}’'-]+)\s*$/u;

/** Whose prepared remarks the text is, by a heading in its first lines: the name it gives, or the name ending the line under it. */
function preparedRemarksSpeaker(article: Article): string | undefined {
  const text = article.syntax.text;
  const lines = article.syntax.lines.slice(0, 5).map((l) => text.slice(l.span.start, l.span.end));
  for (const [n, line] of lines.entries()) {
    const m = REMARKS_AS_PREPARED.exec(line);
    if (!m) continue;
    if (m[1]) return personName(m[1]) ? m[1] : undefined;
    const below = CAPITAL_NAME_AT_END.exec(lines[n + 1] ?? '');
    return below && personName(below[1]!) ? below[1] : undefined;
  }
  return undefined;
}
