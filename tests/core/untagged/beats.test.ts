// Issue 14's failure kinds, as detector cases (sentences written for these tests, not taken
// from any article). Labels as in the corpus: the detector must report exactly the F spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCorpusFile } from '../../corpus/corpus';
import { detectFigures } from '../../../server/src/core/untagged/detect';

function check(labelled: string, vagueQuantities = false): void {
  const a = parseCorpusFile('case', labelled);
  const expected = a.labels.filter((l) => l.kind === 'F').map((l) => l.text);
  const got = detectFigures(a.text, [], { vagueQuantities, notFigures: [] }).map((c) => c.text);
  assert.deepEqual(got, expected, a.text);
}

const cases: Record<string, string[]> = {
  'scale suffixes': ['Amazon sold ⟦F|40m⟧ smart speakers', 'a ⟦F|£3.1m⟧ deal', 'it produced ⟦F|8.4m tonnes⟧ of steel', 'storing ⟦F|2.2m barrels⟧ of oil',
    'the app has ⟦F|5.6M⟧ downloads', 'a loss of ⟦F|$-12.4bn⟧ in the year', 'a ⟦F|25m⟧-long whale'],
  'glued and trade units': ['a ⟦F|7kW⟧ charger', 'a ⟦F|13.5kWh⟧ battery', '⟦F|128GB⟧ of storage', '⟦F|100Mbps⟧ broadband', 'a ⟦F|144Hz⟧ screen',
    'a ⟦F|3.2GHz⟧ chip', 'it makes ⟦F|500bhp⟧', 'a ⟦F|250-hp⟧ engine', 'cruising at ⟦F|70 mph⟧', 'a ⟦F|5000 mAh⟧ battery', '⟦F|850 sq m⟧ of offices',
    'a ⟦F|1,200 sq ft⟧ flat', '⟦F|10 ppb⟧ of lead', 'it was ⟦F|95degF⟧ (⟦F|35deg C⟧) at noon', 'petrol costs ⟦F|87.5p⟧ a litre', 'the ringgit rose ⟦F|40 sen⟧'],
  'signs': ['shares fell ⟦F|-2.4%⟧ on the day', 'a ⟦F|minus-7 yards⟧ loss', 'it fell to ⟦F|minus 40 Celsius⟧', 'a ⟦F|$-3.2bn⟧ hole', 'the range (⟦F|-0.7 to +5.7 percent⟧) is wide'],
  'years are not range ends': ['exports grew ⟦F|12%⟧ in ⟦N|2019⟧ to ⟦F|4.1 million tonnes⟧', 'from ⟦F|18 mpg⟧ in ⟦N|2010⟧ to ⟦F|31 mpg⟧ in ⟦N|2022⟧',
    'prices rose between ⟦N|2011⟧ and ⟦N|2015⟧', 'the town grew between ⟦N|A.D. 800 and 950⟧', 'it ranged from ⟦F|20.6 to 21.0 miles per gallon⟧'],
  'names and identifiers': ['the Galaxy ⟦N|S21⟧ Ultra sold well', 'a Tesla Model ⟦N|3⟧ costs more', 'an ⟦N|A320neo⟧ landed', 'the Pixel ⟦N|8⟧ has a new chip',
    'the ftse ⟦N|100⟧ fell', 'the sp ⟦N|500⟧ rose', 'ZIP code ⟦N|90210⟧ is dear', 'offices at ⟦N|12⟧ W ⟦N|44th⟧ St were sold', 'he lived at ⟦N|221⟧ Baker Street',
    'Suite ⟦N|5⟧ at ⟦N|10-12⟧ Harbour Road', 'Kane (⟦N|9⟧) scored twice', 'they lost a last-⟦N|16⟧ tie', 'new COVID ⟦N|-19⟧ cases',
    'the top areas were: ⟦N|1⟧) Denver ⟦F|13.9 percent⟧; ⟦N|2⟧) Boise ⟦F|10.3 percent⟧', 'he won the ⟦N|5,000-meter⟧ title'],
  'alternatives and multiples': ['it costs ⟦F|six or seven dollars⟧', 'it takes ⟦F|two or three weeks⟧', 'sales rose ⟦F|fourfold⟧', 'profits ⟦F|tripled⟧ last year',
    '⟦F|1 in 4⟧ adults', 'speeds ⟦F|almost quadrupled⟧', 'speeds of ⟦F|80%-90%⟧ of the advertised'],
  'scientific notation': ['⟦F|6.02×10²³⟧ molecules', 'a rate of ⟦F|3.1×10−5 per year⟧'],
  'currency codes': ['a ⟦F|USD25m⟧ loan', 'a ⟦F|EUR8m⟧ grant', 'an ⟦F|AUD2.4m⟧ deal', 'an ⟦F|INR5 trillion⟧ economy', 'it cost ⟦F|RM45⟧', 'a ⟦F|HK$1.2 billion⟧ tower',
    'a ⟦F|S$3mil⟧ fine', 'debt of ⟦F|$US40 trillion⟧', 'a ⟦F|¥800 billion⟧ budget', 'it cost ⟦F|29 cents⟧ more', 'a ⟦F|~10 Mbps⟧ line'],
  'headline bound verbs': ['Death toll ⟦F|crosses 2,000⟧', 'Exports ⟦F|top 500 tonnes⟧', 'Dow ⟦F|passes 40,000⟧', 'Toll ⟦F|nears 1,000⟧', 'Debt ⟦F|exceeds $1 trillion⟧',
    'Dow Jones ⟦F|Breaks 11,000⟧', 'prices did not exceed ⟦F|$3.00⟧ a gallon'],
  'units in words': ['it was ⟦F|1 degree Celsius or more⟧ above', 'output of ⟦F|10.9 million b/d⟧ in the year'],
};

for (const [kind, rows] of Object.entries(cases)) {
  test(`issue 14: ${kind}`, () => { for (const row of rows) check(row); });
}

test('issue 14: vague "several hundred" is one vague quantity', () => check('⟦F|several hundred⟧ people came', true));
