// Table tests for the detector: every "is a figure" and "never is" example of issue 3, spans
// included. Each case is written with the corpus labels (⟦F|...⟧ marks the exact expected span);
// the detector must report exactly the F spans and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCorpusFile } from '../../corpus/corpus';
import { detectFigures } from '../../../server/src/core/untagged/detect';

function check(labelled: string, options = { vagueQuantities: false, notFigures: [] as string[] }): void {
  const a = parseCorpusFile('case', labelled);
  const expected = a.labels.filter((l) => l.kind === 'F').map((l) => l.text);
  const got = detectFigures(a.text, [], options).map((c) => c.text);
  assert.deepEqual(got, expected, a.text);
}

const FIGURES = [
  // counts
  '⟦F|3,000⟧ soldiers were killed', 'Russia launched ⟦F|78⟧ missiles', 'wounding ⟦F|eight⟧ people', 'in ⟦F|six⟧ regions',
  // ranges
  'sent ⟦F|10,000 to 12,000⟧ troops', 'advancing ⟦F|200-300⟧ each day', 'had ⟦F|between 3,000 and 4,000⟧ casualties',
  'it lost ⟦F|between 3,000 to 4,000⟧ men', 'rates of ⟦F|4.5 to 4.75 per cent⟧', 'storms ⟦F|9 to 14⟧ are expected',
  // approximations and bounds
  'some ⟦F|about 11,000⟧ troops', '⟦F|over 1,000⟧ were hurt', 'lost ⟦F|more than 40%⟧ of it', '⟦F|at least 12⟧ died',
  'could host ⟦F|10 or more⟧.', 'with ⟦F|430+⟧ drones', 'deployed ⟦F|nearly 8,000⟧ troops', 'had ⟦F|up to 8,000⟧ troops', 'killed ⟦F|fewer than 20⟧',
  'saw ⟦F|roughly 50⟧ people', 'counted ⟦F|~50⟧ boats', 'sent ⟦F|approximately 11,000⟧ troops', 'had ⟦F|some 11,000⟧ troops',
  // percentages and money
  'a turnout of ⟦F|87%⟧', 'won ⟦F|42 percent⟧', 'rose ⟦F|6.5 per cent⟧', 'by ⟦F|0.25 percentage points⟧', 'by ⟦F|25 basis points⟧',
  'aid worth ⟦F|$2.5 billion⟧', 'a ⟦F|£300m⟧ loss', 'a ⟦F|€1bn⟧ fund', 'paid ⟦F|US$5 million⟧ in total', 'crude at ⟦F|nearly $120⟧ a barrel',
  // measures and rates
  'spanning ⟦F|984 square kilometers⟧', 'holds ⟦F|about 1,376 square kilometres⟧', 'a depot ⟦F|about 110 kilometers⟧ inside Russia',
  'replenish ⟦F|about 1,200 troops per day⟧ at the front', 'the ⟦F|36,000-acre⟧ Tubbs Fire', 'was ⟦F|about 0.73°C⟧ warmer', 'reached ⟦F|1.48C⟧ above',
  'a ⟦F|6.8⟧ magnitude earthquake', 'a ⟦F|7.7⟧-magnitude earthquake', 'a magnitude-⟦F|7.1⟧ quake', '⟦F|more than 1 000⟧ people',
  // spelled-out counts and durations
  'for ⟦F|about seven hours⟧ on end', '⟦F|twenty-five⟧ people', '⟦F|three thousand⟧ people', '⟦F|a dozen⟧ drones', '⟦F|35 seconds⟧ behind',
  // fractions
  'lost ⟦F|half⟧ of the territory', 'occupies ⟦F|one-fifth⟧ of Ukraine', '⟦F|a third⟧ of voters', '⟦F|two-thirds⟧ of homes',
  'a hike of ⟦F|three-quarters of a point⟧ today', 'expected ⟦F|half a point⟧.',
];

