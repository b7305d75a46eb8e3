// Sources of measures that a sentence states without naming them again. Poll and survey results
// are the pollster's: "The other report comes from the American Farm Bureau Federation ... those
// questioned said ..." then, paragraphs on, "Fifty-one percent of those questioned said they started
// farming as a member of a family business. Twenty-seven percent entered farming on their own.": the
// respondents answer, the survey states the figure. And a quake's magnitude, depth and place are
// the seismological agency's the article named.
import type { Span } from '../span';
import type { DraftActor } from './actors';
import type { Attributed } from './attribution';
import { measuresQuake, placesQuake } from './eventDays';

/** A seismological agency's name: "the U.S. Geological Survey", "USGS", "the European-Mediterranean Seismological Centre". */
const SEISMIC = /\b(?:geological\s+survey|usgs|seismolog\w*|emsc|meteorological\s+agency|earthquake\s+(?:center|centre)|geophysic\w*|gfz)\b/i;

/** A sentence in which a source runs a survey or poll, or reports what its respondents said. */
const SURVEYS = /\b(?:surveys?|surveyed|polls?|polled|questioned|interviewed|questionnaire|respondents)\b/i;

/** A source phrase naming the people surveyed, not who surveyed them: "those questioned", "respondents", "most companies that took part in a recent survey". */
const RESPONDENTS = /^(?:the\s+|most\s+|many\s+|some\s+)?(?:(?:those|people|voters|adults|farmers|residents|americans|workers|students|parents|teachers|doctors|businesses|companies|firms)\s+(?:questioned|surveyed|polled|asked|interviewed)|respondents|(?:survey\s+|poll\s+|study\s+)?participants)$|\b(?:took|taking|take)\s+part\s+in\s+(?:an?\s+|the\s+|this\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:survey|poll|study)\b|\bparticipat(?:ed|ing)\s+in\s+(?:an?\s+|the\s+|this\s+)?(?:[\p{L}-]+\s+)?(?:survey|poll|study)\b/iu;

/** A share: a percentage, or a fraction or part in words. */
const SHARE = /(?:%|\bper\s?cent|\bpercent|\bhalf|\bthirds?|\bquarters?|\bfifths?|\bmajority|\bminority)$/i;

/** What follows a respondents' share: "of those questioned", "of respondents", "said", "favored". */
const ANSWERED = /^(?:\s*(?:%|per\s?cent|percent))?\s+(?:of\s+(?:those|the(?:\s+[\p{L}-]+){0,2}|them|all|respondents)\b(?:\s+(?:questioned|surveyed|polled|asked|interviewed))?[^,.;]{0,30}?\s+)?(?:said|say|says|told|answered|responded|reported|agreed|believed?|thought|think|favou?red|supported|opposed|approved|disapproved|wanted|planned|expected)\b/iu;

/** Tracks, across an article, the last source that ran a survey (and, in a paragraph, whether its shares are being read out) and the seismological agency it named. */
export class MeasuringSources {
  private pollster: DraftActor | undefined;
  /** ("According to the U.S. Geological Survey, four earthquakes have hit ... The second earthquake reached a magnitude 5.4": the agency's measure) */
  private seismologist: DraftActor | undefined;
  private readingOut = false;

  /** A new paragraph: shares read out before it end there. */
  paragraph(): void {
    this.readingOut = false;
  }

  /** The sources a sentence names: if it speaks of a survey, the last that is not the respondents is the pollster; a seismological agency is remembered. */
  sentence(body: string, sources: readonly { actor?: DraftActor; phrase: string }[]): void {
    this.seismologist ??= sources.find((s) => s.actor && SEISMIC.test(s.phrase))?.actor;
    if (!SURVEYS.test(body)) return;
    const named = sources.filter((s) => s.actor !== undefined && !RESPONDENTS.test(s.phrase.trim()));
    if (named.length > 0) this.pollster = named[named.length - 1]!.actor;
  }

  /**
   * Who states the figure at `span`: the pollster for a share no source in its sentence states
   * (`sourceOf`), or the seismological agency the article named for a quake's magnitude, depth or place, else `attributed()`, with the pollster (or no one) for a source phrase that
   * names the respondents ("those questioned said").
   */
  attribute(text: string, span: Span, sentenceEnd: number, sentenceHasSources: boolean, attributed: () => Attributed): Attributed {
    const pollster = sentenceHasSources ? undefined : this.sourceOf(text, span, sentenceEnd) ?? (this.seismologist && (measuresQuake(text, span, undefined) || placesQuake(text, span)) ? this.seismologist : undefined);
    if (pollster) return { actor: pollster };
    const found = attributed();
    if (!found.cue || !RESPONDENTS.test(text.slice(found.cue.source.start, found.cue.source.end).trim())) return found;
    const { actor: _respondents, ...rest } = found;
    return this.pollster ? { ...rest, actor: this.pollster } : rest;
  }

  /**
   * The pollster, for a share no one in its sentence states: one its respondents are said to
   * have given ("Fifty-one percent of those questioned said"), or one read out after it in the paragraph.
   */
  sourceOf(text: string, span: Span, sentenceEnd: number): DraftActor | undefined {
    if (!this.pollster) return undefined;
    const figure = text.slice(span.start, span.end);
    const after = text.slice(span.end, Math.min(sentenceEnd, span.end + 90));
    const share = SHARE.test(figure) || /^\s*(?:%|per\s?cent|percent)\b/i.test(after);
    if (!share) return undefined;
    if (ANSWERED.test(after)) this.readingOut = true;
    else if (!this.readingOut) return undefined;
    return this.pollster;
  }
}
