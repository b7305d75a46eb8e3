// The verbs that report what someone says ("said", "estimated", "announced"), in their present,
// past and -ing forms, and those among them that report only with a source nearby.

/** Reporting verbs in their present, past and -ing forms. */
const VERB_STEMS: readonly string[] = ['defines', 'define', 'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'add', 'added', 'adds', 'adding', 'estimate', 'estimated', 'estimates', 'estimating',
  'reported', 'reports', 'reporting', 'issued', 'claim', 'claimed', 'claims', 'claiming', 'announce', 'announced', 'announces', 'announcing',
  'stated', 'states', 'confirm', 'confirmed', 'confirms', 'confirming', 'warn', 'warned', 'warns', 'warning', 'wrote', 'writes', 'write',
  'noted', 'noting', 'explain', 'explained', 'explains', 'show', 'showed', 'shows', 'shown', 'found', 'finds', 'find', 'reveal', 'revealed', 'reveals',
  'indicate', 'indicated', 'indicates', 'indicating', 'showing', 'puts', 'counted', 'recorded', 'tallied', 'projected', 'projects',
  'predict', 'predicted', 'predicts', 'forecast', 'forecasts', 'calculated', 'calculates', 'cite', 'cited', 'cites', 'acknowledge', 'acknowledged', 'admit', 'admitted',
  'insist', 'insisted', 'argue', 'argued', 'disclose', 'disclosed', 'publish', 'published', 'posted', 'tweeted', 'declare', 'declared', 'inform', 'informed',
  'briefed', 'testified', 'testifies', 'testify', 'testifying', 'reiterated', 'conceded', 'suggest', 'suggested', 'suggests', 'expect', 'expects', 'expected', 'believe', 'believes', 'believed',
  'assess', 'assessed', 'assesses', 'accuse', 'accused', 'mention', 'mentioned', 'emphasised', 'emphasized', 'stressed', 'measured', 'recorded', 'put',
  'recommend', 'recommends', 'recommended', 'advise', 'advises', 'advised', 'determined', 'concluded', 'asked', 'responded', 'replied', 'answered', 'compiled', 'assembled', 'documented', 'tracked', 'sees', 'see'];
/** The reporting verbs, as a set. */
export const VERBS: ReadonlySet<string> = new Set(VERB_STEMS);
/** Verbs that report only with a human or institutional subject nearby (they are common otherwise). */
export const WEAK: ReadonlySet<string> = new Set(['defines', 'define', 'sees', 'see', 'compiled', 'assembled', 'documented', 'tracked', 'recommend', 'recommends', 'recommended', 'advise', 'advises', 'advised', 'determined', 'concluded', 'asked', 'responded', 'replied', 'answered', 'issued', 'put', 'puts', 'post', 'posted', 'reported', 'count', 'counted', 'record', 'recorded', 'records', 'find', 'found', 'finds', 'show', 'shown', 'shows', 'showed', 'expect', 'expected', 'expects', 'believe', 'believed', 'believes', 'state', 'states', 'note', 'notes', 'add', 'adds', 'project', 'projects', 'tally', 'detail', 'detailed', 'describe', 'described', 'brief', 'report', 'reports', 'publish', 'published', 'write', 'claim', 'claims', 'estimate', 'estimates', 'forecast', 'forecasts',
  // ("Everything indicates that we can register more than 1,000 deaths": evidence, not a speaker)
  'indicate', 'indicated', 'indicates', 'indicating', 'showing', 'suggest', 'suggested', 'suggests']);
