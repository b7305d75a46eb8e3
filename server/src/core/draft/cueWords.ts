// The words by which cues.ts tells a reporting verb from a noun, data from who gives it, a
// revision from a figure set, and whether a phrase can be a source; and the phrases draft.ts
// keeps from being sources (a survey's sample, documents counted, a speaker's own data): lists
// kept apart from the readers so that they stay readable.
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
export const MODIFIERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'first', 'latest', 'new', 'detailed', 'official', 'initial', 'final', 'previous', 'earlier', 'monthly', 'annual', 'weekly', 'daily', 'this', 'that', 'these', 'those', 'own', 'preliminary', 'recent',
  // ("jobless claims", "insurance claims", "disability claims": the kind of claim makes it a noun; "tax estimates" too)
  'jobless', 'unemployment', 'insurance', 'disability', 'compensation', 'benefit', 'benefits', 'damage', 'damages', 'tax', 'pension', 'warranty', 'injury', 'asylum', 'refund', 'fraud', 'patent', 'liability']);
/** Nouns after "data" that make it a compound, a thing counted: "data consumption", "data centres", "a data breach". */
export const DATA_COMPOUND = /^(?:consumption|usage|use|downloads?|uploads?|traffic|cent(?:re|er)s?|breach(?:es)?|plans?|speeds?|caps?|allowances?|roaming|protection|privacy|sharing|storage|collection|volumes?|demand|costs?|charges?|networks?|transfers?|services?|limits?)$/;

/** Verbs of speech that may bring in a quotation in the next paragraph ("X said it was pleasing ..."). */
export const SPEECH = /^(?:said|says|told|added|adds|noted|notes|explained|explains|stated|commented)$/i;

/** Nouns that make a preceding phrase a data source ("data show", "a survey found"). */
export const DATA_NOUNS = new Set(['data', 'figures', 'statistics', 'numbers', 'survey', 'poll', 'report', 'study', 'analysis', 'estimate', 'estimates', 'count', 'tally', 'census', 'research', 'records', 'filing', 'statement', 'announcement', 'forecast', 'forecasts', 'projection', 'projections', 'assessment', 'findings']);
/** Capitalised words a number names one of ("Region 4", "District 9", "Local 32"): the number is part of a source's name. */
export const NUMBERED_NAMES = /^(?:Region|District|Zone|Division|Local|Sector|Ward|Precinct|Squadron|Station|Chapter|Fleet|Corps)$/;
/** Verbs by which a source puts out its own results ("released its annual results", "certified park visitation numbers"). */
export const RELEASING: ReadonlySet<string> = new Set(['released', 'releases', 'certified', 'certifies']);

/** A survey's sample before its size: "a survey of", "A poll of more than" (the sample is no counted subject). */
export const SAMPLE_OF = /\b(?:survey|poll|study|questionnaire|sample)\s+of\s+(?:more\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$/i;

/** A source phrase that counts the documents speaking: "two polls of voters", "three recent studies". */
export const COUNTED_DOCUMENTS = /^(?:the\s+)?[\p{L}\d,]+\s+(?:(?:new|recent|separate|independent|exit|opinion|latest)\s+)*(?:polls|surveys|studies|reports|analyses|estimates)\b/iu;

/** Sources a speaker cites in their own statement: "today's trade figures", "our data", "we", "I". */
export const SPEAKERS_OWN = /^(?:(?:today[’']s|these|this)\s+(?:[\p{L}-]+\s+){0,2}(?:figures|data|statistics|numbers|accounts)|our\s+(?:[\p{L}-]+\s+)?(?:figures|data|statistics)|we|i)$/iu;

/** A capitalised name, a pronoun, or a word for people or institutions: something that can report. */
export function looksLikeSource(phrase: string): boolean {
  // a capital after the first word is a name ("the Census Bureau"); a sentence's first word is capitalised anyway
  // (a web address is a publisher: "theanalyst.com")
  // ("Almost every EU Member State recorded an increase": places quantified as a set record what is counted, they tell no one)
  if (EVERY_PLACE.test(phrase)) return false;
  return /\s[A-Z]/.test(phrase) || /^[A-Z][A-Z]/.test(phrase) || /^[\p{L}\d-]+\.(?:com|org|net|gov|edu|co\.uk|org\.uk|io)$/iu.test(phrase) || /\b(he|she|they|it|officials?|ministry|agency|police|data|surveys?|polls?|reports?|study|studies|figures|statistics|results|tally|census|government|authorities|spokes\w*|source|analysts?|economists?|experts?|researchers?|scientists?|team|mayor|governor|president|minister|senator|chief|director|chairman|chairwoman|secretary|commissioner|prosecutors?|judge|lawyers?|attorneys?|company|firm|division|subsidiary|department|office|court|council|committee|union|association|institute|university|group|organi[sz]ation|coalition|charity|foundation|service|(?:news)?papers?|journals?|magazines?|doctors?|witnesses|leader|head|founder|owner|ceo|manager|coach|captain)\b/i.test(phrase);
}

/** Every or each one of a kind of place: "Almost every EU Member State", "each province", "nearly every county". */
const EVERY_PLACE = /^(?:(?:almost|nearly|virtually|practically)\s+)?(?:every|each)\s+(?:\p{Lu}[\p{L}]*\s+)*(?:member\s+state|state|country|region|province|county|district|city|town|sector|industry)\b/iu;

/** A change a subject shows, not a finding it reports: "R&D showed the most significant growth", "sources showed increases". */
export const SHOWS_CHANGE = /^\s+(?:(?:a|an|the|its|their|some)\s+)?(?:(?:most|more|largest|biggest|strongest|significant|sharp|steady|slight|modest|strong|small|large|little|further|continued|no)\s+){0,3}(?:growth|increases?|decreases?|declines?|rises?|gains?|drops?|falls?|improvements?|recovery|change)\b/i;

/** What makes "sees" a forecast ("the Fed sees three rate hikes in 2017", "It sees unemployment falling"), not what a place gets ("sees 330 million visits"). */
export const FORESEEN = /\b(?:next|coming|will|by|in (?:19|20)\d\d|falling|rising|growing|climbing|dropping|slowing|reaching|hikes?|cuts?|growth|inflation|rates?)\b/i;
/** Capitalised words that open sentences without naming anyone ("Sales reported", "Prices showed"). */
export const COMMON_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'its', 'their', 'some', 'many', 'most', 'sales', 'prices',
  'revenue', 'profits', 'profit', 'shares', 'stocks', 'exports', 'imports', 'tests', 'results', 'records', 'surveys', 'studies', 'polls', 'data', 'figures', 'reports', 'numbers', 'both', 'all', 'each', 'others', 'few', 'several',
  'everything', 'nothing', 'something', 'anything', 'everyone', 'everybody', 'nobody', 'someone', 'there', 'here', 'what', 'which',
  // ("Growers expect to harvest 72.0 million acres": a survey's population answering it, not a source)
  'growers', 'farmers', 'producers', 'respondents']);
