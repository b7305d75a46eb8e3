// Word lists the untagged-figure detector reads: number words, qualifiers, units, and the
// words that make a number part of a date, a name or a label. Lower-case; looked up by Set.

/** Spelled cardinals and their values. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12],
]);

/** Scale words after a number ("3 million", "1.2bn", "£300m"). */
export const SCALES: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion', 'bn', 'mn', 'm', 'k', 'b', 'tn', 'trn', 'mln', 'bln', 'lakh', 'lakhs', 'crore', 'crores']);

/** Fraction words that need "a"/a number before them ("a third of", "two-thirds"). */
export const FRACTIONS: ReadonlySet<string> = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fourth', 'fourths', 'fifth', 'fifths', 'tenth', 'tenths', 'sixth', 'sixths', 'eighth', 'eighths',
  'hundredth', 'hundredths', 'thousandth', 'thousandths', 'millionth', 'millionths', 'billionth', 'billionths', 'trillionth', 'trillionths']);

/** Vague quantities: figures only when the user asks for them (rules.vagueQuantities). */
export const VAGUE: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'several', 'tens', 'scores']);

/** Words that start a number anchor (every form above). */
export const ANCHOR_WORDS: ReadonlySet<string> = new Set([...CARDINALS.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'quadrillion', 'quintillion', ...FRACTIONS, ...VAGUE,
  'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'tenfold', 'hundredfold', 'tripled', 'trebled', 'quadrupled', 'quintupled', 'quadruple', 'quadruples', 'quintuple', 'quintuples', 'twice', 'thrice']);

/** Qualifiers before a figure, longest first; each is a list of lower-case words. */
export const QUALIFIERS: readonly (readonly string[])[] = [
  ['no', 'more', 'than'], ['no', 'fewer', 'than'], ['not', 'more', 'than'], ['as', 'many', 'as'], ['as', 'few', 'as'], ['as', 'much', 'as'], ['as', 'low', 'as'], ['as', 'high', 'as'], ['as', 'little', 'as'],
  ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['up', 'to'], ['close', 'to'],
  ['upwards', 'of'], ['in', 'excess', 'of'], ['just', 'over'], ['just', 'under'], ['well', 'over'], ['well', 'above'], ['an', 'estimated'],
  ['about'], ['around'], ['approximately'], ['roughly'], ['nearly'], ['almost'], ['some'], ['over'], ['under'], ['below'],
  ['greater', 'than'], ['larger', 'than'], ['higher', 'than'], ['bigger', 'than'], ['lower', 'than'], ['smaller', 'than'], ['no', 'less', 'than'], ['not', 'less', 'than'],
  ['above'], ['circa'], ['between'], ['approx'],
  // ("moving toward the north near 9 mph", "winds near 65 mph": a storm advisory's approximation)
  ['near'],
  // "between about 300,000 and 500,000": both ends approximate
  ...['about', 'around', 'roughly', 'approximately', 'some'].map((w) => ['between', w]),
  // "as close as 93 miles" ("only", "just" are an emphasis, no bound: expression.ts)
  ['as', 'close', 'as'],
  // "within 15 minutes": a bound (figures/qualifiers.ts reads it)
  ['within'],
  // "by a factor of ten": a multiple (figures/quantity.ts reads it)
  ['a', 'factor', 'of'],
  // "a bit less than 400,000", "slightly more than half"
  ...['a bit', 'a little', 'slightly'].flatMap((h) => ['more than', 'less than', 'fewer than', 'over', 'under'].map((q) => [...h.split(' '), ...q.split(' ')])),
  ['slightly', 'above'], ['slightly', 'below'],
  // "a minimum of 70 overs", "a maximum 10 years": a bound (figures/qualifiers.ts reads it)
  ['a', 'minimum', 'of'], ['a', 'maximum', 'of'], ['a', 'minimum'], ['a', 'maximum'],
].sort((a, b) => b.length - a.length);

/** The last word of every qualifier ("than", "to", "about"). */
export const QUALIFIER_LAST: ReadonlySet<string> = new Set(QUALIFIERS.map((q) => q[q.length - 1]!));
/** The qualifiers by their last word, each list in QUALIFIERS' order (longest first): only those can end at the word before a figure. */
export const QUALIFIERS_BY_LAST: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([...QUALIFIER_LAST].map((w) => [w, QUALIFIERS.filter((q) => q[q.length - 1] === w)]));

/** Units that may follow a number, as lower-case phrases (1 to 3 words). Not "points" (index points count). */
export const UNIT_PHRASES: ReadonlySet<string> = new Set([
  'percent', 'per cent', 'percentage point', 'percentage points', 'pp', 'ppt', 'ppts', 'pts', 'basis point', 'basis points', 'bps', 'bp', 'pct', 'megapixel', 'megapixels', 'watt', 'watts',
  'square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'km2', 'km²', 'mi2', 'mi²', 'square miles', 'square mile', 'square nautical miles', 'square nautical mile', 'net tonne kilometres', 'net tonne kilometers', 'tonne kilometres', 'tonne kilometers', 'net tonne miles', 'tonne miles',
  'earth days', 'earth day', 'earth years', 'earth year',
  'square meters', 'square metres', 'square feet', 'hectares', 'hectare', 'acres', 'acre',
  'kilometers', 'kilometres', 'kilometer', 'kilometre', 'km', 'kms', 'miles', 'mile', 'meters', 'metres', 'meter', 'metre',
  'centimeters', 'centimetres', 'cm', 'millimeters', 'millimetres', 'mm', 'feet', 'foot', 'ft', 'inches', 'inch', 'yards', 'yard', 'nautical miles', 'statute miles', 'statute mile', 'vehicle miles', 'vehicle-miles', 'vehicle mile', 'vehicle-mile',
  'tonnes', 'tonne', 'tons', 'ton', 'metric tons', 'short tons', 'short ton', 'gigatons', 'gigaton', 'gigatonnes', 'gigatonne', 'megatonnes', 'megatonne', 'kilograms', 'kilogram', 'kg', 'kilos', 'grams', 'gram', 'pounds', 'lb', 'lbs', 'ounces',
  'liters', 'litres', 'liter', 'litre', 'gallons', 'gallon', 'barrels', 'barrel', 'cubic meters', 'cubic metres', 'cubic feet', 'cubic yards', 'cubic yard', 'ounce', 'pound',
  'seconds', 'second', 'secs', 'minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'hrs', 'hr', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'decades',
  'degrees celsius', 'degrees fahrenheit', 'degree celsius', 'degree fahrenheit', 'degrees c', 'degrees f', 'degree c', 'degree f', 'degrees', 'mph', 'km/h', 'kph', 'ppm', 'parts per million',
  'dollars', 'dollar', 'us dollars', 'euros', 'euro', 'pounds sterling', 'yuan', 'yen', 'rubles', 'roubles', 'rupees', 'hryvnias',
  'megawatts', 'gigawatts', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'kilowatt hours', 'megawatt hours', 'gigawatt hours', 'terawatt hours', 'terawatt-hours', 't/d', 'mwh/d', 'gwh/d',
  'mpge', 'mpg-equivalent', 'miles per gallon equivalent', 'l/100km', 'l/100 km', 'litres per 100 km', 'liters per 100 km', 'litres per 100 kilometres', 'liters per 100 kilometers', 'litres per hundred kilometres', 'liters per hundred kilometers',
  // issue 14: trade units, sub-units of money, one-word temperature and fuel-economy units
  'kw', 'kilowatt', 'kilowatts', 'megawatt', 'gigawatt', 'kilowatt-hours', 'mbps', 'gbps', 'kbps', 'gb', 'mb', 'tb', 'gigabytes', 'megabytes', 'terabytes', 'petabytes', 'exabytes', 'hz', 'khz', 'mhz', 'ghz', 'hertz', 'kilohertz', 'megahertz', 'gigahertz',
  'teraflops', 'petaflops', 'exaflops', 'tflops', 'pflops', 'eflops', 'flops', 'hp', 'bhp', 'horsepower', 'mah', 'sq m', 'sq ft', 'sq mi', 'sq metres', 'sq meters', 'ppb', 'parts per billion', 'cents', 'cent', 'pence', 'sen',
  'inches hg', 'inhg', 'in hg', 'b/d', 'bbl/d', 'bbl/day', 'bpd', 'mpg', 'g/km', 'grams per kilometre', 'grams per kilometer', 'g/mi', 'grams per mile', 'miles per gallon', 'degree celsius', 'degree fahrenheit', 'celsius', 'fahrenheit', 'deg c', 'deg f', 'ringgit', 'rupiah', 'kelvin', 'kelvins', 'degrees kelvin', 'microkelvin', 'microkelvins', 'nanokelvin', 'nanokelvins',
  // crop reports, doses, speeds
  'light-years', 'light-year', 'light years', 'light year', 'knots', 'knot', 'kts', 'megawatt-hours', 'gigawatt-hours', 'kilowatthours', 'megawatthours', 'gigawatthours', 'terawatthours', 'kilowatthour', 'megawatthour', 'gigawatthour', 'terawatthour', 'kilowatt-hour', 'megawatt-hour', 'gigawatt-hour', 'watt-hours', 'watt-hour', 'watt hours', 'wh', 'astronomical units', 'astronomical unit', 'au',
  'bushels', 'bushel', 'bales', 'bale', 'nanometers', 'nanometres', 'nanometer', 'nanometre', 'mg', 'milligrams', 'milligram', 'micrograms', 'microgram', 'mcg', 'ml', 'milliliters', 'millilitres', 'km/s', 'm/s', 'km/sec', 'm/sec', 'mi/sec',
  // abbreviations that stand apart from the number ("ABOUT 245 MI", "1.6 miles (2600 m)"); a money's "m" is its million
  'mi', 'm',
  // a drive's size in the singular ("a 1 terabyte hard drive"), a frame rate ("30 FPS", "60 frames per second")
  'terabyte', 'gigabyte', 'megabyte', 'petabyte', 'fps', 'frames per second',
  // data in bits ("200 terabits")
  'terabits', 'terabit', 'gigabits', 'gigabit', 'megabits', 'megabit', 'bits',
  // a flat's or a site's area ("a 300 m² flat", "85m2")
  'm2', 'm²', 'ft2', 'ft²',
  // natural gas volumes and flows ("2 Tcf", "5.3 Bcf/d")
  'bcf', 'tcf', 'mmcf', 'mcf', 'bcf/d', 'bcfd', 'mmcf/d', 'mmcfd', 'bgd', 'mgd',
  // water flows and electricity in the federal statistics' scaled units ("22.1 Ggal/d", "14 BkWh": billions of gallons a day, of kilowatthours)
  'ggal/d', 'mgal/d', 'bkwh',
  // energy in British thermal units ("28.4 quadrillion Btu")
  'btu', 'btus',
  // road traffic in billion vehicle miles ("50.5 bvm"), and miles driven as the FHWA writes them ("720.1 billion VMT", "vehicle-miles-traveled")
  'bvm', 'vmt', 'vehicle miles traveled', 'vehicle-miles-traveled', 'vehicle miles travelled',
  'kilobytes', 'kilobyte', 'megs', 'kb',
  // microscopic sizes and engine capacities ("65 µm", "scales 100 microns wide", "a 650 cc engine")
  'µm', 'μm', 'micron', 'microns', 'micrometre', 'micrometres', 'micrometer', 'micrometers', 'cc',
]);

/**
 * Each unit phrase up to every space, hyphen, slash or area power in it, and whole: the first word
 * of any unit phrase found after a number is one of these (most words after a number are none).
 */
export const UNIT_OPENINGS: ReadonlySet<string> = new Set([...UNIT_PHRASES].flatMap((p) => {
  const out = [p];
  for (let k = 0; k < p.length; k++) if (' -/2²'.includes(p[k]!)) out.push(p.slice(0, k));
  return out;
}));

/** Units that may be hyphenated to a number as a modifier ("36,000-acre", "10-percent"). */
export const COMPOUND_UNITS: ReadonlySet<string> = new Set([
  'acre', 'hectare', 'mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot', 'feet', 'inch', 'ton', 'tonne', 'percent', 'pound', 'dollar', 'square',
  'gallon', 'litre', 'liter', 'ounce', 'kilogram', 'gram', 'yard', 'centimetre', 'centimeter', 'millimetre', 'millimeter', 'megawatt', 'gigawatt',
  'hp', 'kw', 'inch', 'mph', 'yards', 'metres', 'meters', 'kilowatt', 'cubic', 'basis', 'percentage', 'megapixel', 'watt',
  // ("a 73-cent increase", "a 10-euro fee")
  'cent', 'euro',
]);

/** Plural count nouns a box score glues to a number by a hyphen ("25-points", "11-rebounds"): a modifier never takes a plural. */
export const HYPHEN_COUNT_NOUNS: ReadonlySet<string> = new Set(['points', 'rebounds', 'assists', 'goals', 'steals', 'blocks', 'yards', 'touchdowns', 'wins', 'losses', 'saves',
  'strikeouts', 'aces', 'laps', 'votes', 'seats', 'hits', 'shots', 'turnovers']);
/** Plurals of time and distance units glued by a hyphen ("38-mins", "four-days", "26.2-miles", a golf tournament's "72-holes"): no modifier takes a plural, so they measure, the word in the figure. */
export const HYPHEN_TIME_UNITS: ReadonlySet<string> = new Set(['mins', 'hrs', 'secs', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'miles', 'kilometers', 'kilometres', 'holes']);

/** Suffixes glued to digits that keep them a figure ("300m", "1.2bn", "180ml", "1.48C"). */
export const GLUED_UNITS: ReadonlySet<string> = new Set([
  'm', 'bn', 'b', 'k', 'mn', 'tn', 'trn', 'mln', 'bln', 'km', 'kms', 'km2', 'mi2', 'mm', 'cm', 'ml', 'kg', 'g', 'mg', 'mph', 'kph', 'ppm', 'ha', 'ft', 'c', 'f', 'mw', 'gw', 'kwh', 'l', 'sec', 'hrs', 'pc', 'pct', 'lb', 'lbs', 'oz', 'kmh', 'km/h', 'mi', 'yd', 'kgs', 'cl', 'dl', 'ltr', 'gal', 'bbl', 'tn',
  'million', 'billion', 'trillion', 'quadrillion', 'quintillion', 'thousand', 'kw', 'kwh', 'gb', 'mb', 'tb', 'gbs', 'mbs', 'bp', 'bps', 'mp', 'in', 'w', 'mbps', 'gbps', 'kbps', 'hz', 'khz', 'mhz', 'ghz', 'bhp', 'hp', 'mah', 'ppb', 'pp', 'ppt', 'ppts', 'p', 'degf', 'degc', 'deg', 'mil', 'mpg', 'mins', 'min', 'hr', 'fps', 'm2', 'ft2', 'kb', 'cc', 'µm', 'μm',
]);

/** Verbs that bound the figure after them, as "over" does ("death toll crosses 2,000", "Dow tops 40,000"). */
export const BOUND_VERBS: ReadonlySet<string> = new Set([
  'crosses', 'crossed', 'tops', 'topped', 'top', 'passes', 'passed', 'nears', 'neared', 'exceeds', 'exceeded', 'surpasses', 'surpassed', 'breaks', 'broke',
  // "climbs past 500", "toll past 500" (not "the past 24 hours": boundVerbBefore)
  'past',
  // after a modal: "the toll could exceed 1,000", "may top 500"
  'exceed', 'surpass', 'pass', 'cross',
  // "might eventually approach 80,000" (an upper bound, as "nears"), "continues to rise, passing 80,000"
  'approach', 'approaches', 'approached', 'approaching', 'nearing', 'passing', 'topping', 'surpassing', 'exceeding', 'crossing',
]);

/** Multiples written as one word, and their factor ("fourfold", "tripled"). */
export const MULTIPLES: ReadonlyMap<string, number> = new Map([
  ['twofold', 2], ['threefold', 3], ['fourfold', 4], ['fivefold', 5], ['sixfold', 6], ['tenfold', 10], ['hundredfold', 100],
  ['tripled', 3], ['trebled', 3], ['quadrupled', 4], ['quintupled', 5], ['quadruple', 4], ['quadruples', 4], ['quintuple', 5], ['quintuples', 5], ['twice', 2], ['thrice', 3],
]);

/** Lower-case index names: the number after one is part of the name ("ftse 100", "sp 500"). */
export const INDEX_NAMES: ReadonlySet<string> = new Set(['ftse', 'sp', 's&p', 'stoxx', 'nikkei', 'asx', 'russell', 'nifty', 'sensex', 'kospi', 'ibex', 'aex', 'smi', 'cac', 'dax', 'wig', 'topix', 'nasdaq']);

/** Street words after a number that make it an address ("221 Baker Street", "12 W 44th St"). */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'boulevard', 'blvd', 'drive', 'dr', 'way', 'place', 'pl', 'court', 'ct', 'square', 'sq', 'terrace',
  'close', 'crescent', 'highway', 'hwy', 'parkway', 'pkwy', 'row', 'walk', 'quay', 'wharf', 'mews', 'strasse', 'straße',
  'circle', 'cir', 'trail', 'trl', 'loop', 'plaza', 'alley', 'pike', 'causeway',
]);

