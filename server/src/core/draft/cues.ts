// Who is speaking in a sentence: reporting cues ("said", "according to", "data show") and the
// source phrase each one points at, in the directions news prose uses them: "X said Y",
// "Y, X said", "Y, said X", "according to X, Y", "X's estimate of Y", "Y was reported by X".
// Attribution relations as the PARC corpus frames them (source, cue, content); see docs/annotate.md.
import { findingsCue, withoutInnerReports } from './findings';
import { dataThroughParticiple } from './dataParticiple';
import type { Span } from '../span';
import { VERBS, WEAK } from './reportingVerbs';
import { adjacent, broken, LEADING_NOISE, PHRASE_STOPS, tokenize, type Token } from './cueTokens';
import { antecedent, SPOKE } from './antecedent';
import { appositionHead } from './apposition';
import { dataSource, DATE_BEFORE_VERB, dataForPeriod, kindDataForPeriod, RELEASES_RESULTS } from './sourceEdges';
import { looksLikeSource, COMMON_OPENERS, DATA_COMPOUND, DATA_NOUNS, FORESEEN, SHOWS_CHANGE, DATA_PHRASE, DAY_WORD, MODIFIERS, MONTH_NAMES, NOUN_TOO, NUMBERED_NAMES, RELEASED, RELEASING, REVISED_NOUNS, REVISING } from './cueWords';

/** A reporting cue with the source phrase it names. */
export interface Cue {
  /** The reporting word(s): "said", "according to". */
  cue: Span;
  /** The source as printed, whole ("Ukrainian President Volodymyr Zelenskyy"). */
  source: Span;
  /** Where the source stands: before the cue ("X said"), or after it ("said X", "according to X"). */
  direction: 'before' | 'after';
  /** The only figures it speaks for, when it qualifies one noun phrase ("a count of 281 issued Monday by the government"). */
  scope?: Span;
}

/** Words between a source and its verb that belong to neither ("the ministry also said", "he has said"). */
const ADVERBS = new Set(['jointly', 'together', 'both', 'also', 'later', 'previously', 'earlier', 'separately', 'further', 'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'initially',
  'recently', 'now', 'already', 'still', 'never', 'always', 'originally', 'reportedly', 'subsequently', 'officially', 'publicly', 'repeatedly', 'last', 'again', 'on', 'in', 'a', 'statement', 'televised', 'press', 'conference']);
/** What follows a participle whose noun is the clause's subject: "(announced) today will create", "(released) last week are". */
const REDUCED_RELATIVE_AFTER = /^\s+(?:(?:today|yesterday|earlier|this\s+week|last\s+week|on\s+\p{Lu}\p{Ll}+)\s+)?(?:will|would|could|can|may|might|should|are|is|were|was|have|has|had)\b/u;
/** Words that open a title or role after a name ("Commissioner Breton, responsible for the Internal Market"). */
const TITLE_WORDS = /^(?:responsible|head|director|chief|spokes(?:man|woman|person)|minister|secretary|chair(?:man|woman)?|president|founder|author|professor|leader|manager|owner|executive|commissioner|editor|analyst|economist)$/;
/** What an owner sets or foresees, a figure before it: "the Fed's 2 percent target". */
const AIMS = new Set(['target', 'goal', 'forecast', 'projection', 'estimate', 'guidance', 'ceiling', 'cap']);
/** Groups whose plural possessive names a source ("analysts' estimates"). */
const GROUP_POSSESSORS = new Set(['analysts', 'economists', 'experts', 'officials', 'investors', 'forecasters', 'researchers', 'scientists', 'traders', 'strategists', 'pollsters']);

/** True when "by" follows token `n`, right after it or after a day ("issued Monday by the government"). */
function byFollows(tokens: readonly Token[], n: number): boolean {
  return tokens[n + 1]?.lower === 'by' || (DAY_WORD.test(tokens[n + 1]?.lower ?? '') && tokens[n + 2]?.lower === 'by');
}

