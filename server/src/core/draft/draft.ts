// Drafts the annotation of one article: every untagged figure becomes a claim with its fact,
// its actor (who states it) and its as-of, and every source that states a figure becomes an
// actor mention. Markup is kept minimal: `by=` only where the model's attribution would pick
// someone else, `.own` where the article states a figure in its own voice but the model would
// borrow a speaker, `asof=` only where it differs from the published date. Existing markup is
// never changed. See docs/annotate.md.
import type { Span } from '../span';
import type { Article } from '../model/article';
import { splitSentences } from '../model/sentences';
import { findUntaggedFigures } from '../untagged/check';
import { nounAfter } from '../untagged/detect';
import { readFigure } from '../figures/read';
import { inLocalDollars } from '../figures/localDollar';
import { articleDollar } from '../model/build';
import { isCurrency } from '../figures/units';
import { findCues, type Cue } from './cues';
import { referenceOf, type DraftActor } from './actors';
import type { DraftContext } from './context';
import { findTimeMentions, type TimeMention } from './timex';
import { numberedWeeks, weekAnchorOf } from './weeks';
import { readsAsLead, storyDayOf, takesStoryDay } from './storyDay';
import { budgetYearOf, fiscalYearOf, ofTheYear } from './budgetYear';
import { pollFieldOf, speaksOfPoll } from './pollField';
import { latestStatedDate, weekdayDated } from './weekdayDate';
import { electionDayOf, gatheringDayOf, measuresQuake, measuresStorm, quakeDayOf, stormDayOf } from './eventDays';
import { asOfFor, baseAsOf, countsVotes, isComparisonBase, isNearCue, openingTime, timesLent, datesWhatFollows } from './asof';
import { ESTIMATES_FOR, reportPeriodOf, reportPeriodFor } from './reportPeriod';
import { leadPeriodOf, takesLeadPeriod } from './leadPeriod';
import { measureKey } from './measure';
import { singleQuotesAsDouble } from './singleQuotes';
import { ownerHeading } from './ownerHeading';
import { finish } from './markup';
import { mentionAt, resolveSource } from './sources';
import { alsoSaidAfter, dataGoesOn } from './alsoSaid';
import { documentVoiceOf } from './documentVoice';
import { introducesList, isInstitutionRelease, NOTES_HEADING, outletVoiceOf, UNMARKED_ITEM, DAY } from './outletVoice';
import { streakBound, THRESHOLD_BEFORE } from './streaks';
import { citedInQuotation } from './quotedCitations';
import { attributionFor, citedInAsClause, goesOnInParagraph, speaksOnAfter, contentFollows, quotedSentences, stillQuoting, speakerGoesOn, type Attributed } from './attribution';
import { comparedWith, PART_OF } from './comparison';
import { eventDayOf } from './factDay';
import { COUNTED_DOCUMENTS, SAMPLE_OF, SPEAKERS_OWN, SPEECH } from './cueWords';
import { creditedLines } from './sourceLines'; import { timeHeadingsOf } from './timeHeadings';
import { contentWords, frameOf, othersOf, nearnessOf, newSubjectBetween, type Frame } from './facts';
import { chooseFacts, type DraftedFact } from './grouping';
import { restatedAsOf } from './restatement';
import { MeasuringSources } from './measuringSources';
import { ActorChoice } from './learned/actorChoice';
import { itemDaysOf } from './itemDays';
import type { ArticleDraft, DraftedClaim, DraftedMention } from './draftTypes';

export type { ArticleDraft, DraftedClaim, DraftedMention } from './draftTypes';

/** A budget's change of a rate right after its percentage: "a 1.6 percent pay raise", "a 2.9 percent increase in". */
const BUDGET_CHANGE_AFTER = /^\s+(?:[a-z]+\s+)?(?:raise|increase|cut|decrease|rise)\b/i;
/** A paragraph opening on a part of what the one before counted ("Of these, ...", "Of this amount, ...") or on its pattern ("This pattern prevailed in each group: ..."). */
const PARTS_OF_LAST = /^\s*(?:(?:Of|Among)\s+(?:these|those|them|this\s+(?:amount|total|sum|number|group))|(?:This|The\s+same|A\s+similar)\s+(?:pattern|trend|gap|difference)\s+(?:prevailed|held|persisted|continued|was\s+seen|appeared))\b/i;
const PARTS_OF_BEFORE = /^\s*(?:Of|From)\s+(?:this|that|these|the)\s+(?:amount|total|sum|money|figure|number)\b/i;