/** Currency codes and prefixes written glued before digits ("USD25m", "RM45", "HK$1.2 billion", "$US40"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'INR', 'MYR', 'IDR', 'THB', 'PHP', 'KRW', 'ZAR', 'BRL', 'MXN', 'RUB', 'UAH', 'TRY',
  'RM', 'Rs', 'Rp', 'HK$', 'NZ$', 'S$', 'A$', 'C$', 'US$', 'R$', 'NT$', '$US',
]);

/** Rate periods after "per". */
export const PERIODS: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century', 'annum', 'capita', 'person', 'head']);

/** A quarter written before its year: "Q2 2017", "2Q 2017", "Quarter 2 2017", "H1 2017" (the year is no range end). */
export const QUARTER_BEFORE = /\b(?:q[1-4]|[1-4]q|quarter\s+[1-4]|h[12])\s+$/i;

/** Month names and abbreviations (a number next to one is a date). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Lower-case nouns that make the next number a label or identifier ("day 2", "grade three", "category 4"). */
export const LABEL_NOUNS: ReadonlySet<string> = new Set([
  'day', 'grade', 'category', 'categories', 'level', 'tier', 'phase', 'stage', 'round', 'game', 'match', 'week', 'matchweek', 'gameweek', 'page', 'pages', 'chapter', 'quarter',
  'section', 'article', 'number', 'no', 'nos', 'room', 'gate', 'code', 'zip', 'postcode', 'suite', 'apt', 'apartment', 'floor', 'box', 'pier', 'terminal', 'exit', 'model', 'platform', 'route', 'flight', 'episode', 'season', 'part', 'vol', 'volume',
  'sections', 'articles', 'chapters', 'paragraphs', 'clauses', 'sec', 'secs', 'doc', 'dkt', 'p', 'pp', 'para', 'art', 'ch', 'paragraph', 'clause', 'resolution', 'item', 'release', 'figure', 'table', 'tables', 'figures', 'chart', 'charts', 'exhibit', 'exhibits', 'appendix', 'footnote', 'version', 'type', 'class', 'mode', 'modes', 'block', 'unit', 'line', 'channel', 'lane', 'zone', 'ward', 'district', 'region', 'regions', 'padd', 'highway', 'interstate', 'auction', 'auctions', 'form', 'forms', 'docket', 'parcel', 'tract', 'sdg', 'sdgs', 'mat', 'mats', 'period', 'periods', 'heat', 'heats', 'par', 'step', 'sol',
]);

