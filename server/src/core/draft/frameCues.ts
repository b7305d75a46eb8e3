// Words around a figure that tell frameOf (facts.ts) what it measures: a verb of its own after
// it, people killed before it, a time or verb before a bracket, a stretch it is per, a plan, a subject.

/** A figure's own verb after it ("another 3,000 are missing"): right after a form of be, with no noun between. */
export const OWN_VERB_AFTER = /^(?:[a-z]+\s+)?(?:are|were|is|was|remain|remained|have been|had been|has been)\s$/;

/** A verb whose object is people right before a figure with no noun ("has killed more than 39,000"). */
export const PEOPLE_OBJECT_BEFORE = /\b(?:killed|killing|wounded|wounding|injured|injuring|displaced|evacuated|arrested|detained|infected|vaccinated)\s+(?:(?:more than|at least|about|nearly|almost|over|some|around|roughly|an estimated|up to|as many as)\s+)?$/i;

/** A time right before a bracketed figure: "from week 22 (", "during week 23 (", "in 2018 (", "from August 2019 (". */
export const TIME_BEFORE_BRACKET = /\s+(?:from|to|during|in|for)\s+(?:(?:week|month|quarter)\s+\d+|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s*$/;

/** A clause's verb before a bracketed figure, which measures the subject before it: "edged up (", "was little changed (". */
export const BRACKETED_AFTER_VERB = /\s+(?:edged|rose|fell|increased|decreased|grew|declined|dropped|jumped|climbed|gained|slipped|changed|totaled|totalled|stood|held|remained|was|were|is|are)\b(?:\s+(?:up|down|higher|lower|little|steady|flat|unchanged|essentially|changed|at|slightly|sharply|modestly|marginally))*\s*$/i;

/** A stretch right after a measure ("each day", "a week", "of data every day"): what it is per. */
export const PER_AFTER = /^\s*\)?\s*(?:of\s+[a-z]+\s+)?(?:each|every|a|per)\s+(day|week|hour)\b/i;

/** The words before a figure that make it a plan, forecast or need. */
export const PLANNED_BEFORE = /\b(plans?|planned|aims?|intends?|projected|forecasts?|needs?|needed|seeks?)\s+(to\b|at\b|a\b|an\b|some\b|about\b|around\b|at least\b)(?![^,;]*[,;])/i;

/** A sentence's subject before its first verb ("Corn production is forecast ..."). */
export const SUBJECT = /^\s*((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:is|are|was|were|has|have|had|rose|fell|grew|increased|decreased|declined|climbed|dropped|will|would)\b/iu;

/** A verb of change whose "by" comes later in the clause: "rose in October by 9,800", "rose 1 percent in November and by 8.4 percent", "edged down 95,000". */
export const CHANGED_BY_BEFORE = /\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slipped|gained|shrank|contracted|expanded)\b[^,;:]{0,80}?\bby\s+(?:about|nearly|some|roughly|almost|just|another|a\s+[a-z]+)?\s*$|\bedged\s+(?:up|down|higher|lower)\s+(?:about|nearly|some|roughly|almost|just)?\s*$/i;
