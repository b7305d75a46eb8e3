// The beats corpus's second wave (weather, health, agriculture, courts, transport, education,
// crime, elections, governance):
// the detector cases its dev errors showed, in sentences written for these tests. Labels as in
// the corpus: the detector must report exactly the F spans, and nothing labelled N.
import { test } from 'node:test';
import { checkLabelled as check } from './labelled';

const cases: Record<string, string[]> = {
  'a month or quarter before a year keeps it a year, never a range end': [
    'the judge sentenced them in ⟦N|March 2011⟧ to ⟦F|40 months⟧ and ⟦F|12 months⟧ in prison',
    'it fell from ⟦N|Sept. 2010⟧ to ⟦F|31 mpg⟧', 'profit in the ⟦N|second-quarter 2019⟧ to ⟦F|$5 billion⟧',
    'sales rose ⟦F|61%⟧ from ⟦N|1990⟧ to ⟦N|2011⟧', 'a rise of ⟦F|6.0%⟧ from ⟦N|July 2017⟧ to ⟦N|July 2018⟧'],
  'spelled numbers joined by hyphens': ['it has ⟦F|four-thousand⟧ schools', 'fees are ⟦F|ten-thousand-six-hundred dollars⟧ a year',
    'it costs ⟦F|almost twenty-seven-thousand dollars⟧', '⟦F|more than eighty-one-million⟧ voters', 'a ⟦E|two-thousand-year⟧-old road'],
  'bounds written as signs': ['gusts of ⟦F|>150 mph⟧ were seen', 'winds of ⟦F|200+ mph⟧', 'a level ⟦F|<5%⟧ is rare', 'aged ⟦F|≥ 65 years⟧',
    'the arrow a->⟦F|5⟧'],
  // (a yield keeps its area: the policy of 2026-12-05, docs/format.md)
  'crop units': ['corn at ⟦F|13.1 billion bushels⟧, ⟦F|160.4 bushels per acre⟧', 'up ⟦F|0.5 bushel⟧ from May'],
  'telephone numbers, tables, footnotes, names': ['call ⟦N|202-555 0143⟧ or (⟦N|202) 555-0143⟧ today', 'see Tables ⟦N|1-6⟧ and (Tables ⟦N|1, 2, and 2A⟧)',
    'it filled the wetlands. ⟦N|1⟧\nA second paragraph with ⟦F|12⟧ cases.', 'the ⟦N|Lower 48⟧ states and the contiguous ⟦N|48⟧ states',
    'a ⟦N|second-quarter⟧ profit and a ⟦N|first-half⟧ loss of ⟦F|a quarter⟧ of sales'],
  'citations, qualifiers before an article, sentence starts after a number': ['turnout was ⟦F|61%⟧. [⟦N|2⟧] The vote [⟦N|12⟧][⟦N|13⟧] ended',
    'turnout was ⟦F|as low as 20%⟧ or ⟦F|as high as 30%⟧', '⟦F|More than a thousand⟧ people came, up about a ⟦F|1.1-percent⟧ rise',
    'a ⟦F|20 Billion Dollar⟧ deal', 'It was held in ⟦N|1968⟧. Although ⟦F|seven⟧ parties ran, ⟦F|six⟧ won seats'],
  'changes then levels, tallies, clocks, doses and speeds': ['crude rose ⟦F|$1.30⟧ to ⟦F|$84.50⟧ a barrel', 'stocks were up ⟦F|2%⟧ to ⟦F|4,117⟧',
    'sales rose ⟦F|5 to 10 percent⟧', 'the House voted ⟦F|240⟧ to ⟦F|189⟧', '⟦F|some 10 to 12⟧ people', 'she won in ⟦E|29:17.45⟧',
    'patients took ⟦F|5 mg⟧ a day', 'it travels at ⟦F|17 km/s⟧', 'yields rose ⟦F|12 basis points⟧'],
  'rankings, product names, lists of ages': ['the world No. ⟦N|1⟧ lost', 'the iPhone ⟦N|15⟧ and eBay sold ⟦F|5⟧ items',
    'police said ⟦F|3⟧ men, aged ⟦E|19⟧, ⟦E|22⟧ and ⟦E|25⟧, were held'],
  'other currencies and scales, slash fractions, restatements': ['a household makes ⟦F|Rs 6,426 per month⟧', 'it costs ⟦F|₹500 crore⟧ or ⟦F|2 lakh rupees⟧',
    'Kenya raised ⟦F|KSh 2 billion⟧', 'a ⟦F|USD 25 million⟧ loan', '⟦F|about 1/3⟧ of adults', 'open ⟦N|24/7⟧ since ⟦N|5/17/2018⟧',
    'deaths fell by ⟦F|a fifth⟧ (⟦F|21%⟧)', 'it took ⟦F|5 mins⟧, then ⟦F|30mins⟧', 'it costs ⟦F|six or seven dollars⟧'],
  'fractions of a scale and mixed numbers': ['⟦F|Half a million⟧ people', '⟦F|a quarter of a million⟧ homes', '⟦F|one and a half million⟧ voters',
    '⟦F|1½ million⟧ people', 'it took ⟦F|two and a half hours⟧', 'it took ⟦F|half an hour⟧'],
  'knots and hyphenated energy units': ['winds of ⟦F|40 knots⟧', 'it used ⟦F|1,000 kilowatt-hours⟧', 'a ⟦F|2 megawatt-hours⟧ battery'],
  'telephone numbers in groups, variant codes, appositive ages': ['call ⟦N|0800 123 4567⟧ or ⟦N|+44 20 7946 0958⟧', 'the Omicron BA.⟦N|2⟧ variant',
    'his wife, ⟦E|43⟧, has ⟦F|3⟧ children', 'it cost ⟦F|0.5 million⟧'],
  'multiples with digits': ['it is ⟦F|2.5 times⟧ more costly', 'prices ⟦F|three times⟧ higher', 'he was arrested ⟦F|3⟧ times'],
  'title-case headlines': ['Apple Sells ⟦F|10 Million⟧ iPhones', 'a Boeing ⟦N|737⟧ Max landed', 'he installed Windows ⟦N|11⟧ today'],
  'legal citations, list marks, calibres, series labels, light-years': ['a crime under ⟦N|18⟧ U.S.C. ⟦N|1341⟧ and ⟦N|561⟧ U.S. ⟦N|358⟧, while ⟦F|5⟧ U.S. troops died',
    'the defendant (⟦N|1⟧) used mail, (⟦N|2⟧) of a scheme', 'Glock ⟦N|9mm⟧ pistols and ⟦F|50mm⟧ of rain', 'see Release ⟦N|12 of 53⟧',
    'it is ⟦F|about 200 million light-years⟧ away'],
  'money ranges with glued scales, possessive nouns': ['tickets cost ⟦F|between £35 and £95⟧', 'fares of ⟦F|€5-€7⟧',
    'it needed a ⟦F|two-thirds⟧ majority, and ⟦F|a third⟧ of voters', 'revenue of ⟦F|$1.1bn-$1.2bn⟧ is expected', 'the school district\'s ⟦F|4,300⟧ students, district ⟦N|9⟧'],
};

for (const [kind, rows] of Object.entries(cases)) {
  test(`beats second wave: ${kind}`, () => { for (const row of rows) check(row); });
}