/** Capitalised words that do not make the next number a name ("All 10 sectors", "Some 12"). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'all', 'another', 'only', 'some', 'about', 'over', 'nearly', 'around', 'almost', 'in', 'on', 'at', 'by', 'for', 'from',
  'with', 'to', 'and', 'but', 'just', 'up', 'more', 'less', 'fewer', 'of', 'than', 'roughly', 'approximately', 'and', 'or', 'those', 'these',
  'its', 'his', 'her', 'their', 'our', 'my', 'your', 'least', 'after', 'before', 'since', 'until', 'during', 'between', 'among', 'nearly', 'another',
  'estimated', 'killing', 'including', 'some', 'killed', 'injured', 'wounded', 'other', 'every', 'each', 'both', 'under', 'below', 'above',
  // headline verbs in title case before a count ("Quake Kills 12", "Storm Leaves 3 Dead", "Economy Adds 200 Jobs")
  'kill', 'kills', 'leaves', 'injure', 'injures', 'wound', 'wounds', 'claims', 'hits', 'reaches', 'adds', 'sheds', 'cuts', 'loses', 'gains',
  'wins', 'sells', 'buys', 'hires', 'evacuates', 'displaces', 'arrests', 'rescues', 'sentences', 'jails', 'frees', 'strands',
  // and reporting ones ("WHO Reports 3 New Swine Flu Deaths", "Agency Sees 2 Percent Growth")
  'reports', 'reported', 'says', 'confirms', 'confirmed', 'records', 'recorded', 'finds', 'estimates', 'puts', 'raises', 'lowers', 'sets', 'announces',
  'expects', 'sees', 'forecasts', 'predicts', 'warns', 'plans', 'counts',
  // (the same verbs after a plural subject: "Astronomers Discover 5 New Planets", "Rebels Kill 12")
  'discover', 'discovers', 'discovered', 'find', 'found', 'report', 'say', 'confirm', 'record', 'estimate', 'expect', 'see', 'forecast', 'predict', 'warn', 'plan',
  'add', 'shed', 'cut', 'lose', 'gain', 'win', 'sell', 'buy', 'hire', 'evacuate', 'rescue', 'spot', 'spots', 'identify', 'identifies', 'unveil', 'unveils', 'launch', 'launches',
]);

/** Words before "one day" that make it "some day", no figure ("will one day return", "expect one day to face"). */
export const SOMEDAY_PREV: ReadonlySet<string> = new Set([
  'will', 'would', 'could', 'might', 'may', 'can', 'should', 'must', 'shall', 'expect', 'expects', 'expected', 'hope', 'hopes', 'hoped',
  'dream', 'dreams', 'dreamed', 'wish', 'wishes', 'wished', 'believe', 'believes', 'want', 'wants', 'wanted', 'plan', 'plans', 'aim', 'aims',
]);