const NEVER = [
  // dates and their parts
  'said Thursday (December 26).', 'a Nov. 21 strike', 'on the 9th of May', 'on March 22, 2024, they met', 'on 2 February 2023', 'May 26-28',
  // years and year spans; times of day
  'in 2024', 'the 1850-1900 average', 'the 2024-25 season', 'the mid-2010s', 'in the 1990s', 'during the 80\'s', 'the 1990’s boom', 'at 4 a.m. local time', 'at 3:06 p.m.', 'at 0830 UTC',
  // ordinals
  'the 64th Infantry Brigade', 'the third quarter', 'the first time', 'nearing its third year', 'A third state joined',
  // names, codes, identifiers
  'F-16 warplanes', 'since World War II', 'since World War Two.', 'COVID-19 cases', 'the G7 summit', 'a Boeing 737 crashed', 'the S&P 500 fell',
  'the FTSE 100 rose', 'the 10-year Treasury yield', 'a Su-34 jet', 'the Standard & Poor\'s 500 index', 'the Russell 2000 index', 'IP 192.168.1.2',
  'the women\'s 100m butterfly', 'the men\'s 4x100m free relay', 'the 5G network', 'Matchweek 9 saw',
  // "one" as pronoun or idiom
  'one of the most ambitious', 'At one point, Ukraine', 'no one could', 'one scientist said', 'a presidential one.', 'the previous one.',
  // category labels and modifiers
  'a grade three emergency', 'a Category 4 storm', 'Swimming day 2 began', 'the 10-nation force', 'a five-year term', 'half-time',
  // list numbering, vague quantities and ages (off by default)
  '10. Luis Suárez moved', 'dozens of drones', 'hundreds of people', 'thousands of casualties', 'several days', 'tens of thousands of tents',
  'Kiptum, 23, ran', 'a 24-year-old swimmer', 'aged 30',
];

test('every figure example of the issue is found with its whole span', () => {
  for (const c of FIGURES) check(c);
});

test('nothing in the "never is" list is reported', () => {
  for (const c of NEVER) check(c);
});

test('vague quantities and ages are reported when the setting is on', () => {
  const on = { vagueQuantities: true, notFigures: [] as string[] };
  check('⟦F|dozens⟧ of drones and ⟦F|hundreds⟧ of people', on);
  check('⟦F|several⟧ days, ⟦F|tens of thousands⟧ of tents', on);
  check('Kiptum, ⟦F|23⟧, ran; a ⟦F|24-year-old⟧ swimmer', on);
});

test('rules.notFigures phrases are never figures, case-insensitively', () => {
  check('an Airbus A320 and a boeing 737 max, ⟦F|12⟧ jets', { vagueQuantities: false, notFigures: ['Boeing 737'] });
  check('the ⟦F|45⟧ tanks', { vagueQuantities: false, notFigures: [] });
  check('the 45 Tanks', { vagueQuantities: false, notFigures: ['45 tanks'] });
});

test('masked spans are skipped, and an expression never grows into one', () => {
  const text = 'about [3,000]{fact=x} troops and 12 tanks';
  const masked = [{ start: 6, end: 21 }];
  assert.deepEqual(detectFigures(text, masked, { vagueQuantities: false, notFigures: [] }).map((c) => c.text), ['12']);
});

test('the counted noun is returned as a hint, not in the span', () => {
  const [c] = detectFigures('about 3,000 North Korean soldiers had been killed', [], { vagueQuantities: false, notFigures: [] });
  assert.equal(c?.text, 'about 3,000');
  assert.equal(c?.noun, 'north korean soldiers');
  const [p] = detectFigures('lost more than 40% of the territory it took', [], { vagueQuantities: false, notFigures: [] });
  assert.equal(p?.noun, 'territory');
});

test('never throws and stays linear on odd input', () => {
  const odd = ['', '-', '$', '1', '.5', '1,', '1,00', '1.2.3.4.5', '¾', '½ of', 'one-', '-one', '10-', '10--20', '1e5', '١٢٣', '\u00a0 1\u00a0000', 'per cent', '5 per', '°', '3°', '2+', '⟦'];
  for (const s of odd) assert.doesNotThrow(() => detectFigures(s, [], { vagueQuantities: true, notFigures: ['x'] }), s);
  // Linear, not quadratic: four times the text costs well under sixteen times the CPU. CPU time of
  // this process, not the wall clock, so that a busy machine does not fail it.
  const cpuMs = (n: number) => {
    const big = '1-'.repeat(n) + ' one'.repeat(n);
    const start = process.cpuUsage();
    detectFigures(big, [], { vagueQuantities: true, notFigures: [] });
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  cpuMs(25000); // warm up the compiler
  const small = Math.min(cpuMs(25000), cpuMs(25000));
  const large = cpuMs(100000);
  assert.ok(large < 10 * small, `25,000 pairs: ${small} ms of CPU; 100,000: ${large} ms`);
});