/** What is known, not who says it: "the evidence presented at trial", "testimony", "Other measures confirm that ...". */
const EVIDENCE = /^(?:the\s+)?(?:evidence|testimony|documents|facts)\b|^(?:(?:the|other|these|those|such|several|many|all|both)\s+)?(?:measures|indicators|signs|trends)$|^other\s+(?:data|figures|statistics|numbers)$|^(?:the\s+)?(?:[a-z]+\s+|[A-Z]{2,4}\s+)?(?:average|median)$/i;
/** What before a reporting verb says it did not report: "wouldn't", "did not", "declined to", "refused to". */
const NEGATED = /(?:\b(?:would|did|does|do|will|could|can|has|have|had)\s*(?:n['’]t|\s+not)|\bwon['’]t|\bcan['’]t|\bcannot|\b(?:declined|refused|failed|declines|refuses|decline|refuse)\s+to)\s+$/i;

/**
 * The reporting cues of one sentence (`sentence` is a span of `text`), in order. `skip`
 * holds spans (markup, figures) that a source phrase must not run into.
 */
export function findCues(text: string, sentence: Span): Cue[] {
  const tokens = tokenize(text, sentence);
  const cues: Cue[] = [];
  // (counted when first asked: only a capitalised word inside the sentence asks)
  let titleCaseRead: boolean | undefined;
  const titleCase = () => (titleCaseRead ??= tokens.length >= 3 && tokens.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.6 * tokens.filter((t) => /^\p{L}/u.test(t.text)).length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // ("the EPA released its annual enforcement results": who releases its own results speaks for them)
    const ownRelease = RELEASING.has(t.lower) && RELEASES_RESULTS.test(text.slice(t.end, t.end + 90)) ? phraseBefore(text, tokens, i) : undefined;
    if (ownRelease) { cues.push({ cue: { start: t.start, end: t.end }, source: ownRelease, direction: 'before' }); continue; }
    // ("“I think a billion,” Trump responded": a reply reports only a quotation, not "the service responded to calls")
    if (/^(?:responded|replied|answered)$/.test(t.lower) && !/[”"]\s*(?:\p{L}[\p{L}.’'-]*\s+){0,4}$/u.test(text.slice(Math.max(sentence.start, t.start - 60), t.start)) && !/^\s*[:,]?\s*[“"]/.test(text.slice(t.end, t.end + 4))) continue;
    // ("A CNN poll this week has Trump at 39 percent", "the survey gave Labour 40%": a poll states where it puts each)
    const pollPuts = /^(?:has|had|gives|gave)$/.test(t.lower) && /^\s+(?:[\p{L}’'.-]+\s+){1,4}(?:at\s+|on\s+)?[\d.]+\s?(?:%|percent|per\s?cent)/u.test(text.slice(t.end, t.end + 60)) ? phraseBefore(text, tokens, i) : undefined;
    if (pollPuts && /\b(?:poll|survey)s?\b/i.test(text.slice(pollPuts.start, pollPuts.end))) {
      // ("A CNN poll this week": its day is no part of its name)
      const when = /\s+(?:(?:this|last)\s+(?:week|month)|today|yesterday|on\s+\p{Lu}\p{Ll}+day)$/u.exec(text.slice(pollPuts.start, pollPuts.end));
      cues.push({ cue: { start: t.start, end: t.end }, source: { start: pollPuts.start, end: pollPuts.end - (when?.[0].length ?? 0) }, direction: 'before' });
      continue;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      let source = phraseAfter(text, tokens, i + 2, sentence);
      // "according to forecasts released today by the EIA": the source is who released them
      const by = source && tokens.findIndex((x, n) => n > i + 2 && x.start >= source!.end && n <= i + 12 && /^(by|with|from)$/.test(x.lower));
      // (and "the latest research results announced today by")
      if (source && by && by > 0 && /\b(released|filed|published|compiled|issued|provided|collected|gathered|announced)(?:\s+(?:today|yesterday))?$/iu.test(text.slice(source.start, source.end))) source = phraseAfter(text, tokens, by + 1, sentence) ?? source;
      // ("according to the annual numbers just released by the U.S. Agency for Global Media": a phrase that runs on to who released them)
      const runOn = source ? /\s(?:released|published|issued|compiled|announced)\s+by\s+/i.exec(text.slice(source.start, source.end)) : null;
      const releaser = runOn ? tokens.findIndex((x) => x.start === source!.start + runOn.index + runOn[0].length) : -1;
      source = (releaser > 0 ? phraseAfter(text, tokens, releaser, sentence) : undefined) ?? source;
      // "according to the evidence presented at trial": evidence and testimony are what is known, not who says it
      // ("If all goes according to plan, three complexes ...": a plan, a schedule or the rules say nothing)
      if (source && !EVIDENCE.test(text.slice(source.start, source.end)) && !/^(?:plans?|schedule|tradition|custom|protocol|script|design|expectations?|form)$/i.test(text.slice(source.start, source.end))) {
        cues.push({ cue: { start: t.start, end: tokens[i + 1]!.end }, source: dataSource(text, source), direction: 'after' });
      }
      i++;
      continue;
    }
    // "suspended per the military judge", ", per the ministry": "per" as "according to" (not "per day")
    // ("(as per theanalyst.com)", "as per the ministry": "as per" is "according to" whatever follows)
    if (t.lower === 'per' && i > 0 && (/^(?:the|a|an)$/.test(tokens[i + 1]?.lower ?? '') || (tokens[i - 1]!.lower === 'as' && /^\p{L}/u.test(tokens[i + 1]?.text ?? '')))) {
      const source = phraseAfter(text, tokens, i + 1, sentence);
      if (source && looksLikeSource(text.slice(source.start, source.end)) && !/\b(?:day|week|month|year|hour|person|capita|cent|head|share|barrel|gallon)s?$/i.test(text.slice(source.start, source.end))) {
        cues.push({ cue: { start: t.start, end: t.end }, source, direction: 'after' });
        continue;
      }
    }
    // "Officials raised the death toll to 53", "The agency lowered its forecast to 2.1 percent": who revises a figure states it
    const revises = REVISING.has(t.lower) && tokens.slice(i + 1, i + 7).some((x, n, next) => REVISED_NOUNS.test(x.lower) && !next.slice(0, n).some((y) => /^\p{N}/u.test(y.text)));
    // "The updated outlook calls for 19-25 named storms": a forecast's or a plan's figure is its owner's ("Holcomb pointed to ... $500 million": who points to it cites it)
    const callsFor = (/^call(?:s|ed)?$/.test(t.lower) && tokens[i + 1]?.lower === 'for' && /^(?:outlook|forecasts?|projections?|predictions?)$/.test(tokens[i - 1]?.lower ?? '')) || (/^point(?:s|ed)$/.test(t.lower) && tokens[i + 1]?.lower === 'to');
    // ("totals released by the country's electoral commission": data put out by someone, with "by" after)
    // (but what is issued need not be data: "40 flood warnings were issued by Natural Resources Wales" counts warnings, no one states it)
    const issuedThing = t.lower === 'issued' ? tokens.slice(Math.max(0, i - 3), i).reverse().find((x) => !/^(?:was|were|is|are|been|being|be|had|have|has|already|also)$/.test(x.lower)) : undefined;
    const issuedNoData = !!issuedThing && /^\p{Ll}+s$/u.test(issuedThing.text) && !DATA_PHRASE.test(issuedThing.text);
    const releasedBy = RELEASED.test(t.lower) && byFollows(tokens, i) && !issuedNoData;
    // "President Aquino was quoted on CNN as saying ...": the one quoted is the source
    const quotedAs = t.lower === 'quoted' && /^(?:was|were|is|been)$/.test(tokens[i - 1]?.lower ?? '') && tokens.slice(i + 1, i + 7).some((x, n, rest) => x.lower === 'as' && rest[n + 1]?.lower === 'saying') ? phraseBefore(text, tokens, i - 1) : undefined;
    if (quotedAs) { cues.push({ cue: { start: t.start, end: t.end }, source: quotedAs, direction: 'before' }); continue; }
    if (!VERBS.has(t.lower) && !revises && !callsFor && !releasedBy) continue;
    // "the initial budget deal announced Wednesday by Republican leaders was set to consume ...": a participle
    // after its noun says who made the deal, not who states the sentence's figures
    if (!releasedBy && /ed$/.test(t.lower) && byFollows(tokens, i)
      && i > 0 && /^\p{Ll}/u.test(tokens[i - 1]!.text) && !/^(?:is|are|was|were|been|be|being|has|have|had)$/.test(tokens[i - 1]!.lower)) continue;
    // ("we have done that by announcing a package worth £26 billion": a gerund after a preposition; its doer is no phrase before it)
    if (/ing$/.test(t.lower) && /^(?:by|after|before|while|when|without|since|from|for|on|upon)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // "Strava wouldn't confirm how many of its 125 million members", "declined to say": who will not state a figure states none
    if (NEGATED.test(text.slice(Math.max(sentence.start, t.start - 24), t.start))) continue;
    // ("since Wales said yes to Devolution": a vote or an answer, no report)
    if (/^(?:say|says|said|saying)$/.test(t.lower) && /^(?:yes|no)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // "It measured nearly 800 miles": a size, not a measurement someone reports
    if (t.lower === 'measured' && /^(?:\p{N}|about$|nearly$|some$|more$|roughly$|almost$|over$)/u.test(tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    // "put the toll at 52" reports; "put pressure on" does not
    // ("whose essay put him at the center of the debate": a person put somewhere is no count)
    if (/^puts?$/.test(t.lower) && (!tokens.slice(i + 1, i + 6).some((x) => x.lower === 'at') || /^(?:him|her|them|us|me|it|himself|herself|themselves)$/.test(tokens[i + 1]?.lower ?? ''))) continue;
    // ("as during the previous reporting period", "the reporting year": a period's name, no one reporting)
    if (t.lower === 'reporting' && /^(?:period|periods|year|years|cycle|date|season|requirements?|rules?|standards?|obligations?|deadline|window)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // a capitalised "State" or "Report" inside a sentence is a name, not a verb (except in a title-case headline)
    // (nor in a title-case one after "United": "Uganda and the United States." names a country)
    if (t.text !== t.lower && i > 0 && (!titleCase() || (t.lower === 'states' && tokens[i - 1]!.text === 'United'))) continue;
    // ("fewer than what most experts expected": whoever expected is a comparison's base, not the sentence's source; "Area expected to be planted": what is expected to be done has no one expecting)
    if (/^(?:expected|forecast|predicted|anticipated|projected|estimated)$/.test(t.lower) && (/\bthan\s+(?:what\s+)?(?:[\p{L}’'-]+\s+){1,4}(?:had\s+|have\s+|has\s+)?$/u.test(text.slice(Math.max(sentence.start, t.start - 60), t.start)) || (tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'be' && /^\p{Ll}+ed$/u.test(tokens[i + 3]?.text ?? '')))) continue;
    // "hospitals added 9,000 jobs", "stores adding jobs", "wholesale trade added an average of 8,000", "has added back close to 4.4 million": adding is growing, not saying
    if (/^add/.test(t.lower) && /^(\p{N}|[$€£]|jobs?$|workers$|positions$|points?$|more$|another$|some$|about$|nearly$|over$|roughly$|an?$|almost$|around$|approximately$|net$|fewer$|back$|close$|upward$|downward$|revisions?$|up$)/u.test(tokens[i + 1]?.text.toLowerCase() ?? '')) continue;
    // "a G.D.P. estimated at close to twelve million million dollars", "U.S. exports forecast at $35 billion", "benefits estimated to be $3.8 billion": a participle after what is estimated, no one estimating
    if (/^(?:estimated|valued|priced|put|set|pegged|forecast|projected)$/.test(t.lower) && (tokens[i + 1]?.lower === 'at' || (tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'be')) && !/^(?:least|most)$/.test(tokens[i + 2]?.lower ?? '') && i > 0 && !/^(?:is|are|was|were|been|be|has|have|had|he|she|they|it|we|officials|police|analysts|experts)$/.test(tokens[i - 1]!.lower)) continue;
    // "an estimated 10,000": an adjective (and so is "the number of confirmed cases"); "the Gulf states of Qatar", "led all states": a plural noun; "a report to help inform policymakers": a purpose
    if ((i > 0 && /^(a|an|the)$/.test(tokens[i - 1]!.lower)) || (/s$/.test(t.lower) && (tokens[i + 1]?.lower === 'of' || /^(?:all|both|other|many|several|most)$/.test(tokens[i - 1]?.lower ?? ''))) || (i > 1 && tokens[i - 1]!.lower === 'help' && tokens[i - 2]!.lower === 'to')) continue;
    // ("creates added value", "an added benefit": an adjective, no one adding)
    if (t.lower === 'added' && /^(?:value|benefits?|bonus|pressure|costs?|protection|security|sugars?|flexibility|incentives?|advantage|weight|strain|layer)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // ("against Ukraine’s determined offensive", "the firm's reported profit": an adjective after a possessive)
    // (and after a possessive pronoun or a modifier of counts: "its measured audience", "the combined weekly measured audience")
    if (i > 0 && (/(?:[’']s|s[’'])$/.test(tokens[i - 1]!.text) || /^(?:its|their|his|her|our|my|your|weekly|monthly|daily|annual|yearly|total|combined|overall|average|net)$/.test(tokens[i - 1]!.lower)) && /ed$/.test(t.lower) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !/^(by|that|to|on|in)$/.test(tokens[i + 1]!.lower)) continue;
    if (i > 0 && /^(of|with|for|in)$/.test(tokens[i - 1]!.lower) && /ed$/.test(t.lower) && tokens[i + 1] && /^\p{L}/u.test(tokens[i + 1]!.text) && !/^(by|that|to)$/.test(tokens[i + 1]!.lower)) continue;
    // "Ma Hao told the news agency, Xinhua, adding that ...": a participle after a comma goes on with
    // the speaker the sentence named before it, not the noun before the comma
    // (not a cue that qualifies one noun phrase: "..., compared with a count of 281 issued by the government, saying ...")
    if (/ing$/.test(t.lower) && i > 0 && /^\.?\s*,\s*$/.test(text.slice(tokens[i - 1]!.end, t.start))) {
      const last = lastUnscoped(cues, text, sentence.start, t.start);
      if (last) { cues.push({ cue: { start: t.start, end: t.end }, source: last.source, direction: 'before', ...(last.scope && { scope: last.scope }) }); continue; }
    }
    // "Kyiv's first detailed estimate", "the latest report": a noun, not a verb
    // ("analysts' estimates": a plural possessive too)
    // ("lowered its growth forecast to 2.1 percent": what a revision revises is a noun)
    if (NOUN_TOO.has(t.lower) && tokens.slice(Math.max(0, i - 5), i).some((x) => REVISING.has(x.lower))) continue;
    // ("unchanged from the August forecast": a month before it names which one; "the final statistics expected today", "data published on schools": a participle after data)
    // (and a title's participle before it: "Early Release of Selected Estimates Based on ...")
    if (NOUN_TOO.has(t.lower) && i > 0 && (/[’']s$/.test(tokens[i - 1]!.text) || MONTH_NAMES.test(tokens[i - 1]!.text) || (t.text !== t.lower && /^\p{Lu}\p{Ll}{2,}ed$/u.test(tokens[i - 1]!.text)) || /s[’']\s*$/.test(text.slice(tokens[i - 1]!.start, t.start)) || MODIFIERS.has(tokens[i - 1]!.lower))) continue;
    if (i > 0 && /^(?:expected|published|released|issued|compiled)$/.test(t.lower) && DATA_PHRASE.test(tokens[i - 1]!.lower) && /^(?:today|tomorrow|yesterday|on|next|this|last|later|in|at|soon|shortly|for|about)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    // "said X" after a comma or a closing quote, or at the start of a headline clause
    // (wire copy closes a quotation with two apostrophes: "..., '' said Daniel Berlant")
    const inverted = i > 0 && /(?:[,”"’]|'')\s*$/.test(text.slice(tokens[i - 1]!.end, t.start)) && /^(said|says|say|added|adds|wrote|writes|reported|claimed|claims|according|estimated|noted|warned|explained|stated|announced|asked|responded|replied|answered)$/.test(t.lower);
    // ("The program, announced in August, provides": a time or place after the verb, no one announcing)
    // (nor "X, responsible for Y, said: “The EU is ...”": after a colon comes what was said)
    // (nor after a name's initials set off by commas: "The World Health Organization, WHO, says a child ... dies": the name before speaks)
    if (inverted && !/^\s*:/.test(text.slice(t.end, t.end + 2)) && !/,\s*\p{Lu}{2,6}\s*,\s*$/u.test(text.slice(Math.max(sentence.start, t.start - 12), t.start)) && !/^(that|to|it|he|she|they|in|on|at|during|last|this|earlier|later|for|with|from|over|since|after|before)$/.test(tokens[i + 1]?.lower ?? '')) {
      const source = phraseAfter(text, tokens, i + 1, sentence);
      // "..., UNICEF, says up to 40 percent": what follows is the content, not a source (one capitalised word there is a name: "says Blair")
      if (source && (looksLikeSource(text.slice(source.start, source.end)) || /^\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’']+)?$/u.test(text.slice(source.start, source.end)))) { cues.push({ cue: { start: t.start, end: t.end }, source, direction: 'after' }); continue; }
    }
    // ("Cabinet Secretary for Health and Social Care Jeremy Miles, said:": a statement's speaker, the whole line before its comma)
    const lead = inverted && /^\s*:/.test(text.slice(t.end, t.end + 2)) ? /^\s*(\p{Lu}[^,;:.!?“”"]{2,120})$/u.exec(text.slice(sentence.start, tokens[i - 1]!.end)) : null;
    if (lead) { cues.push({ cue: { start: t.start, end: t.end }, source: { start: tokens[i - 1]!.end - lead[1]!.length, end: tokens[i - 1]!.end }, direction: 'before' }); continue; }
    // "Council member Raj Patel, who chairs the committee, called it a start but said ...": the subject of the sentence
    // ("Statistics for the quarter ending June 2006 show": data for a period, the period no part of the source)
    const before = kindDataForPeriod(text, sentence.start, t.start) ?? phraseBefore(text, tokens, i) ?? (/^(but|and)$/.test(tokens[i - 1]?.lower ?? '') && i >= 3 ? sentenceSubject(text, tokens) : undefined) ?? dataForPeriod(text, sentence.start, t.start);
    // "Preliminary data reported by the Federal Highway Administration shows": who released the data is the source
    if (before && RELEASED.test(t.lower) && tokens[i + 1]?.lower === 'by' && DATA_PHRASE.test(text.slice(before.start, before.end))) {
      const source = phraseAfter(text, tokens, i + 2, sentence);
      // ("Figures released by the ministry show": the data's own verb makes the cue, with who released them before it)
      if (source && tokens.some((x) => x.start > tokens[i + 2]!.start && x.end <= source.end && VERBS.has(x.lower))) { i++; continue; }
      if (source) { cues.push({ cue: { start: t.start, end: tokens[i + 1]!.end }, source, direction: 'after' }); i++; continue; }
    }
    // (released by someone, but no data: "Hostages released by the group", "A video released by the army";
    // a figure right before it is the one put out: "a count of 281 released Monday by the government")
    if (releasedBy && !VERBS.has(t.lower)) {
      if (i > 0 && /^\p{N}/u.test(tokens[i - 1]!.text)) scopedRelease(text, tokens, i, sentence, cues);
      continue;
    }
    // (a capital is a name unless the phrase opens the sentence: ", Xinhua reported")
    // ("Microsoft on Tuesday reported": a capitalised subject that is no common word names a source at the start too)
    const phrase = before ? text.slice(before.start, before.end) : '';
    const named = before !== undefined && /^\p{Lu}/u.test(phrase) && (before.start > sentence.start + 1 || (/^\p{Lu}[\p{L}&.-]+$/u.test(phrase) && !COMMON_OPENERS.has(phrase.toLowerCase())));
    // ("testimony at trial showed that ...": evidence is what is known, not who says it; "Park System Sees 330 Million Visits" is no forecast; "placing VOA reports on affiliates": a participle's object and a noun; "increased reporting of the crime": a gerund after one common word)
    // ("The loan guarantees announced today will create or save 1,359 jobs": a participle after what was announced, its clause's verb after it)
    if (before && /^(?:announced|released|unveiled|published|awarded)$/.test(t.lower) && REDUCED_RELATIVE_AFTER.test(text.slice(t.end, t.end + 40))) continue;
    // ("All told, businesses have added ...": an idiom, no one told; "the highest predicted growth rate": a participle after a superlative)
    if (before && (EVIDENCE.test(phrase) || (/^all$/i.test(phrase) && t.lower === 'told') || /^(?:the\s+)?(?:\p{Ll}+est|most|least)$/u.test(phrase) || /^\p{Ll}+ing\s+\p{Lu}/u.test(phrase) || (/^sees?$/.test(t.lower) && !FORESEEN.test(text.slice(t.end, t.end + 60))) || (/^show(?:s|ed)?$/.test(t.lower) && SHOWS_CHANGE.test(text.slice(t.end, t.end + 60))) || (t.lower.endsWith('ing') && /^\p{Ll}+$/u.test(phrase) && !looksLikeSource(phrase)))) continue;
    if (before && !(WEAK.has(t.lower) && !named && !looksLikeSource(text.slice(before.start, before.end)))) {
      cues.push({ cue: { start: t.start, end: t.end }, source: dataSource(text, before), direction: 'before' });
      continue;
    }
    // passive: "was reported by X", "were confirmed by the ministry"
    if (tokens[i + 1]?.lower === 'by' && /^(was|were|is|are|been|be)$/.test(tokens[i - 1]?.lower ?? '') && !issuedNoData) {
      const source = phraseAfter(text, tokens, i + 2, sentence);
      if (source) cues.push({ cue: { start: t.start, end: tokens[i + 1]!.end }, source, direction: 'after' });
      continue;
    }
    // "a fatalities count of 281 issued Monday by the government": a figure put out by someone, its day between
    if (releasedBy && i > 0 && /^\p{N}/u.test(tokens[i - 1]!.text)) scopedRelease(text, tokens, i, sentence, cues);
  }
  // "X's estimate of 3,000", "Kyiv's first detailed estimate"
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Kyiv's estimate", and a plural's: "analysts' estimates", "the Fed's economists' projections"
    const plural = /s$/.test(t.text) && /^[’']/.test(text.slice(t.end, t.end + 1)) && (/^[A-Z]/.test(t.text) || GROUP_POSSESSORS.has(t.lower));
    if (!plural && (!/[’']s$/.test(t.text) || !/^[A-Z]/.test(t.text))) continue;
    // "Sunday's count", "August's figures": a time, not a source
    if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|this|last|next)[’']s$/i.test(t.text)) continue;
    for (let j = i + 1; j < Math.min(i + 6, tokens.length); j++) {
      // "the Fed's 2 percent target", "the Bank's 2% inflation target": a goal or forecast the owner sets, the figure inside
      const aimed = AIMS.has(tokens[j]!.lower) && /^[\p{N}$£€]/u.test(tokens[i + 1]!.text) && tokens.slice(i + 1, j).filter((x) => !/^[\p{N}$£€.,%]+$|^(?:percent|per|cent|pc)$/u.test(x.lower)).length <= 1;
      const indexed = tokens[j]!.lower === 'index' && j < i + 4;
      // ("Statistics New Zealand’s International Visitor Arrival data": a series' capitalised name between)
      const series = !indexed && tokens.slice(i + 1, j).every((x) => /^\p{Lu}\p{Ll}/u.test(x.text)) && j > i + 1;
      if (!aimed && !indexed && ((j >= i + 4 && !series) || !DATA_NOUNS.has(tokens[j]!.lower))) continue;
      // ("Australia’s data consumption has risen": data as the first word of a compound is what is counted, no source)
      if (tokens[j]!.lower === 'data' && DATA_COMPOUND.test(tokens[j + 1]?.lower ?? '')) break;
      // "China's gold count was 38": a count of China's medals, not a count China gave ("Kyiv's first detailed estimate" is)
      if (!aimed && !series && tokens.slice(i + 1, j).some((x) => !MODIFIERS.has(x.lower) && !/^(detailed|revised|updated|provisional|own)$/.test(x.lower))) break;
      if (cues.some((c) => c.source.start <= t.start && t.end <= c.source.end)) break;
      let k = i;
      // ("the Bank of England's": a name's "of" joins its capitalised words)
      while (k > 0 && adjacent(text, tokens[k - 1]!.end, tokens[k]!.start) && (/^[A-Z]/.test(tokens[k - 1]!.text) || (k > 1 && tokens[k - 1]!.lower === 'of' && /^[A-Z]/.test(tokens[k - 2]!.text)))) k--;
      // ("the University of Michigan's Index of Consumer Sentiment stood at 88.8": a body's index is its figure; "Shanghai's index" is a market's, the writer's)
      if (indexed && k === i) break;
      cues.push({ cue: { start: tokens[j]!.start, end: tokens[j]!.end }, source: { start: tokens[k]!.start, end: plural ? t.end : t.end - 2 }, direction: 'before' });
      break;
    }
  }
  // "According to the CDC, the United States has recorded 1,020 cases": what a leading "according
  // to" introduces is its source's, and a weak verb inside it ("recorded", "found") reports nothing new
  const leading = cues.find((c) => c.direction === 'after' && /^according/i.test(text.slice(c.cue.start, c.cue.end)) && c.cue.start - sentence.start < 3);
  const kept = withoutInnerReports(text, leading ? cues.filter((c) => c === leading || c.cue.start < leading.source.end || !WEAK.has(text.slice(c.cue.start, c.cue.end).toLowerCase())) : cues);
  // ("Another finding of the survey: Two-thirds of ...": the document reads out its findings)
  const finding = cues.length === 0 ? findingsCue(text, sentence) : undefined;
  return dataThroughParticiple(text, sentence, (finding ? [finding] : kept).sort((a, b) => a.cue.start - b.cue.start));
}

/** The latest cue that speaks for its whole sentence (not one scoped to a noun phrase), else a document the sentence says was released. */
function lastUnscoped(cues: readonly Cue[], text: string, from: number, to: number): { source: Span; scope?: Span } | undefined {
  for (let n = cues.length - 1; n >= 0; n--) if (!cues[n]!.scope) return cues[n];
  // ("The Department of the Interior today released a U.S. Geological Survey report ..., estimating": the document estimates)
  const m = /\b(?:released|published|issued)\s+((?:a|an|the|its|their)\s+(?:[^,;]{0,40}?\s)?(?:report|study|survey|analysis|assessment))\b/i.exec(text.slice(from, to));
  // (for the rest of its sentence only: the release goes on in its own voice)
  return m ? { source: { start: from + m.index + m[0].length - m[1]!.length, end: from + m.index + m[0].length }, scope: { start: to, end: text.length } } : undefined;
}

/** "281 issued Monday by the government": a cue for the figure right before the verb only, its source after "by". */
function scopedRelease(text: string, tokens: readonly Token[], i: number, sentence: Span, cues: Cue[]): void {
  const by = tokens[i + 1]?.lower === 'by' ? i + 1 : i + 2;
  const source = phraseAfter(text, tokens, by + 1, sentence);
  if (source) cues.push({ cue: { start: tokens[i]!.start, end: tokens[by]!.end }, source, direction: 'after', scope: { start: tokens[i - 1]!.start, end: tokens[i]!.start } });
}

/** The capitalised name that opens a sentence (up to a comma or a lower-case word), when it is a name. */
function sentenceSubject(text: string, tokens: readonly Token[]): Span | undefined {
  let k = 0;
  while (k < tokens.length && k < 8 && (/^\p{Lu}/u.test(tokens[k]!.text) || (k > 0 && /^(?:member|of|for)$/.test(tokens[k]!.lower))) && !(k > 0 && broken(text, tokens[k - 1]!.end, tokens[k]!.start))) k++;
  // ("In January 2019, ... and claiming": a preposition opens a time or a place, not a subject)
  if (k < 2 || COMMON_OPENERS.has(tokens[0]!.lower) || /^(?:in|on|at|by|for|from|during|since|after|before|until|with|of|to|under|over)$/.test(tokens[0]!.lower)) return undefined;
  return { start: tokens[0]!.start, end: tokens[k - 1]!.end };
}

/** The phrase that ends right before the cue at `i` ("Ukraine's air force" said), or undefined. */
function phraseBefore(text: string, tokens: readonly Token[], i: number): Span | undefined {
  let j = i - 1;
  // "Neven Mimica, on June 25 announced", "Smith, on Monday, said": a date between the source and its verb, commas and all
  const dated = DATE_BEFORE_VERB.exec(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start));
  const datedFrom = dated ? tokens[i]!.start - dated[0].length : -1;
  if (dated) while (j > 0 && tokens[j]!.start >= datedFrom) j--;
  // skip "also", "has", "in a statement", "on Thursday" between source and verb
  // (and a manner adverb, "Johnson manually measured": a lower-case word in -ly)
  while (j >= 0 && (ADVERBS.has(tokens[j]!.lower) || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/.test(tokens[j]!.lower) || /^[a-z]{3,}ly$/.test(tokens[j]!.text)) && !broken(text, tokens[j]!.end, tokens[j + 1]!.start)) j--;
  // ("the Business Insights and Conditions Survey (BICS), which stated": a relative pronoun speaks for the phrase before its comma;
  // not when it tells what a document holds, "this study, which tracked 49,000 women", "figures, which show")
  if (j > 0 && j === i - 1 && SPOKE.test(tokens[i]!.lower) && /^(?:which|who)$/.test(tokens[j]!.text.replace(/^W/, 'w')) && /^\)?\s*,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return antecedent(text, tokens, j - 1);
  // "prices are projected to", "nine cases were reported": a passive's subject is what is reported, not who reports
  // ("was yesterday revealed": an adverb or a day may come between)
  if (j < i - 1 && tokens.slice(j + 1, i).some((x) => /^(is|are|was|were|been|be)$/.test(x.lower)) && /ed$|wn$|^(found|told|held|said|known|made|seen|given|taken|thought|put|set|kept|brought|forecast)$/.test(tokens[i]!.lower)) return undefined;
  // "the Bureau of Transportation Statistics (BTS) reported": bracketed initials close the name before them
  // (and stay in the phrase: they are the name's own short form)
  let initialsEnd: number | undefined;
  if (j > 0 && initialsAfter(text, tokens, j - 1)) { initialsEnd = text.indexOf(')', tokens[j]!.end) + 1; j--; }
  else if (dated && tokens[j + 1]!.start >= datedFrom) { /* the date's commas close no apposition */ }
  else if (j >= 0 && /^\s*,\s*$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) return appositionHead(text, tokens, j);
  else if (j < 0 || broken(text, tokens[j]!.end, tokens[j + 1]!.start)) return undefined;
  const end = initialsEnd ?? tokens[j]!.end;
  let k = j;
  // (a long proper name goes on: "The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau")
  while (k >= 0 && (i - k <= 10 || (i - k <= 18 && /^(?:\p{Lu}|of$|and$|the$|for$|&$)/u.test(tokens[k]!.text)))) {
    const t = tokens[k]!;
    // ("the rate fell to 4.1%, the Labor Department said": a comma ends the source before any figure)
    // ("the Department of Housing and Urban Development (HUD) and the Census Bureau": bracketed initials inside a name are part of it)
    if (k < j && broken(text, t.end, tokens[k + 1]!.start) && !insideInitials(text, tokens, k)) break;
    // "the Department of Housing and Urban Development", "the Census Bureau and the Department of ...": one name
    // ("Moore and his team found": a leader and the team speak as one)
    const joinsNames = (t.lower === 'and' || t.lower === '&') && k > 0 && /^\p{Lu}/u.test(tokens[k - 1]!.text) && (/^\p{Lu}/u.test((tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1])?.text ?? '') || /^(?:his|her|their) (?:team|colleagues|co-?authors)$/.test(`${tokens[k + 1]?.lower} ${tokens[k + 2]?.lower}`)) && (!broken(text, tokens[k - 1]!.end, t.start) || insideInitials(text, tokens, k - 1));
    // ("the WHO said": an acronym is a name, not the pronoun "who")
    // ("A report issued Thursday by the IMF says": a document put out by someone stays one phrase, dataSource reads who)
    const putOutBy = (RELEASED.test(t.lower) && byFollows(tokens, k)) || (DATA_NOUNS.has(t.lower) && /^(?:from|by)$/.test(tokens[k + 1]?.lower ?? '') && k < j);
    // ("The Healthcare Commission survey of more than 80,000 patients shows": "than" before a number bounds the sample, it ends nothing)
    if (!joinsNames && !putOutBy && ((PHRASE_STOPS.has(t.lower) && !/^[A-Z]{2,}$/.test(t.text) && !(t.lower === 'than' && /^\p{N}/u.test(tokens[k + 1]?.text ?? ''))) || VERBS.has(t.lower))) {
      // "The 82 candidates with White House bids reported $20.5 million": a counted subject discloses, it is no source
      if (/^(with|from|in|for)$/.test(t.lower) && tokens.slice(Math.max(0, k - 3), k).some((x) => /^\p{N}/u.test(x.text))) return undefined;
      break;
    }
    // "a survey of 1,000 adults" keeps its number; "the 165 Senate candidates reported $274 million": a counted subject is no source
    // ("EPA Region 4 announced": a number after such a word is part of a name)
    const ofSample = tokens[k - 1]?.lower === 'of' || (/^(?:than|about|nearly|some|over|almost|roughly|around)$/.test(tokens[k - 1]?.lower ?? '') && tokens.slice(Math.max(0, k - 3), k - 1).some((x) => x.lower === 'of'));
    // ("the July 20 paper reported": a day after its month dates the document, it counts nothing)
    if (/^\p{N}/u.test(t.text) && !ofSample && !NUMBERED_NAMES.test(tokens[k - 1]?.text ?? '') && !(MONTH_NAMES.test(tokens[k - 1]?.text ?? '') && /^\d{1,2}$/.test(t.text))) return undefined;
    k--;
  }
  k++;
  // ("A poll of 1,500 voters conducted by ... found": a phrase cut off at "of" takes the noun before it back, and its article)
  if (tokens[k]?.lower === 'of' && k >= 1 && DATA_NOUNS.has(tokens[k - 1]!.lower) && !broken(text, tokens[k - 1]!.end, tokens[k]!.start)) {
    k--;
    for (let n = 0; n < 2 && k >= 1 && !broken(text, tokens[k - 1]!.end, tokens[k]!.start) && !PHRASE_STOPS.has(tokens[k - 1]!.lower) && !VERBS.has(tokens[k - 1]!.lower); n++) k--;
  }
  // ("Commissioner Breton, responsible for the Internal Market said": an apposition the writer left unclosed describes the name before its comma)
  if (k > 0 && /^\p{Ll}/u.test(tokens[k]!.text) && TITLE_WORDS.test(tokens[k]!.lower) && /^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && /^\p{Lu}/u.test(tokens[k - 1]!.text)) {
    let h = k - 1;
    while (h > 0 && adjacent(text, tokens[h - 1]!.end, tokens[h]!.start) && /^\p{Lu}/u.test(tokens[h - 1]!.text)) h--;
    return { start: tokens[h]!.start, end: tokens[k - 1]!.end };
  }
  // ("up to 30 times more extreme heat than scientists had predicted, the study found": who expected less states nothing here;
  // "announced $35 million in Federal Highway Administration funds for infrastructure projects": a phrase cut off at a scale word is a figure's tail)
  if ((k > 0 && tokens[k - 1]!.lower === 'than') || /^(?:million|billion|trillion|percent)$/.test(tokens[k]?.lower ?? '')) return undefined;
  while (k <= j && LEADING_NOISE.has(tokens[k]!.lower)) k++;
  // ("a level it says will help": a pronoun right before the verb is its subject; the noun before it is what the clause tells of)
  if (k < j && /^(?:it|he|she|they|we)$/.test(tokens[j]!.lower)) k = j;
  // ("In January 2019, ... 15.4% of pupils were ... claiming": a month or a day alone is a time, no one speaking)
  if (k > j || (k === j && (MONTH_NAMES.test(tokens[k]!.text) || DAY_WORD.test(tokens[k]!.lower)))) return undefined;
  const start = tokens[k]!.start;
  return { start, end };
}

/** The phrase that starts at token `i` (said "the ministry's spokesman", according to "a source"), or undefined. */
function phraseAfter(text: string, tokens: readonly Token[], i: number, sentence: Span): Span | undefined {
  if (i >= tokens.length) return undefined;
  let k = i;
  let quoted = false;
  while (k < tokens.length && k - i < 12) {
    const t = tokens[k]!;
    // ("according to the new “dot plot” of rate projections": a quoted name inside the phrase)
    const gap = k > i ? text.slice(tokens[k - 1]!.end, t.start) : '';
    const opens: boolean = !quoted && /^\s*[“"]$/.test(gap) && /^[^,;:.!?“”"]{1,30}[”"]/.test(text.slice(t.start, t.start + 32));
    const closes: boolean = quoted && /^[”"]\s*$/.test(gap);
    quoted = opens || (quoted && !closes);
    if (k > i && !opens && !closes && broken(text, tokens[k - 1]!.end, t.start) && !(/^[-–/]$/.test(gap) && /^(?:19|20)\d\d$/.test(tokens[k - 1]!.text) && /^\d\d(?:\d\d)?$/.test(t.text))) break;
    // ("the Centers for Disease Control and Prevention": "and" between capitals joins one name)
    const joinsNames = t.lower === 'and' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !broken(text, tokens[k - 1]!.end, t.start);
    if (PHRASE_STOPS.has(t.lower) && k > i && !joinsNames) break;
    if (/^(on|in|at|last|this|earlier|yesterday|today)$/.test(t.lower) && k > i && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|a|the|statement|week|month|year)$/.test(tokens[k + 1]?.lower ?? '') && t.lower !== 'in') break;
    if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(t.lower)) break;
    // (a year that dates a document goes on: "according to a 2014 report from the World Bank", "the 2004-05 National Health Survey")
    if (/^\p{N}/u.test(t.text) && k > i && !/^(of|from)$/.test(tokens[k - 1]!.lower) && !(/^(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?$/.test(t.text) && /^(a|an|the|its|their)$/.test(tokens[k - 1]!.lower)) && !(/^[-–/]$/.test(gap) && /^(?:19|20)\d\d$/.test(tokens[k - 1]!.text))) break;
    k++;
  }
  if (k === i) return undefined;
  let end = tokens[k - 1]!.end;
  // trailing "in a statement" / "in a televised address": not the source
  // (and "in making the announcement", "in releasing the figures": what the source was doing as it spoke)
  const inAt = tokens.slice(i, k).findIndex((t, n) => n > 0 && t.lower === 'in' && /^(?:a|an|the|his|her|its|their|\p{Ll}+ing)$/u.test(tokens[i + n + 1]?.text ?? ''));
  if (inAt > 0) end = tokens[i + inAt - 1]!.end;
  // trailing "released", "published Wednesday": when the document came out, not who
  const lastWords = tokens.slice(i, k).filter((t) => t.end <= end);
  // (but "released today by the Census Bureau" leads to who released it: the caller reads on to "by")
  const byFollows = tokens.slice(k, k + 3).some((t) => t.lower === 'by');
  while (!byFollows && lastWords.length > 1 && /^(released|published|issued|conducted|out)$/.test(lastWords[lastWords.length - 1]!.lower)) { lastWords.pop(); end = lastWords[lastWords.length - 1]!.end; }
  return end <= sentence.end ? { start: tokens[i]!.start, end } : undefined;
}

/** True when token `n + 1` is initials in brackets right after token `n`: "Development (HUD)". */
function initialsAfter(text: string, tokens: readonly Token[], n: number, next = tokens[n + 1]): boolean {
  return tokens[n] !== undefined && next !== undefined && /^[A-Z][A-Za-z0-9.&]{1,9}$/.test(next.text) && /^\s*\($/.test(text.slice(tokens[n]!.end, next.start)) && /^\)\s*$/.test(text.slice(next.end, tokens[n + 2]?.start ?? next.end));
}

/** True when the break after token `k` is a bracket around initials: "Development (HUD) and" (at "Development" or at "HUD"). */
const insideInitials = (text: string, tokens: readonly Token[], k: number): boolean => initialsAfter(text, tokens, k) || initialsAfter(text, tokens, k - 1);

/** True for a reporting verb's form ("said", "reported"): such words name no quantity. */
export function isReportingWord(word: string): boolean {
  return VERBS.has(word) && !NOUN_TOO.has(word);
}