/** Words after a number that make it a time of day ("4 a.m.", "2345 GMT"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt', 'akst', 'akdt', 'hst', 'hrs', "o'clock", 'h']);

/** Words after "100m"/"400m" that make it an event name ("women's 100m butterfly"). */
export const EVENT_WORDS: ReadonlySet<string> = new Set(['freestyle', 'free', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'relay', 'hurdles', 'dash', 'sprint', 'race', 'im', 'steeplechase', 'final', 'individual', 'title', 'event', 'heats', 'semifinal',
  'win', 'victory', 'gold', 'champion', 'world', 'record', 'winner', 'medal', 'medalist', 'specialist', 'runner', 'distance', 'titles', 'champions', 'finals', 'races', 'events', 'records']);

/** Words after "one" that keep it a pronoun or idiom ("one of", "one could"). */
export const ONE_PRONOUN_NEXT: ReadonlySet<string> = new Set([
  'of', 'another', 'with', 'who', 'that', 'which', 'where', 'whose', 'could', 'would', 'can', 'may', 'might', 'should', 'will', 'must', 'is', 'was', 'has', 'had', 'does', 'did',
  'day', 'point', 'way', 'time', 'side', 'hand', 'thing', 'and', 'or', 'but', 'too', 'else', 'by', 'reason', 'example',
  // ("I may get one myself", "buy one instead": a thing named before, not a count)
  'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves', 'instead', 'anyway', 'either',
]);

/** Words before "one" that keep it a pronoun or idiom ("no one", "at one point", "the one"). */
export const ONE_PRONOUN_PREV: ReadonlySet<string> = new Set([
  'no', 'any', 'each', 'every', 'the', 'this', 'that', 'which', 'what', 'previous', 'same', 'other', 'a', 'at', 'as', 'someone', 'anyone', 'everyone', 'last', 'next', 'only', 'new', 'old', 'big', 'such', 'little', 'how',
]);

/** Words after a spoken "one <noun>" that make it a speaker ("one scientist said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'warned', 'wrote', 'claimed', 'argued', 'asked', 'recalled']);
