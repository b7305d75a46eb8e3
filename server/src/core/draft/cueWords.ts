// The words by which cues.ts tells a reporting verb from a noun, data from who gives it, and a
// revision from a figure set: lists kept apart from the cue reader so that it stays readable.
/** Verbs by which a source revises a figure it gives ("raised the death toll to 53"). */
export const REVISING = new Set(['raised', 'raises', 'revised', 'revises', 'upgraded', 'upgrades', 'downgraded', 'downgrades', 'lowered', 'lowers', 'updated', 'updates', 'trimmed', 'hiked']);
/** What such a verb revises when it reports: a count or an estimate, not a rate or a price it sets. */
export const REVISED_NOUNS = /^(?:toll|tolls|estimate|estimates|forecast|forecasts|count|tally|figure|figures|magnitude|projection|projections|outlook|guidance)$/;
/** A day between a verb and its "by": "issued Monday by the government". */
export const DAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|late|last)$/;
/** Verbs that say who put data out ("data reported by", "figures released by"). */
export const RELEASED = /^(reported|released|published|compiled|issued|provided|filed|collected|gathered)$/;
/** A phrase naming data rather than who gives it ("Preliminary data", "the latest figures"). */
export const DATA_PHRASE = /\b(data|figures|statistics|numbers|estimates?|projections?|survey|report|records|count|tally|totals?|results|analysis|study|review|assessment)$/i;
/** Reporting words that are nouns too ("an estimate", "the report"). */
export const NOUN_TOO = new Set(['estimate', 'estimates', 'report', 'reports', 'claim', 'claims', 'count', 'record', 'records', 'forecast', 'forecasts', 'tally', 'post', 'show', 'find', 'note', 'notes', 'statement', 'project', 'projects', 'brief', 'put', 'expected']);
/** A month's name before a reporting noun: "the August forecast", "the May estimate". */
export const MONTH_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words before such a noun that show it is one. */
export const MODIFIERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'first', 'latest', 'new', 'detailed', 'official', 'initial', 'final', 'previous', 'earlier', 'monthly', 'annual', 'weekly', 'daily', 'this', 'that', 'these', 'those', 'own', 'preliminary', 'recent']);
/** Nouns that make a preceding phrase a data source ("data show", "a survey found"). */
export const DATA_NOUNS = new Set(['data', 'figures', 'statistics', 'numbers', 'survey', 'poll', 'report', 'study', 'analysis', 'estimate', 'estimates', 'count', 'tally', 'census', 'research', 'records', 'filing', 'statement', 'announcement', 'forecast', 'forecasts', 'projection', 'projections', 'assessment', 'findings']);
/** Capitalised words a number names one of ("Region 4", "District 9", "Local 32"): the number is part of a source's name. */
export const NUMBERED_NAMES = /^(?:Region|District|Zone|Division|Local|Sector|Ward|Precinct|Squadron|Station|Chapter|Fleet|Corps)$/;
/** Verbs by which a source puts out its own results ("released its annual results", "certified park visitation numbers"). */
export const RELEASING: ReadonlySet<string> = new Set(['released', 'releases', 'certified', 'certifies']);