/** Drafts `article` in `ctx` (whose actors and facts it extends, for the next articles of a run). */
export function draftArticle(article: Article, ctx: DraftContext): ArticleDraft {
  const text = article.syntax.text;
  const publishedDate = article.meta.published && /^\d{4}-\d{2}-\d{2}$/.test(article.meta.published) ? article.meta.published : undefined;
  const notes: string[] = [];
  const dollar = articleDollar(article.meta, text);
  // an undated article that names a day with its weekday ("said Thursday (December 26)") is
  // reckoned from that day; every as-of is then written out, as there is no published date
  const stated = publishedDate ? undefined : weekdayDated(article.syntax.text, { start: article.syntax.frontMatter?.span.end ?? 0, end: article.syntax.text.length }, ctx.today);
  const published = publishedDate ?? stated?.date;
  if (stated) notes.push(`no published date: dates reckoned from "${stated.text}" (${stated.date}); add published: to the front matter to be sure`);
  // (quotations marked with single quotes, "'Budget 2025 provides ...,' Mr Brown says.", read as double ones)
  const quoteText = singleQuotesAsDouble(text);
  const figures = findUntaggedFigures(article, ctx.registry.rules, { vagueQuantities: ctx.vagueQuantities, fixData: false });
  if (figures.length === 0) return { uri: article.uri, edits: [], claims: [], mentions: [], notes };
  const protectedSpans = article.syntax.spans.map((s) => s.span);
  const recent: DraftActor[] = [];
  const mentionSpans: DraftedMention[] = [];
  const measuring = new MeasuringSources(), chooser = new ActorChoice(article);
  const pending: { span: Span; text: string; frame: Frame; actor?: DraftActor; asof?: string; sameAs?: number; baseOf?: number; definite?: boolean; carried?: boolean; sentence: number; part?: boolean }[] = [];
  let unresolved = 0;
  let listSource: { cue: Cue; actor?: DraftActor } | undefined;
  // a speaker whose words follow "X said:" in paragraphs of their own (a release's unquoted statement)
  let statementBy = false;
  const documentVoice = documentVoiceOf(article, ctx);
  // (an institution's own release, by its outlet: not its headline, subheads or summary bullets, which it says in no one's name)
  const outletVoice = documentVoice ? undefined : outletVoiceOf(article, ctx), releaseVoice = outletVoice ?? documentVoice ?? (isInstitutionRelease(article) || undefined);
  // what and where the story is about, for matching registry facts' qualifiers
  const topic = contentWords(text.slice(article.syntax.frontMatter?.span.end ?? 0));
  const reportPeriod = reportPeriodOf(article, published);
  // ("..., according to water use estimates for 2005": the period a lead names for its numbers dates the later figures)
  const leadPeriod = reportPeriod ? undefined : leadPeriodOf(article, published);
  const pollDay = electionDayOf(article, published);
  const pollField = pollFieldOf(article, published);
  const quakeDay = quakeDayOf(article, published), stormDay = stormDayOf(article, published), itemDays = itemDaysOf(article, published);
  const gathering = gatheringDayOf(article, published), storyDay = storyDayOf(article, published);
  const budgetYear = budgetYearOf(article, published);
  const storyAnchor = published ? undefined : latestStatedDate(text, article.syntax.frontMatter?.span.end ?? 0);
  const storyYear = fiscalYearOf(article, published ?? storyAnchor);
  const degreeScale = /\bdegrees?\s+(?:Fahrenheit|F\b)|°F/.test(text) ? 'degF' : /\bdegrees?\s+(?:Celsius|centigrade|C\b)|°C/.test(text) ? 'degC' : undefined;
  const weekAnchor = weekAnchorOf(text, published);
  let articleQuoted: { cue: Cue; actor?: DraftActor } | undefined;
  // the time a heading names for the list under it ("The Top Ten Most Visited National Parks in 2015" / "- Grand Canyon National Park – 5,520,736 Visitors")
  let listTime: string | undefined;
  // (a body line ending in a colon, "This includes:", introduces a list its outlet's voice goes on through)
  let listIntroduced = false;
  let introducedBy: { cue: Cue; actor?: DraftActor } | undefined, saidAtEnd: { cue: Cue; actor?: DraftActor } | undefined;
  const credits = creditedLines(text, article.syntax.lines, article.meta.outlet), timeHeadings = timeHeadingsOf(text, article.syntax.lines, published), headlineText = article.syntax.lines[0] && text.slice(article.syntax.lines[0].span.start, article.syntax.lines[0].span.end);
  for (const line of article.syntax.lines) {
    const lineFigures = figures.filter((f) => f.span.start >= line.span.start && f.span.end <= line.span.end);
    const credit = lineFigures.length > 0 ? credits.get(line.span.start) : undefined;
    const credited = credit && { cue: credit, actor: ctx.actors.resolve(text.slice(credit.source.start, credit.source.end)) };
    const alsoSaid = lineFigures.length > 0 ? alsoSaidAfter(article, ctx, line, protectedSpans, recent) : undefined;
    const endedOnSpeaker = saidAtEnd;
    const sentences = splitSentences(text, line.span, protectedSpans);
    const lineText = text.slice(line.span.start, line.span.end);
    // ("In 2018, 60.6% of adults ... / Of these, 81.2% ...": a paragraph that opens on a part of the figure before is of its time)
    const partOfLast = PARTS_OF_LAST.test(lineText) ? pending.find((p) => p.sentence === pending[pending.length - 1]!.sentence)?.asof : undefined;
    // (a list a line introduces with a colon goes on in its voice through lines that open with an amount: "... include an additional:" / "$1.48 billion for ..."; a short line with an arrow, "Lead ↓99 percent", is an item)
    const marked = LIST_ITEM.test(lineText) || (listIntroduced && (/^[^.!?:]{1,80}[↓↑][^.!?:]{0,40}$/u.test(lineText) || (listTime !== undefined && UNMARKED_ITEM.test(lineText)))), item = marked || (listIntroduced && (/^[$£€]?\d/.test(lineText) || DOT_LEADERS.test(lineText)));
    let carriedTime: string | undefined = marked || (item && listTime !== undefined && !DAY.test(listTime)) ? listTime : (partOfLast !== published ? partOfLast : undefined) ?? timeHeadings.get(line.span.start);
    const lineTimes: TimeMention[] = [];
    // (a paragraph that speaks of "the debate" tells of its day, from that sentence on: "The debate lasted over two hours ... Eight of the 10 questions")
    let ofGathering = false;
    let lastTime: string | undefined;
    measuring.paragraph(); chooser.paragraph(line.span);
    const quoted = quotedSentences(text, sentences);
    // ("Fifty-one percent of those questioned said ...": respondents counted by a figure answer a survey; they are no source)
    // (such a sentence still ends a list read out before it)
    let lineHasCue = false;
    const cuesOf = sentences.map((sentence) => findCues(text, sentence).filter((c) => {
      if (insideAny(c.source, protectedSpans) && !mentionAt(article, c.source)) return false;
      // ("USDA Announces $18.1 Million to Help Rural Businesses": a release's headline, in no one's voice)
      if (line === article.syntax.lines[0] && !/[.!?"”:]\s*$/.test(lineText) && /^announc/i.test(text.slice(c.cue.start, c.cue.end))) return false;
      // ("Dr Liam Fox said: / ... today's trade figures show ...": data or "we" the speaker cites are the speaker's words, and so is what "As the Prime Minister noted," opens in a statement's voice)
      if (((statementBy || credit) && SPEAKERS_OWN.test(text.slice(c.source.start, c.source.end))) || citedInQuotation(text, line.span.start, c) || (documentVoice && citedInAsClause(text, c))) return false;
      // ("according to two polls of voters": a count of the documents that speak keeps them a source)
      // (nor does the sample a survey was taken of: "A Gallup survey of 1,000 adults found")
      const counted = lineFigures.some((f) => f.span.start < c.source.end && c.source.start < f.span.end && !SAMPLE_OF.test(text.slice(c.source.start, f.span.start))) && !COUNTED_DOCUMENTS.test(text.slice(c.source.start, c.source.end));
      if (counted) lineHasCue = true;
      return !counted;
    }));
    // (a paragraph that is one quotation with no speaker of its own carries on the last quoted speaker's: an interview's answers)
    // (or the speaker whose reported words closed the paragraph before: "Steve Maharey said it was pleasing ... / “The unemployment rates ...")
    let lastQuoted: { cue: Cue; actor?: DraftActor } | undefined = /^\s*[“"]/.test(quoteText.slice(line.span.start, line.span.end)) && cuesOf.every((c) => c.length === 0) ? introducedBy ?? articleQuoted : undefined;
    const articleQuotedAtStart = lastQuoted;
    let inQuote = false;
    // the last source of this paragraph whose report goes on in its next sentences ("The report shows
    // that nearly a million ... That's among more than 20 million students")
    let lineSpeaker: { cue: Cue; actor?: DraftActor } | undefined;
    const resolvedOf: ({ cue: Cue; actor?: DraftActor; contentAfter: boolean }[] | undefined)[] = [];
    // ("after the company said it expected ...": "it" may be a source named earlier in the same sentence)
    const resolveAt = (si: number) => {
      const seen = [...recent];
      let outer: { cue: Cue; contentAfter: boolean } | undefined;
      return (resolvedOf[si] ??= cuesOf[si]!.map((c) => {
        const actor = resolveSource(article, ctx, c, seen, sentences[si]);
        if (actor) seen.push(actor);
        // "the company said it expected $310 million": a cue inside another's content leads content as that one does
        const nested = outer !== undefined && outer.contentAfter && c.source.start >= outer.cue.cue.end && c.source.start - outer.cue.cue.end <= 6;
        outer = { cue: c, contentAfter: nested || contentFollows(text, c, sentences[si]!) };
        return { cue: c, actor, contentAfter: outer.contentAfter };
      }));
    };
    for (const [si, sentence] of sentences.entries()) {
      const resolved = resolveAt(si);
      measuring.sentence(text.slice(sentence.start, sentence.end), resolved.map((r) => ({ actor: r.actor, phrase: text.slice(r.cue.source.start, r.cue.source.end) }))); chooser.sentence(resolved);
      for (const r of resolved) if (r.actor) { remember(recent, r.actor); lineHasCue = true; }
      // (an announcement closing its sentence goes on too: "..., Transport Secretary Philip Hammond announced today. The funding is in addition to the £831 million ...")
      const lastWithActor = [...resolved].reverse().find((r) => r.actor && (r.contentAfter || speaksOnAfter(text, r.cue)) && goesOnInParagraph(text, r.cue));
      if (lastWithActor) lineSpeaker = lastWithActor;
      const closing = quoted.get(si);
      const body = quoteText.slice(sentence.start, sentence.end);
      // a quotation of its own right after a quoted speaker's is theirs too ("“...,” said Dr. Vajja. “Over the last six quarters ...”")
      // (and one that opens a quotation after a quoted speaker's sentence, or goes on inside it: "... said Moumtzis. "The early months, we were responding with 1,000")
      const quoteOnly = resolved.length === 0 && lastQuoted !== undefined && (lastQuoted === articleQuotedAtStart || inQuote || /^\s*[“"]/.test(body));
      // (a quotation whose closing sentence names no one is the quoted speaker's before it)
      // (and a quotation that opens right after a sentence a person's cue speaks in: "The program, Shadan explains, grew quickly. “Within six months we had 100 children”")
      const saidBefore = si > 0 && resolved.length === 0 && /^\s*[“"]/.test(body) ? resolveAt(si - 1).find((r) => r.actor && /^\p{Lu}/u.test(text.slice(r.cue.source.start, r.cue.source.end))) : undefined;
      const quoteSpeaker = (closing !== undefined && resolved.length === 0 ? resolveAt(closing).find((r) => r.actor) : undefined) ?? (quoteOnly ? lastQuoted : undefined) ?? saidBefore;
      if (/[“”"]/.test(body)) articleQuoted = (lastQuoted = resolved.find((r) => r.actor && !citedInAsClause(text, r.cue)) ?? quoteSpeaker ?? lastQuoted) ?? articleQuoted;
      inQuote = stillQuoting(body, inQuote);
      // "... it holds approximately 800 square kilometres. The source emphasized that ...": a sentence
      // the next one carries on from with "the source", "he" or "it" is that source's report
      const next = sentences[si + 1];
      const reportedOn = resolved.length === 0 && !quoteSpeaker && next
        ? resolveAt(si + 1).find((r) => r.actor && r.cue.source.start - next.start <= 3 && referenceOf(text.slice(r.cue.source.start, r.cue.source.end)).by !== 'name' && !/^call/i.test(text.slice(r.cue.cue.start, r.cue.cue.end)))
        : undefined;
      const times = withWeeks(findTimeMentions(text, sentence, published, storyAnchor), numberedWeeks(text, sentence, weekAnchor));
      lineTimes.push(...times);
      carriedTime = openingTime(text.slice(sentence.start, sentence.end), carriedTime, lastTime);
      if (times.some((t) => !t.since && t.relative && t.value === undefined)) unresolved++;
      const sentenceFigures = lineFigures.filter((f) => f.span.start >= sentence.start && f.span.start < sentence.end);
      let previousNoun = '';
      let previousEnd = sentence.start;
      const sentenceFrames: Frame[] = [];
      let sharesPolled = false;
      let sentenceWords: string[] | undefined;
      const segmentWords = new Map<string, Set<string>>();
      for (const f of sentenceFigures) {
        const figureText = text.slice(f.span.start, f.span.end);
        const reading = inLocalDollars(readFigure(figureText), figureText, dollar());
        // (an own-voice paragraph before one whose source "also" reports is that source's: alsoSaid.ts)
        const carriedSource = resolved.length === 0 ? credited ?? listSource ?? reportedOn ?? (speakerGoesOn(text, sentence.start, f.span.start, lineSpeaker?.actor) ? lineSpeaker : undefined) ?? (cuesOf.every((c) => c.length === 0) ? alsoSaid?.() ?? endedOnSpeaker : undefined) : undefined;
        const found = measuring.attribute(text, f.span, sentence.end, resolved.length > 0, () => attributionFor(text, f.span, resolved, quoteSpeaker ?? carriedSource));
        // (a source carried from another sentence is a guess: it never makes a dispute the text states)
        const carried = resolved.length === 0 && !quoteSpeaker && found.actor !== undefined;
        // a release or statement speaks in its publisher's voice where no one else is named (and the learned choice weighs the candidates: learned/actorChoice.ts)
        const at: Attributed = chooser.choose(f.span, sentence, resolved, { quote: quoteSpeaker, lastQuoted, list: listSource, said: endedOnSpeaker, credit: credited, line: lineSpeaker, next: reportedOn, doc: documentVoice, outlet: outletVoice }, recent, found.actor ? found : documentVoice && ((line !== article.syntax.lines[0] && lineText !== headlineText /* the headline again, under the author's lines */) || /[.!?"”]\s*$/.test(lineText)) ? { actor: documentVoice } : outletVoice && (line !== article.syntax.lines[0] || readsAsLead(lineText)) && (item ? listIntroduced : /[.!?:"”’)]\s*$/.test(lineText)) ? { actor: outletVoice } : found);
        let noun = nounAfter(text, f.span.end) || nounAfter(text, f.span.end + (/^\s+(?:more|other|additional|new|further|extra)\b/i.exec(text.slice(f.span.end))?.[0].length ?? 0));
        // "6.5-magnitude", "36,000-acre": a hyphenated word after the figure names what it measures
        if (!noun) noun = /^-([a-z]{3,})\b/i.exec(text.slice(f.span.end, f.span.end + 30))?.[1]?.toLowerCase() ?? '';
        // "$500 billion in defense budget cuts", "$2 billion in aid": money "in" a noun measures that noun
        if (!noun && reading.ok && isCurrency(reading.value.unit)) noun = MONEY_IN.exec(text.slice(f.span.end, f.span.end + 60))?.[1]?.toLowerCase() ?? '';
        // "debts of $8.9 million and cash-on-hand of $222.2 million": the noun before "of" names an amount
        if (!noun) {
          const of = /\b([\p{L}][\p{L}-]{2,})\s+of\s+(?:about|around|nearly|some|roughly|almost|over|more than|less than|at least)?\s*$/iu.exec(text.slice(Math.max(sentence.start, f.span.start - 60), f.span.start));
          if (of && !/^(total|sum|number|one|some|most|all|each|part|percent|half|both|any|none|rate|level|increase|decrease|gain|loss|rise|fall|drop|change|average)$/i.test(of[1]!)) noun = of[1]!.toLowerCase();
        }
        // "15 of the 16 warmest years": a part counts what its whole counts
        // ("12 of its last 14 matches": "last" is no counted noun)
        if (/^(?:last|first|past|previous|next|latest|final)$/i.test(noun)) noun = '';
        if (!noun && /^\s+of\s+(?:the\s+)?[\d\p{L}]/u.test(text.slice(f.span.end, f.span.end + 12))) {
          const whole = sentenceFigures.find((g) => g.span.start > f.span.end && PART_OF.test(text.slice(f.span.end, g.span.start)));
          if (whole) noun = nounAfter(text, whole.span.end);
        }
        // "Police arrested 25 people ... 11 of them were juveniles": a part of them counts what was counted before
        if (/^(?:them|those|these|whom|which)$/i.test(noun)) noun = previousNoun || (pending[pending.length - 1]?.frame.noun.join(' ') ?? '');
        // ("the Dow lost 350 points, while oil rose 3%": a new subject between them counts something else)
        // (nor does a measure with a unit of its own: "6.1-magnitude, 10 kilometers below ground")
        if (!noun && previousNoun && !newSubjectBetween(text, previousEnd, f.span.start) && !(reading.ok && reading.value.unit)) noun = previousNoun;
        previousNoun = noun;
        previousEnd = f.span.end;
        const clause = clauseAround(text, sentence, f.span, sentenceFigures);
        // ("95 degrees" in a story that wrote "100 degrees Fahrenheit" before: the story's scale)
        const ownUnit = (reading.ok ? reading.value.unit : undefined) ?? unitCarriedTo(text, f.span, sentenceFigures) ?? (/\bdegrees?$/i.test(figureText) ? degreeScale : undefined);
        const frame = othersOf(frameOf(clause.before, clause.after, noun, ownUnit, text.slice(sentence.start, sentence.end), topic, sentenceWords ??= [...contentWords(text.slice(sentence.start, sentence.end))], figureText), sentenceFrames[sentenceFrames.length - 1]);
        if (reading.ok && !reading.value.unit && frame.counted && (reading.value.kind === 'lower-bound' || reading.value.kind === 'upper-bound') && THRESHOLD_BEFORE.test(text.slice(Math.max(sentence.start, f.span.start - 40), f.span.start)) || streakBound(text, sentence, f.span)) frame.threshold = true;
        if (sentenceFigures.length > 1) frame.nearness = nearnessOf(text, sentence, f.span, sentenceFigures, segmentWords);
        // vote shares and turnout hold for election day, when the sentence names no time of its own
        // (and so do the other shares the sentence lists: "the AKP had won 42 percent ... the CHP had 23 percent")
        // (a comparison's base time is another figure's: "Turnout was 71%, up from 65% in 2018")
        // ("More than 2,500 people were injured when the quake struck late Saturday": the clause's time is the quake's)
        const figureTimes = times.filter((t) => !(t.span.start > f.span.end && /\bwhen\b/i.test(text.slice(f.span.end, t.span.start))));
        const ownTime = figureTimes.some((t) => t.value && !t.since && !isNearCue(t, cuesOf[si]!) && !isComparisonBase(text, t, f.span));
        // (an election named only after the figure's paragraph is background: "to replace the results of the run-off held on November 21")
        // (a poll's shares hold for the days it was in the field, when the article names them: pollField.ts)
        const pollTime = pollDay && pollDay.at < line.span.end && (countsVotes(frame) || (sharesPolled && frame.unit === 'percent')) && !ownTime && frame.kind !== 'cumulative' ? pollDay.day
          : pollField && frame.unit === 'percent' && !ownTime && !frame.change && speaksOfPoll(text, sentence, sentences[si - 1]) ? pollField : undefined;
        if (pollTime && frame.unit === 'percent') sharesPolled = true;
        const period = reportPeriodFor(reportPeriod, text.slice(sentence.start, sentence.end), frame.kind);
        // a quake's magnitude and depth, a storm's winds and surge hold for the day it struck, when the figure's sentence gives no time of its own
        ofGathering ||= !!gathering && gathering.noun.test(text.slice(sentence.start, f.span.start));
        const quakeTime = ownTime ? undefined : quakeDay && measuresQuake(text, f.span, frame.unit) ? quakeDay : stormDay && measuresStorm(text, f.span, frame.unit) ? stormDay : ofGathering && frame.kind !== 'cumulative' ? gathering!.day : undefined;
        const stated = pollTime ?? quakeTime ?? asOfFor(text, f.span, figureTimes, at.cue, frame, carriedTime ?? (storyDay && line.span.start > storyDay.leadEnd && takesStoryDay(frame, text.slice(f.span.end, f.span.end + 60)) ? storyDay.day : undefined), period, published) ?? (frame.kind !== 'cumulative' ? period : undefined) ?? (budgetYear && (isCurrency(frame.unit) || (frame.unit === "percent" && (frame.change || BUDGET_CHANGE_AFTER.test(text.slice(f.span.end, f.span.end + 24))))) ? budgetYear : undefined) ?? (storyYear && ofTheYear(text.slice(sentence.start, sentence.end)) ? storyYear : undefined) ?? (leadPeriod && line.span.start >= leadPeriod.leadEnd && takesLeadPeriod(text, sentence.start, f.span.start) ? leadPeriod.value : undefined) ?? published ?? itemDays.get(line.span.start);
        // "compared with 390 the previous week": a comparison's base holds a stretch back
        const asof = baseAsOf(text, f.span, stated, frame.change) ?? stated;
        // "10 kilometers (6 miles)": a conversion in brackets restates the figure before it
        const previous = pending[pending.length - 1];
        const converts = previous && /^\s*\(\s*$/.test(text.slice(previous.span.end, f.span.start)) && text[f.span.end] === ')';
        if (converts) {
          // (the writer's conversion into another currency, in the writer's voice: "25,000 rubles ($420)" is the source's rubles and the writer's dollars)
          // (a measure's other unit, "10 kilometers (6 miles)", is the source's still)
          const { actor: _source, carried: _carried, ...converted } = previous;
          pending.push({ ...(isCurrency(frame.unit) && isCurrency(previous.frame.unit) && frame.unit !== previous.frame.unit ? converted : previous), span: f.span, text: figureText, sameAs: pending.length - 1 });
          continue;
        }
        // "none of the nine people": a number after "the" speaks of one already counted
        const definite = /\bthe\s+$/i.test(text.slice(Math.max(0, f.span.start - 5), f.span.start));
        const baseOf = comparedWith(text, f.span, reading, pending, sentence.start);
        pending.push({ span: f.span, text: figureText, frame, sentence: sentence.start, ...(at.actor && { actor: at.actor }), ...(asof && { asof }), ...(definite && { definite }), ...(baseOf !== undefined && { baseOf }), ...(carried && { carried }), ...(PARTS_OF_BEFORE.test(text.slice(sentence.start, sentence.start + 30)) && { part: true }) });
        sentenceFrames.push(frame);
        if (at.actor && at.cue && at.cue.source && referenceOf(text.slice(at.cue.source.start, at.cue.source.end)).by === 'name') {
          addMention(mentionSpans, article, at.cue.source, at.actor, figures.map((x) => x.span), protectedSpans);
        }
      }
      for (const frame of sentenceFrames) for (const other of sentenceFrames) if (other !== frame && other.head && other.head !== frame.head) frame.rivals.add(other.head);
      // ("Of this total, €12 million is for ...": a part of a total is no total)
      if (PART_OF_TOTAL.test(text.slice(sentence.start, sentence.end))) for (const frame of sentenceFrames) frame.rivals.add('total');
      const lent = timesLent(text, times, cuesOf[si]!);
      carriedTime = lent.event ?? carriedTime;
      lastTime = lent.last;
    }
    // "X announced the following statistics:" — the lines after it are X's until another source speaks
    const lastSentence = sentences.length > 0 ? resolvedOf[sentences.length - 1] : undefined;
    const lead = lastSentence?.find((r) => r.actor && r.contentAfter);
    // ("Electoral commission President Youssouf Bakayoko announced the provisional results on state
    // television.": a paragraph with no figure that announces results; the next ones read them out)
    const announces = lead && lineFigures.length === 0 && ANNOUNCED_RESULTS.test(text.slice(lead.cue.cue.end, Math.min(line.span.end, lead.cue.cue.end + 90)));
    // ("Highlights of the U.S. Defense Department's proposed budget for fiscal year 2013:": the lines after are its)
    const heading = !lead && lineFigures.length === 0 ? ownerHeading(text, line.span) : undefined;
    const speaks = (r: { cue: Cue; actor?: DraftActor }) => r.actor && SPEECH.test(text.slice(r.cue.cue.start, r.cue.cue.end)) && !citedInAsClause(text, r.cue);
    // (or the person who spoke before data the paragraph ends on: "He says most people know ... However, studies show ..." / "“There are major gaps ...”")
    introducedBy = lastSentence?.find(speaks) ?? (lastSentence?.every((r) => r.actor?.kind !== 'person') ? resolvedOf.slice(0, -1).reverse().flatMap((r) => [...(r ?? [])].reverse()).find((r) => speaks(r) && r.actor!.kind === 'person') : undefined);
    // ("..., Welsh Secretary David Davies has said. / Funding has now reached £1.6 billion": a paragraph that ends on who has said it goes on in theirs)
    saidAtEnd = lastSentence?.find((r) => r.actor && /^(?:said|announced)$/i.test(text.slice(r.cue.cue.start, r.cue.cue.end)) && /\b(?:has|have)\s+$/i.test(text.slice(Math.max(0, r.cue.cue.start - 6), r.cue.cue.start)) && /^\W*$/.test(text.slice(r.cue.cue.end, line.span.end))) ?? (releaseVoice && dataGoesOn(text, resolvedOf, lineHasCue, lineFigures.length > 0, endedOnSpeaker));
    statementBy &&= !lineHasCue;
    // ("Lesley Griffiths said: / “Wales leads the way ... target.” / Further figures released today show ...": a quoted statement ends where its quotation closes)
    const quotedStatement = listSource !== undefined && /^\s*[“"][^]*[”"]\s*$/.test(quoteText.slice(line.span.start, line.span.end));
    if (lead && (/:\s*$/.test(text.slice(line.span.start, line.span.end)) || announces)) { listSource = lead; statementBy = /\b(?:said|says|added|commented):\s*$/i.test(text.slice(line.span.start, line.span.end)); }
    else if (heading) listSource = { cue: heading, actor: ctx.actors.resolve(text.slice(heading.source.start, heading.source.end)) };
    else if ((lineHasCue && !statementBy) || quotedStatement || NOTES_HEADING.test(lineText)) { listSource = undefined; statementBy = false; }
    // (the times its sentences named, read once above)
    // ("Since 1 April 2024, DWP has:": the items count from then to the day it was said)
    const since = lineTimes.find((t) => t.since && t.value !== undefined)?.value?.split('..')[0];
    if (!item) listIntroduced = line !== article.syntax.lines[0] && introducesList(lineText);
    if (!marked) listTime = /[.!?]["”]?\s*$/.test(lineText) ? undefined : lineTimes.filter((t) => t.value !== undefined && !t.since && datesWhatFollows(text, t)).pop()?.value ?? (since && published && since < published ? `${since}..${published}` : undefined);
    else if (lineFigures.length === 0) listTime = lineTimes.find((t) => t.value !== undefined && !t.since && ESTIMATES_FOR.test(text.slice(line.span.start, t.span.start)))?.value ?? listTime;
  }
  if (!published) notes.push(unresolved > 0 ? `no published date: ${unresolved} relative date(s) left unresolved and as-of left to the reader` : 'no published date: as-of written only where the text gives a full date');
  const headlineEnd = article.syntax.lines[0]?.span.end ?? 0;
  const facts = chooseFacts(pending.map((p) => ({ frame: p.frame, text: p.text, asof: p.asof, actor: p.actor?.id, carried: p.carried, sameAs: p.sameAs, baseOf: p.baseOf, definite: p.definite, headline: p.span.end <= headlineEnd, sentence: p.sentence, part: p.part })), ctx);
  const paragraphs = article.syntax.lines.filter((l) => text.slice(l.span.start, l.span.end).trim() !== '').map((l) => l.span);
  const paragraphOf = (span: Span) => paragraphs.findIndex((p) => p.start <= span.start && span.end <= p.end);
  const asofs = restatedAsOf(pending.map((p, i) => ({ text: p.text, fact: facts[i]!.id, asof: p.asof, paragraph: paragraphOf(p.span), definite: p.definite && text[p.span.end] !== '-', listItem: LIST_ITEM.test(text.slice(paragraphs[paragraphOf(p.span)]?.start ?? p.span.start, p.span.start)) })), published);
  const claims = pending.map((p, i) => claimOf({ ...p, asof: (facts[i]!.registry && eventDayOf(ctx.registry, facts[i]!.id, asofs[i])) || asofs[i] }, facts[i]!, publishedDate));
  claims.forEach((c, i) => { if (c.actor && !pending[i]!.carried) ctx.namedSources.set(c, { actor: c.actor, head: pending[i]!.frame.head, verb: pending[i]!.frame.verbLemma, measure: measureKey(pending[i]!.frame) }); });
  const disputed = new Set(claims.filter((_, i) => facts[i]!.disputed && claims[i]!.fact === facts[i]!.id).map((c) => c.span.start));
  return finish(article, ctx, claims, mentionSpans, notes, disputed);
}

/** Time mentions with the numbered weeks of a report among them, in text order. */
function withWeeks(times: TimeMention[], weeks: readonly TimeMention[]): TimeMention[] {
  return weeks.length === 0 ? times : [...times, ...weeks].sort((a, b) => a.span.start - b.span.start);
}

const MONEY_IN = /^\s+in\s+(?!(?:the|a|an|this|that|its|their|his|her|our|next|last|past|each|every|early|late|mid|new)\b)((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s+(?:during|over|for|to|from|by|in|on|at|and|or|with|that|which|since|this|next|last)\b|\s*[,.;:)]|\s*$)/;

/** What an announcement of results says right after its verb: "the provisional results", "final figures". */
// ("jointly announced the following new residential construction statistics for September 2018.")
const ANNOUNCED_RESULTS = /^\s+(?:the\s+|its\s+|their\s+)?(?:(?:provisional|preliminary|final|official|partial|latest|first|full|annual)\s+)*(?:following\s+(?:[\p{L}-]+\s+){0,3}?)?(?:[\p{L}-]+\s+){0,2}?(?:results|figures|tallies|tally|count|vote count|numbers|statistics|data|estimates)\b/iu;

function remember(recent: DraftActor[], actor: DraftActor): void {
  const i = recent.indexOf(actor);
  if (i >= 0) recent.splice(i, 1);
  recent.push(actor);
}

function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

/** The text of a figure's clause before and after it (up to a comma, semicolon or the sentence's ends). */
function clauseAround(text: string, sentence: Span, figure: Span, figures: readonly { span: Span }[] = []): { before: string; after: string } {
  const head = text.slice(sentence.start, figure.start);
  const tail = text.slice(figure.end, sentence.end);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  let end = tail.search(/[,;:]/);
  // "debts of $8.9 million and cash-on-hand of $222.2 million": a figure's words stop where the next one's begin
  // (the words before stay shared: "killed 40 people in Bihar and 52 in Assam")
  const next = figures.find((g) => g.span.start >= figure.end);
  const between = next ? text.slice(figure.end, next.span.start) : '';
  const and = / (?:and|or) (?=.{0,30}$)/.exec(between);
  if (and && (end < 0 || and.index < end)) end = and.index;
  else if (next && (end < 0 || next.span.start - figure.end < end)) {
    // "108 airports in 48 states": the words after the next figure are its own; and "82 candidates
    // ... reported a total of $20.5 million": so are the words that bring it in
    const lead = /\s(?:(?:a|the)\s+)?(?:total|sum|combined total|toll|tally|count)\s+of\s*$/i.exec(between);
    end = lead ? lead.index : next.span.start - figure.end;
  }
  return { before: head.slice(cut + 1), after: end < 0 ? tail : tail.slice(0, end) };
}

/** Adds a mention over a source phrase (without a leading "the", an apposition, or a figure inside it). */
function addMention(out: DraftedMention[], article: Article, source: Span, actor: DraftActor, figures: readonly Span[], protectedSpans: readonly Span[]): void {
  const text = article.syntax.text;
  let { start, end } = source;
  const phrase = text.slice(start, end);
  const lead = /^(?:the|a|an)\s+/i.exec(phrase);
  if (lead) start += lead[0].length;
  const comma = text.slice(start, end).search(/,/);
  if (comma >= 0) end = start + comma;
  for (const f of figures) if (f.start < end && start < f.end) end = Math.min(end, f.start);
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  const trimmed = text.slice(start, end).replace(/\s+(of|from|by|in)$/i, '');
  end = start + trimmed.length;
  if (end <= start || insideAny({ start, end }, protectedSpans) || out.some((m) => m.span.start < end && start < m.span.end)) return;
  out.push({ span: { start, end }, text: text.slice(start, end), actor: actor.id });
}

function claimOf(p: { span: Span; text: string; actor?: DraftActor; asof?: string }, fact: DraftedFact, published: string | undefined): DraftedClaim {
  const written: DraftedClaim['written'] = {};
  if (p.asof && p.asof !== published) written.asof = p.asof;
  return { span: p.span, text: p.text, fact: fact.id, registryFact: fact.registry, alternatives: fact.alternatives, ...(p.actor && { actor: p.actor.id }), ...(p.asof && { asof: p.asof }), written };
}

/** "from 9.0 to 8.6 percent": the unit of the figure a bare number moves to is its unit too. */
function unitCarriedTo(text: string, figure: Span, figures: readonly { span: Span }[]): string | undefined {
  const next = figures.find((g) => g.span.start >= figure.end);
  if (!next || !/^\s+(?:to|and)\s+$/i.test(text.slice(figure.end, next.span.start))) return undefined;
  // ("the toll remains at 16 and fewer than half of the cases": a figure with a qualifier of its own is another figure)
  if (/^(?:about|around|nearly|more|less|fewer|over|under|at|up|some|roughly|almost|approximately|just|only|half|a\s)/i.test(text.slice(next.span.start, next.span.end))) return undefined;
  const reading = readFigure(text.slice(next.span.start, next.span.end));
  return reading.ok ? reading.value.unit : undefined;
}

// A sentence that opens on the whole its figures are parts of ("Of this total, ...").
const PART_OF_TOTAL = /^\s*of\s+(?:this|that|the|which)\s+(?:total|sum|amount)\b/i;
// A line that opens with a list marker ("– Protect people's health ...", "• 1.8 billion pounds"); a table's row of dot leaders ("Rape . . . . -40.0").
const LIST_ITEM = /^\s*[–—•*-]\s/, DOT_LEADERS = /(?:\s?\.){4}/;
