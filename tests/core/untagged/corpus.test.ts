// The labelled corpus is well formed: labels parse, every digit run and number word is
// labelled, both splits are big and varied enough (tests/corpus/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_SPLITS, draftLabelProblems, loadSplit, parseCorpusFile, unlabelledNumbers } from '../../corpus/corpus';

for (const split of ALL_SPLITS) {
  test(`${split}: every label parses and every digit run and number word is labelled`, () => {
    for (const a of loadSplit(split)) {
      assert.deepEqual(a.errors, [], a.name);
      assert.deepEqual(unlabelledNumbers(a), [], a.name);
      assert.match(a.source, /\S/, `${a.name} names its source`);
    }
  });
}

test('the corpus has at least 12 articles, at least 5 held out, from varied beats', () => {
  const dev = loadSplit('dev');
  const heldout = loadSplit('heldout');
  assert.ok(dev.length + heldout.length >= 12);
  assert.ok(heldout.length >= 5);
  const beats = new Set([...dev, ...heldout].map((a) => a.beat));
  for (const beat of ['war', 'economy', 'markets', 'disasters', 'health', 'elections', 'climate', 'sport']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout.map((a) => a.beat)).size >= 5);
});

test('the second wave has about 18 articles, a third held out, from beats beyond war and economy', () => {
  const dev2 = loadSplit('dev2');
  const heldout2 = loadSplit('heldout2');
  assert.ok(dev2.length >= 10 && heldout2.length >= 6);
  const beats = new Set([...dev2, ...heldout2].map((a) => a.beat));
  for (const beat of ['health', 'energy', 'weather', 'space', 'education', 'courts', 'transport', 'sport', 'agriculture', 'elections']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout2.map((a) => a.beat)).size >= 4);
  for (const a of [...dev2, ...heldout2]) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
});

test('the third wave is reported news from VOA and Wikinews, with a held-out split of its own', () => {
  const dev3 = loadSplit('dev3');
  const heldout3 = loadSplit('heldout3');
  assert.ok(dev3.length >= 6 && heldout3.length >= 5);
  const beats = new Set([...dev3, ...heldout3].map((a) => a.beat));
  for (const beat of ['disasters', 'courts', 'elections', 'health', 'sport']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout3.map((a) => a.beat)).size >= 3);
  for (const a of [...dev3, ...heldout3]) assert.match(a.published, /^(\d{4}-\d{2}-\d{2}|unknown)$/, a.name);
});

test('the fourth wave is VOA reported news from new beats, with a held-out split of its own', () => {
  const dev4 = loadSplit('dev4');
  const heldout4 = loadSplit('heldout4');
  assert.ok(dev4.length >= 8 && heldout4.length >= 6);
  const beats = new Set([...dev4, ...heldout4].map((a) => a.beat));
  for (const beat of ['markets', 'health', 'disasters', 'crime', 'weather', 'sport', 'space']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout4.map((a) => a.beat)).size >= 4);
  for (const a of [...dev4, ...heldout4]) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
});

test('the fifth wave is VOA and Wikinews reported news on elections and new beats, with a held-out split of its own', () => {
  const dev5 = loadSplit('dev5');
  const heldout5 = loadSplit('heldout5');
  assert.ok(dev5.length >= 5 && heldout5.length >= 5);
  const beats = new Set([...dev5, ...heldout5].map((a) => a.beat));
  for (const beat of ['elections', 'politics', 'environment', 'technology', 'courts']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout5.map((a) => a.beat)).size >= 3);
  for (const a of [...dev5, ...heldout5]) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
});

test('the sixth wave is VOA reported news from new beats, with a held-out split of its own', () => {
  const dev6 = loadSplit('dev6');
  const heldout6 = loadSplit('heldout6');
  assert.ok(dev6.length >= 6 && heldout6.length >= 6);
  const beats = new Set([...dev6, ...heldout6].map((a) => a.beat));
  for (const beat of ['sport', 'space', 'education', 'agriculture', 'companies']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout6.map((a) => a.beat)).size >= 4);
  for (const a of heldout6) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
  for (const a of dev6) assert.match(a.published, /^(\d{4}-\d{2}-\d{2}|unknown)$/, a.name);
});

test('the seventh wave is VOA and Defense Department reported news on budgets, health, courts and science, with a held-out split of its own', () => {
  const dev7 = loadSplit('dev7');
  const heldout7 = loadSplit('heldout7');
  assert.ok(dev7.length >= 6 && heldout7.length >= 5);
  const beats = new Set([...dev7, ...heldout7].map((a) => a.beat));
  for (const beat of ['budgets', 'health', 'courts', 'science']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout7.map((a) => a.beat)).size >= 4);
  for (const a of [...dev7, ...heldout7]) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
});

test('the eighth wave is VOA and federal agency reported news on labour statistics, companies, the economy, transport, energy and housing, with a held-out split of its own', () => {
  const dev8 = loadSplit('dev8');
  const heldout8 = loadSplit('heldout8');
  assert.ok(dev8.length >= 5 && heldout8.length >= 5);
  const beats = new Set([...dev8, ...heldout8].map((a) => a.beat));
  for (const beat of ['labour', 'companies', 'economy', 'transport', 'energy', 'housing']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout8.map((a) => a.beat)).size >= 4);
  assert.ok(heldout8.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 45);
  for (const a of heldout8) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
  for (const a of dev8) assert.match(a.published, /^(\d{4}-\d{2}-\d{2}|unknown)$/, a.name);
});

test('the ninth wave is Wikinews and VOA reported news from many countries on disasters, courts, elections, transport, science, weather and space, with a held-out split of its own', () => {
  const dev9 = loadSplit('dev9');
  const heldout9 = loadSplit('heldout9');
  assert.ok(dev9.length >= 5 && heldout9.length >= 6);
  const beats = new Set([...dev9, ...heldout9].map((a) => a.beat));
  for (const beat of ['disasters', 'courts', 'elections', 'transport', 'science', 'weather', 'space']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout9.map((a) => a.beat)).size >= 4);
  assert.ok(heldout9.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 50);
  assert.ok(dev9.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 35);
  for (const a of [...dev9, ...heldout9]) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
});

test('the tenth wave is U.S. agency news releases on weather outlooks, housing construction, energy prices and a fraud case, with a held-out split of its own', () => {
  const dev10 = loadSplit('dev10');
  const heldout10 = loadSplit('heldout10');
  assert.ok(dev10.length >= 5 && heldout10.length >= 6);
  const beats = new Set([...dev10, ...heldout10].map((a) => a.beat));
  for (const beat of ['weather', 'housing', 'energy', 'crime']) assert.ok(beats.has(beat), beat);
  assert.ok(new Set(heldout10.map((a) => a.beat)).size >= 4);
  assert.ok(heldout10.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 50);
  assert.ok(dev10.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 35);
  for (const a of [...dev10, ...heldout10]) assert.match(a.published, /^(\d{4}-\d{2}-\d{2}|unknown)$/, a.name);
  assert.ok(heldout10.filter((a) => a.published === 'unknown').length <= 1);
});

test('the eleventh wave is U.S. agency crop reports, COVID-19 surveillance, a study release and a sport story, with a held-out split of its own', () => {
  const dev11 = loadSplit('dev11');
  const heldout11 = loadSplit('heldout11');
  assert.ok(dev11.length >= 5 && heldout11.length >= 6);
  const beats = new Set([...dev11, ...heldout11].map((a) => a.beat));
  for (const beat of ['agriculture', 'health']) assert.ok(beats.has(beat), beat);
  assert.ok(heldout11.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 100);
  assert.ok(dev11.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 60);
  for (const a of [...dev11, ...heldout11]) assert.match(a.published, /^(\d{4}-\d{2}-\d{2}|unknown)$/, a.name);
});

test('the twelfth wave is reported news stories (VOA, Wikinews) on outbreaks, refugees, conflict and politics, with a held-out split of its own', () => {
  const dev12 = loadSplit('dev12');
  const heldout12 = loadSplit('heldout12');
  assert.ok(dev12.length >= 5 && heldout12.length >= 6);
  const beats = new Set([...dev12, ...heldout12].map((a) => a.beat));
  for (const beat of ['health', 'refugees', 'conflict']) assert.ok(beats.has(beat), beat);
  assert.ok(heldout12.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 30);
  assert.ok(dev12.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 30);
  for (const a of [...dev12, ...heldout12]) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
});

test('the thirteenth wave is Wikinews business, technology and science stories, with a held-out split of its own', () => {
  const dev13 = loadSplit('dev13');
  const heldout13 = loadSplit('heldout13');
  assert.ok(dev13.length >= 5 && heldout13.length >= 6);
  const beats = new Set([...dev13, ...heldout13].map((a) => a.beat));
  for (const beat of ['business', 'technology']) assert.ok(beats.has(beat), beat);
  assert.ok(heldout13.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 30);
  assert.ok(dev13.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0) >= 15);
  for (const a of [...dev13, ...heldout13]) assert.match(a.published, /^\d{4}-\d{2}-\d{2}$/, a.name);
});

// The later waves, each with a held-out split of its own: what each is, the beats it must hold and
// how many F labels each part has at least (wave 16's h104 is dated by its month only: "unknown").
const LATER_WAVES = [
  { n: 202, what: 'UK Department for Transport, NZ, Irish, Australian and Scottish ministers\' releases, statements and a speech on transport, health, unemployment, visitors and school results', beats: ['transport', 'health', 'labour', 'tourism', 'education'], heldOutF: 51, devF: 33, undated: 7, files: 5 },
  { n: 201, what: 'BJS, CDC, NASS, USDA, Census Bureau and NCES releases, pages and lists on probation, prisoners, flu vaccination, farm censuses and population, several thin in figures', beats: ['crime', 'health', 'agriculture', 'population', 'education'], heldOutF: 52, devF: 31, undated: 7, files: 5 },
  { n: 200, what: 'Irish, NZ and Australian ministers\', AIHW and Irish Road Safety Authority texts on tourism, road tolls, elective surgery, transport budgets and road deaths, thin in figures on the dev side', beats: ['tourism', 'transport', 'health'], heldOutF: 47, devF: 23, undated: 7, files: 5 },
  { n: 199, what: 'Census Bureau, BJS, NCES and CDC releases, tables and briefings on the 2000 census, jails, school enrollment, flu vaccination and population', beats: ['population', 'crime', 'education', 'health'], heldOutF: 48, devF: 37, undated: 9, files: 5 },
  { n: 198, what: 'Australian employment minister, AIHW, UK Department for Transport and DWP, Stats NZ, MBIE, Irish minister and NZ transport minister texts on jobs, elective surgery, rail, guest nights, accommodation, overseas visitors and a transport budget', beats: ['labour', 'health', 'transport', 'tourism'], heldOutF: 57, devF: 85, undated: 6, files: 5 },
  { n: 197, what: 'Census Bureau, CDC, EIA, NHTSA and NOAA releases and briefings on the 2000 census, smoking, oil and gas output, road deaths, child seats and coral reefs', beats: ['population', 'health', 'energy', 'transport', 'environment'], heldOutF: 47, devF: 37, undated: 3, files: 5 },
  { n: 196, what: 'Australian employment minister, Stats NZ, AIHW, UK Department for Transport and Welsh Government texts on jobs, guest nights, unemployment, elective surgery, road schemes and tourism', beats: ['labour', 'tourism', 'health', 'transport'], heldOutF: 46, devF: 50, undated: 2, files: 5 },
  { n: 195, what: 'NHTSA, Education, HRSA and Labor releases and statements on road deaths, student aid, health grants and emergency job grants', beats: ['transport', 'education', 'health', 'labour'], heldOutF: 42, devF: 35, undated: 0, files: 5 },
  { n: 194, what: 'Australian employment minister, Stats NZ, AIHW, Transport Scotland and Ireland\'s CSO texts on labour force, accommodation, emergency departments, air transport and consumer prices', beats: ['labour', 'tourism', 'health', 'transport', 'economy'], heldOutF: 74, devF: 70, undated: 4, files: 5 },
  { n: 193, what: 'Commerce, HHS, ACF and Education statements and releases on trade, health grants, Head Start and student aid', beats: ['trade', 'health', 'welfare', 'education'], heldOutF: 40, devF: 47, undated: 0, files: 5 },
  { n: 192, what: 'Australian employment minister, Stats NZ, AIHW, Transport Scotland and Ireland\'s CSO texts on labour force, accommodation, hospital waiting times, air transport and consumer prices', beats: ['labour', 'tourism', 'health', 'transport', 'economy'], heldOutF: 67, devF: 75, undated: 6, files: 5 },
  { n: 191, what: 'Commerce, White House, HHS, Education and DOT or FHWA statements, briefings and releases on trade, COVID-19, Steps grants, schools and highway funds', beats: ['trade', 'health', 'education', 'transport'], heldOutF: 42, devF: 37, undated: 0, files: 5 },
  { n: 190, what: 'Australian employment minister, Stats NZ, Public Health Scotland, AIHW, Transport Scotland and Eurostat texts on labour force, accommodation, health statistics, hospitals, rail and GDP', beats: ['labour', 'tourism', 'health', 'transport', 'economy'], heldOutF: 90, devF: 63, undated: 3, files: 5 },
  { n: 189, what: 'Commerce, White House, DOE, DOT and HHS officials\' statements, briefings and remarks on trade, COVID-19, energy, aviation and health programs, thin in figures', beats: ['trade', 'health', 'energy', 'transport'], heldOutF: 28, devF: 37, undated: 3, files: 5 },
  { n: 188, what: 'Australian employment minister, AIHW, Stats NZ, Scottish Government, ABS and Eurostat texts on labour force, the nation\'s health, guest nights, rail passengers, Canberrans at work and GDP', beats: ['labour', 'health', 'tourism', 'transport', 'economy'], heldOutF: 79, devF: 67, undated: 6, files: 5 },
  { n: 187, what: 'HUD, HHS, USDA, DOT, White House and Commerce officials\' remarks and statements on refinancing, the uninsured, farm exports, TIGER grants, COVID vaccinations, health centers and trade, thin in figures', beats: ['housing', 'health', 'agriculture', 'transport', 'trade'], heldOutF: 37, devF: 36, undated: 1, files: 5 },
  { n: 186, what: 'Stats NZ, NZ tourism minister, AIHW, Eurostat and Australian employment minister texts on labour force, visitor arrivals, hospitalisations, unemployment, inflation and GDP', beats: ['labour', 'tourism', 'health', 'economy'], heldOutF: 62, devF: 58, undated: 4, files: 5 },
  { n: 185, what: 'DOE, HUD, DOT, FHWA, FAA, DOL, USDA and HHS officials\' remarks and statements on energy, housing, transit, highways, aviation, jobs, farm exports and the uninsured, thin in figures', beats: ['energy', 'housing', 'transport'], heldOutF: 29, devF: 27, undated: 3, files: 5 },
  { n: 184, what: 'Welsh Government, Stats NZ, Australian infrastructure and employment minister and ABS texts on NHS Wales, visitor arrivals, road deaths, labour force and ACT health', beats: ['health', 'tourism', 'transport', 'labour'], heldOutF: 70, devF: 72, undated: 6, files: 5 },
  { n: 183, what: 'HHS, HUD, Interior, BLM, DOE, USDA and DOT texts on enrollment, mortgage forbearance, oil and gas leases, energy revenues, weatherization, exports and road safety', beats: ['health', 'housing', 'energy', 'transport'], heldOutF: 41, devF: 26, undated: 4, files: 5 },
  { n: 182, what: 'Stats NZ, Welsh Government and Statistics Canada texts on overseas trips, employment indicators, NHS Wales performance and railway carloadings', beats: ['tourism', 'labour', 'health', 'transport'], heldOutF: 74, devF: 49, undated: 5, files: 5 },
  { n: 181, what: 'HHS, DOE, HUD, DOL, CDC, FAA and White House texts on health insurance, oil reserves, public housing, jobs reports, smoking, aviation and weatherization', beats: ['health', 'energy', 'housing', 'labour'], heldOutF: 37, devF: 40, undated: 4, files: 5 },
  { n: 180, what: 'NZ Police, Stats NZ, Australian health and employment minister, Statistics Canada, Welsh Government and NHPA texts on police, filled jobs, immunisation, rail carloadings, NHS Wales and overseas trips', beats: ['crime', 'labour', 'health', 'transport'], heldOutF: 50, devF: 55, undated: 6, files: 5 },
  { n: 179, what: 'CRS, NASS, USGS and CDC texts on NASA and NIH budgets, crop forecasts, minerals, tuberculosis and H1N1', beats: ['space', 'health', 'agriculture', 'science'], heldOutF: 65, devF: 51, undated: 2, files: 5 },
  { n: 178, what: 'Stats NZ, NZ Police minister, Statistics Canada, Welsh Government, Transport Scotland and Australian agriculture and health minister texts on filled jobs, police numbers, small airports, NHS Wales, transport and immunisation', beats: ['labour', 'crime', 'transport', 'health'], heldOutF: 58, devF: 63, undated: 6, files: 5 },
  { n: 177, what: 'NOAA, USGS, CDC, CRS, NASA and NSF texts on hurricane outlooks, water use, minerals, asthma, NASA and NIH budgets and R&D', beats: ['weather', 'health', 'science', 'space'], heldOutF: 56, devF: 36, undated: 4, files: 5 },
  { n: 176, what: 'Stats NZ, Public Health Scotland, Australian trade and tourism minister, Eurostat and Statistics Canada texts on filled jobs, diagnostic waits, tourism interviews, air passengers and air travel', beats: ['health', 'labour', 'tourism', 'transport'], heldOutF: 85, devF: 68, undated: 3, files: 5 },
  { n: 175, what: 'BLS, BTS, CDC, NCHS and NOAA texts on union membership, air fares, syphilis, tooth loss, hurricane outlooks and jobs', beats: ['health', 'labour', 'transport', 'weather'], heldOutF: 48, devF: 60, undated: 2, files: 5 },
  { n: 174, what: 'Public Health Scotland, Stats NZ, Australian trade and tourism minister and Eurostat texts on diagnostic waits, filled jobs, a tourism campaign, air passengers and tourism nights', beats: ['health', 'labour', 'tourism', 'transport'], heldOutF: 60, devF: 52, undated: 4, files: 5 },
  { n: 173, what: 'BTS, EPA, EPA Region 5, BLS, USGS and CDC texts on air fares, enforcement results, union membership, water on Earth and nutrition', beats: ['transport', 'environment', 'labour', 'science', 'health'], heldOutF: 77, devF: 90, undated: 7, files: 5 },
  { n: 172, what: 'Public Health Scotland, Stats NZ, Transport Scotland and Australian tourism minister texts (held out) and Public Health Scotland, Transport Scotland, Stats NZ and Statistics Canada texts (dev) on diagnostic waits, employment indicators, road freight, travel and tourism', beats: ['health', 'labour', 'transport', 'tourism'], heldOutF: 63, devF: 43, undated: 2, files: 5 },
  { n: 171, what: 'CRS, NOAA, USGS and NSF texts (held out) and USGS, BTS, EPA Region 5 and NASA texts (dev) on farm income, climate awards, earthquakes, doctorates, water use, transportation releases and enforcement', beats: ['agriculture', 'climate', 'science', 'education', 'water', 'transport', 'environment'], heldOutF: 44, devF: 68, undated: 5, files: 5 },
  { n: 170, what: 'Public Health Scotland, Stats NZ, Statistics Canada, CSO and Transport Scotland texts (held out and dev) on waiting times, international travel, filled jobs, the labour force, overseas travel, road freight and air transport', beats: ['health', 'tourism', 'labour', 'transport'], heldOutF: 93, devF: 78, undated: 6, files: 5 },
  { n: 169, what: 'VA, BLS, BTS, EIA and EPA texts (held out) and VA, BLS, BTS, EPA and CRS texts (dev) on homeless grants, jobs, transportation releases, electricity generation, enforcement results and farm income', beats: ['veterans', 'labour', 'transport', 'energy', 'environment', 'agriculture'], heldOutF: 63, devF: 59, undated: 1, files: 5 },
  { n: 168, what: 'Stats NZ, Scottish Government, Public Health Scotland, Statistics Canada and CSO texts (held out) and Stats NZ, Transport Scotland, Public Health Scotland, Statistics Canada and CSO texts (dev) on international travel, public transport, waiting times, the labour force and tourism', beats: ['tourism', 'transport', 'health', 'labour'], heldOutF: 100, devF: 69, undated: 4, files: 5 },
  { n: 167, what: 'NOAA NCEI, NCHS, USDA ERS, EIA and EPA texts (held out and dev) on billion-dollar disasters, heat, stroke and overdose deaths, farm income, natural gas and enforcement results', beats: ['science', 'health', 'agriculture', 'energy', 'environment'], heldOutF: 78, devF: 43, undated: 6, files: 5 },
  { n: 166, what: 'Stats NZ, CSO, Statistics Canada, MyHospitals and Eurostat texts (held out) and Stats NZ, CSO, Statistics Canada, MyHospitals and Scottish Government texts (dev) on international travel, the labour force, rail carloadings, Golden Staph infections, tourism nights and transport trends', beats: ['tourism', 'labour', 'transport', 'health'], heldOutF: 98, devF: 112, undated: 6, files: 5 },
  { n: 165, what: 'BLS, NOAA, NCHS, VA and EPA texts (held out) and BLS, NCHS, VA and EPA texts (dev) on union members, billion-dollar disasters, heat deaths, tooth loss, homeless veterans grants and toxics releases', beats: ['labour', 'science', 'health', 'veterans', 'environment'], heldOutF: 49, devF: 53, undated: 5, files: 5 },
  { n: 164, what: 'Public Health Scotland, CSO, Statistics Canada, Stats NZ and AIHW texts (held out and dev, and Eurostat in dev) on A&E waits, the labour force, rail carloadings, international travel, emergency departments and tourism nights', beats: ['health', 'labour', 'transport', 'tourism'], heldOutF: 96, devF: 86, undated: 6, files: 5 },
  { n: 163, what: 'NASS, NCHS, BLS, NSF and DOT texts (held out and dev) on acreage, QuickStats, union members, federal research funding and airport grants', beats: ['agriculture', 'health', 'labour', 'science', 'transport'], heldOutF: 46, devF: 59, undated: 2, files: 5 },
  { n: 162, what: 'Australian tourism minister, Scottish Government, CSO, AIHW and Stats NZ texts (held out) and Stats NZ, CSO, Public Health Scotland, Eurostat and Statistics Canada texts (dev) on tourism, travel, the labour force, health, business finance, A&E waits and rail freight', beats: ['tourism', 'transport', 'labour', 'health', 'business'], heldOutF: 99, devF: 90, undated: 5, files: 5 },
  { n: 161, what: 'NASS, HHS, DOT, NSF and DOL texts (held out) and NASS, NCHS, DOT, NSF and BLS texts (dev) on hogs and pigs, health centers, TIGER and airport grants, federal research funding, worker grants, diets and union members', beats: ['agriculture', 'health', 'transport', 'science', 'labour'], heldOutF: 50, devF: 66, undated: 2, files: 5 },
  { n: 160, what: 'Stats NZ, Eurostat, AIHW, Scottish Government and Statistics Canada texts (held out) and Stats NZ, AIHW, Eurostat, Transport Scotland and Australian tourism minister texts (dev) on business finance, gas prices, welfare and health, traffic, farm cash receipts and travellers', beats: ['business', 'energy', 'health', 'transport', 'agriculture', 'tourism'], heldOutF: 95, devF: 48, undated: 5, files: 5 },
  { n: 159, what: 'NASS, DOE, HHS, NASA and DOT texts (held out) and NASS, DOE, HHS, DOT and NSF texts (dev) on hogs and pigs, weatherization, opioid and health-center grants, Kepler planets, TIGER grants and university R&D', beats: ['agriculture', 'energy', 'health', 'science', 'transport'], heldOutF: 55, devF: 63, undated: 1, files: 5 },
  { n: 158, what: 'ONS, Scottish Government, Statistics Canada, Stats NZ and Eurostat texts (held out) and Statistics Canada, Stats NZ, Eurostat, Home Office and ABARES texts on crime, schools, farm cash receipts, business finance, gas prices, police workforce and crops', beats: ['crime', 'education', 'agriculture', 'business', 'energy'], heldOutF: 93, devF: 65, undated: 1, files: 5 },
  { n: 157, what: 'VA, HHS, NASA and DOE texts (held out) and BJS, VA, HHS and DOE texts (dev) on the GI Bill, health centers, Arctic sea ice, weatherization, jail inmates and homeless veterans', beats: ['veterans', 'health', 'science', 'energy', 'crime'], heldOutF: 48, devF: 57, undated: 3, files: 5 },
  { n: 156, what: 'ONS, Statistics Canada, Scottish Government, NZ Police and Eurostat texts (held out) and Statistics Canada, Scottish Government, New Zealand police minister and ABARES texts on crime, manufacturing, schools, police graduates, electricity prices and farming', beats: ['business', 'crime', 'education', 'energy', 'agriculture'], heldOutF: 57, devF: 41, undated: 1, files: 4 },
  // (a short dev side: the labeller found one usable text in time; the held-out half was whole)
  { n: 155, what: 'BJS, NOAA Fisheries, NCHS and VA texts (held out) and a BJS text (dev) on jail and prison inmates, fisheries, death rates and the GI Bill', beats: ['crime', 'fisheries', 'health', 'veterans'], heldOutF: 46, devF: 22, undated: 1, files: 1 },
  { n: 154, what: 'ONS, New Zealand police minister, AIHW, Scottish Government and Eurostat texts (held out) and ONS, NZ Police, AIHW, Scottish Government and Eurostat texts on crime, police numbers, hospital activity, school statistics and energy', beats: ['crime', 'education', 'energy', 'health'], heldOutF: 55, devF: 48, undated: 3, files: 5 },
  { n: 153, what: 'BJS, USGS, EPA, FHWA and NOAA texts (held out) and BJS, EPA, NSF, CDC and DOE texts on prisoners, mineral commodities, air quality, driving, fisheries, R&D, binge drinking and wind power', beats: ['crime', 'environment', 'fisheries', 'science', 'transport', 'energy', 'health'], heldOutF: 51, devF: 48, undated: 2, files: 5 },
  { n: 152, what: 'Transport Scotland, AIHW, ONS, Scottish Government and ABS texts (held out) and ONS, DfE, ABS, Eurostat and Scottish Government texts on bus journeys, emergency departments, crime, school statistics, exporters and the cereal harvest', beats: ['crime', 'education', 'health', 'trade', 'transport', 'agriculture'], heldOutF: 65, devF: 86, undated: 2, files: 5 },
  { n: 151, what: 'USDA, BJS, CDC, USGS and NSF texts (held out and dev) on farm exports, prisoners, adult smoking, mineral commodities and business R&D', beats: ['agriculture', 'crime', 'health', 'science'], heldOutF: 101, devF: 52, undated: 4, files: 5 },
  { n: 150, what: 'Transport Scotland, ABS, AIHW, Eurostat and ONS texts (held out) and AIHW, ABS, Statistics Canada, New Zealand ministers\' and European Commission texts on bus journeys, exporters, emergency departments, farm incomes, crime, retail trade, police numbers and unemployment', beats: ['agriculture', 'crime', 'health', 'trade', 'transport'], heldOutF: 91, devF: 81, undated: 5, files: 5 },
  { n: 149, what: 'HUD, Labor Department, BJS, DOT and NOAA texts (held out) and HUD, White House, BJS, FHWA and NOAA texts on homeownership, jobs reports, prisoners, driving and billion-dollar disasters', beats: ['climate', 'crime', 'employment', 'housing', 'transport'], heldOutF: 80, devF: 65, undated: 5, files: 5 },
  { n: 148, what: 'MoD, Transport Scotland, Eurostat, New Zealand tourism minister and Australian trade minister texts (held out) and MoD, Transport Scotland, Eurostat and Statistics Canada texts on service personnel, bus journeys, farm incomes, visitor spending, exporters and consumer prices', beats: ['agriculture', 'defence', 'transport', 'trade', 'economy'], heldOutF: 54, devF: 72, undated: 6, files: 5 },
  { n: 147, what: 'HUD, BJS, Commerce and Labor Department texts (held out and dev) on homeownership, new home sales, prison and jail inmates, export awards and jobs reports', beats: ['crime', 'employment', 'housing', 'trade'], heldOutF: 54, devF: 57, undated: 2, files: 5 },
  { n: 146, what: 'Scottish Government, New Zealand defence minister, Statistics Canada, AIHW and Welsh health minister texts (held out) and MoD, Statistics Canada, New Zealand education minister, AIHW and Scottish Government texts on school leavers, defence funding and personnel, GDP, retail trade, hospitals and NCEA results', beats: ['defence', 'economy', 'education', 'health', 'business'], heldOutF: 62, devF: 86, undated: 3, files: 5 },
  { n: 145, what: 'HUD, Commerce, BJS, NCHS and VA texts (held out) and HUD, BJS, NCHS, NCES and EIA texts on homeownership, trade, prisoners, mortality, veterans\' budgets, school spending and electricity', beats: ['crime', 'health', 'housing', 'trade', 'veterans', 'education', 'energy'], heldOutF: 63, devF: 54, undated: 3, files: 5 },
  { n: 144, what: 'NZ Police, AIHW, Statistics Canada, MBIE and Scottish Government texts (held out) and NZ Police, AIHW, Statistics Canada and Scottish Government texts on recorded crime, hospital admissions, consumer prices, renewable electricity and school leavers', beats: ['crime', 'economy', 'education', 'energy', 'health'], heldOutF: 71, devF: 96, undated: 3, files: 5 },
  { n: 143, what: 'VA, Commerce, HUD, NCES, BJS and EIA texts (held out and dev) on veterans, trade, homeownership, school enrollment, prisoners and crude oil production', beats: ['crime', 'education', 'energy', 'housing', 'trade', 'veterans'], heldOutF: 49, devF: 47, undated: 4, files: 5 },
  { n: 142, what: 'NZ Police, MBIE, Transport Scotland, Statistics Canada and Australian agriculture minister texts (held out) and NZ Police, MBIE, Scottish transport minister, Eurostat and ABARES texts on resolved crime, renewable electricity, road casualties, GDP, crops and consumption per head', beats: ['agriculture', 'crime', 'economy', 'energy', 'transport'], heldOutF: 46, devF: 66, undated: 3, files: 5 },
  { n: 141, what: 'HUD, Commerce, EPA and NASS texts (held out and dev) on homeownership, trade, toxic releases, air quality and crop production', beats: ['agriculture', 'environment', 'housing', 'trade'], heldOutF: 46, devF: 53, undated: 0, files: 5 },
  { n: 140, what: 'NZ Police, New Zealand education minister, Australian agriculture minister and Statistics Canada texts (held out) and NZ Police, New Zealand trade minister, Statistics Canada, DfE and Department of Health texts on recorded crime, school results, farm outlooks, employment insurance, exports, payrolls and school performance', beats: ['crime', 'education', 'agriculture', 'labour', 'health'], heldOutF: 63, devF: 53, undated: 5, files: 5 },
  { n: 139, what: 'Justice Department, FRA, NCES, USDA and VA texts (held out) and Justice Department, FRA, NCES and NASS texts on prosecutions, train accidents, schools, farm income, veterans and plantings', beats: ['crime', 'transport', 'education', 'agriculture', 'veterans'], heldOutF: 66, devF: 83, undated: 4, files: 5 },
  { n: 138, what: 'UK Space Agency, Statistics Canada, Eurostat, Transport Scotland and Scottish Government texts (held out) and MBIE, Eurostat, Transport Scotland, ABS and Stats NZ texts on space partnerships, crime, renewable energy, public transport, exports, births and jobs', beats: ['science', 'crime', 'energy', 'transport', 'trade', 'demography', 'labour'], heldOutF: 83, devF: 57, undated: 2, files: 5 },
  { n: 137, what: 'EPA, NCHS, Commerce and USGS texts (held out) and EPA, Commerce, USGS and NCHS texts on Superfund, greenhouse gases, health surveys, trade and earthquakes', beats: ['environment', 'health', 'trade', 'science'], heldOutF: 55, devF: 52, undated: 0, files: 5 },
  { n: 136, what: 'Scottish Government, European Commission, Welsh Government, Australian employment minister and New Zealand Government texts (held out) and Scottish Government, European Commission, Welsh Government and Australian defence minister texts on social housing, emissions, NHS waits, jobs, state homes, waste and recruiting', beats: ['housing', 'environment', 'health', 'labour', 'defence'], heldOutF: 44, devF: 45, undated: 0, files: 5 },
  { n: 135, what: 'Labor Department, HUD, NOAA, Defense Department and FTA texts (held out) and HUD, NOAA, USDA and AFPS texts on jobs, homeownership, tornadoes, military health care, transit, housing starts, drought and pay', beats: ['labour', 'housing', 'weather', 'defence', 'transport', 'agriculture'], heldOutF: 59, devF: 69, undated: 0, files: 5 },
  { n: 134, what: 'New Zealand transport and tourism ministers, NZ Police and Australian agriculture and trade ministers texts (held out) and New Zealand transport and tourism ministers, NZ Police, Australian trade minister and DFAT texts on road tolls, recorded crime, crop forecasts, trade and tourism', beats: ['transport', 'crime', 'agriculture', 'trade', 'tourism'], heldOutF: 75, devF: 61, undated: 0, files: 5 },
  { n: 133, what: 'NSF, BJS, EIA and NCHS texts (held out) and NSF, BJS, NCHS and EIA texts on research funding, prisons and crime victims, energy outlooks, births and life tables', beats: ['science', 'crime', 'energy', 'health'], heldOutF: 63, devF: 82, undated: 0, files: 5 },
  { n: 132, what: 'European Commission, New Zealand police and justice ministers, DECC and DfE texts (held out) and European Commission, New Zealand education and police ministers and DECC texts on research grants, police and justice budgets, insulation, schools and carbon footprints', beats: ['science', 'crime', 'energy', 'justice', 'education', 'environment'], heldOutF: 45, devF: 57, undated: 1, files: 5 },
  { n: 131, what: 'Commerce, Transportation, U.S. Attorney and Peace Corps texts (held out) and Commerce, U.S. Attorney and Peace Corps texts on trade reports, rural transport grants, debt collections and volunteer colleges', beats: ['trade', 'transport', 'courts', 'education'], heldOutF: 53, devF: 47, undated: 1, files: 5 },
  { n: 130, what: 'Australian health minister, European Commission, DCMS and New Zealand health minister texts (held out) and European Commission, New Zealand health minister, BIS and Australian health minister texts on clinics, road deaths, football, research grants, health budgets, vaccination and small business', beats: ['health', 'transport', 'sport', 'science', 'business'], heldOutF: 64, devF: 42, undated: 0, files: 5 },
  { n: 129, what: 'FAA, State Department, Energy Department, EPA and Treasury texts (held out) and CMS, State Department, USDA, HHS and Interior texts on runways, aid, the Recovery Act, brownfields, the pandemic, health insurance, farm credit and parks', beats: ['transport', 'aid', 'energy', 'environment', 'economy', 'health', 'agriculture', 'parks'], heldOutF: 43, devF: 47, undated: 1, files: 5 },
  { n: 128, what: 'Defra, Australian health minister, DfE, Scottish Government and UK Government texts (held out) and Defra and Environment Agency, Australian defence ministers, Scottish Government, DfT and UK Space Agency texts on floods, health, schools, rail and buses, defence and space', beats: ['environment', 'health', 'education', 'transport', 'science', 'defence'], heldOutF: 41, devF: 46, undated: 0, files: 5 },
  { n: 127, what: 'TSA, Fish and Wildlife Service, SBA, VA and HUD, and Wage and Hour Division texts (held out) and DOT, Bureau of Reclamation, Peace Corps and SBA texts on screening, ducks, disaster loans, homelessness, wages, highways and water', beats: ['transport', 'wildlife', 'disasters', 'housing', 'labor', 'water', 'aid'], heldOutF: 56, devF: 53, undated: 1, files: 5 },
  { n: 126, what: 'Scottish Government, Australian Government, Wikinews, UK Government and New Zealand Government texts (held out) and Australian and New Zealand Government, UKRI, Scottish Government and Statistics Canada texts on health, road safety, a quake, research funding, police, broadband and population', beats: ['health', 'transport', 'disasters', 'science', 'crime', 'technology', 'population'], heldOutF: 42, devF: 45, undated: 0, files: 5 },
  { n: 125, what: 'VOA, Justice Department, NASA, NOAA Fisheries and Farm Service Agency texts (held out and dev) on floods and typhoons, fraud recoveries, the Amazon and glaciers, fisheries and farm programs', beats: ['disasters', 'courts', 'environment', 'fisheries', 'agriculture'], heldOutF: 34, devF: 43, undated: 1, files: 5 },
  { n: 124, what: 'New Zealand health minister, DCLG, Australian agriculture minister, Welsh Government and European Commission texts (held out and dev) on health budgets, housebuilding, farm exports, energy generation and state aid', beats: ['health', 'housing', 'agriculture', 'energy'], heldOutF: 56, devF: 47, undated: 0, files: 5 },
  { n: 123, what: 'VOA, NASS, Energy Department, Census Bureau and CRS texts (held out) and NASS, CRS, VOA and USDA Rural Development texts on health, farm acreage and income, solar, poverty, a quake and rural business', beats: ['health', 'agriculture', 'energy', 'economy', 'disasters', 'business'], heldOutF: 53, devF: 67, undated: 2, files: 5 },
  { n: 122, what: 'DCMS, Australian employment minister, European Commission, New Zealand Government and Stats NZ texts (held out and dev) on tourism, jobs and trade', beats: ['tourism', 'employment', 'trade'], heldOutF: 83, devF: 63, undated: 5 },
  { n: 121, what: 'BLS, American Forces Press Service, OMB, HUD and Commerce texts (held out) and BLS, AFPS and DoD, OMB and Commerce texts on jobs, recruiting, budgets, homelessness and trade', beats: ['employment', 'defence', 'budgets', 'housing', 'trade'], heldOutF: 49, devF: 60, undated: 1, files: 5 },
  { n: 120, what: 'Australian Treasurer and Trade Minister, New Zealand Government, European Commission and DECC texts (held out) and Australian Treasurer and tourism minister, New Zealand Government, European Commission and Scotland Office texts on jobs, tourism, renewables and the economy', beats: ['employment', 'tourism', 'energy', 'economy'], heldOutF: 48, devF: 36, undated: 3, files: 5 },
  { n: 119, what: 'BLS, Interior, Peace Corps and Treasury texts (held out) and BLS, Interior, Transportation Department and OMB texts on jobs, energy revenues, volunteers, budgets and highways', beats: ['employment', 'energy', 'aid', 'budgets', 'transport'], heldOutF: 55, devF: 50, undated: 4, files: 5 },
  { n: 118, what: 'Australian Treasurer and Trade Minister, DWP, New Zealand Treasury and Welsh Government texts (held out) and Australian Treasurer, Welsh Government, New Zealand Treasury and BIS texts on jobs, exports, public accounts, tourism and skills', beats: ['employment', 'trade', 'budgets', 'tourism', 'economy', 'education'], heldOutF: 66, devF: 42, undated: 6, files: 5 },
  { n: 117, what: 'BLS, FEMA, VA, Transportation Department and Peace Corps texts (held out) and BLS, FEMA, VA, EPA and HUD texts on jobs, disaster aid, homeless veterans, airport grants, volunteers, brownfields and public housing', beats: ['employment', 'disasters', 'veterans', 'transport', 'aid', 'environment', 'housing'], heldOutF: 62, devF: 58, undated: 4 },
  { n: 116, what: 'European Commission, Australian Treasurer and ministers, New Zealand Government, Wales Office and HM Treasury texts (held out) and European Commission, Australian minister, Welsh Government and Wales Office texts on the economic forecast, national accounts, jobs and tourism', beats: ['economy', 'employment', 'tourism'], heldOutF: 67, devF: 44, undated: 5 },
  { n: 115, what: 'BLS, White House, Interior and Transportation Department texts (held out) and BLS, White House, USDA and Transportation Department texts on jobs, recovery spending, transit grants and rural development', beats: ['employment', 'economy', 'transport', 'agriculture'], heldOutF: 46, devF: 54, undated: 2, files: 5 },
  { n: 114, what: 'Australian Treasurer, European Commission, HM Treasury, Welsh Government and Australian Government texts (held out) and European Commission, Australian Treasury and Scottish Government texts on jobs, the economic forecast, public finances, exports and the economy', beats: ['employment', 'economy', 'budgets', 'trade', 'business'], heldOutF: 50, devF: 31, undated: 6, files: 5 },
  { n: 113, what: 'BLS, Recovery.gov, GSA, White House and Interior texts (held out) and BLS, Recovery.gov, GSA and Transportation Department texts on jobs, recovery spending on highways and federal buildings', beats: ['employment', 'transport', 'construction', 'economy'], heldOutF: 53, devF: 46, undated: 0, files: 5 },
  { n: 112, what: 'Australian Treasurer, HM Treasury and European Commission texts (held out and dev) on jobs, public finances and the economic forecast', beats: ['employment', 'budgets', 'economy'], heldOutF: 47, devF: 44, undated: 4, files: 5 },
  { n: 111, what: 'BLS, Recovery.gov, White House, FTC and GSA texts (held out) and BLS, Recovery.gov, White House and VA texts on jobs, recovery spending, fraud, green construction and veterans', beats: ['employment', 'energy', 'economy', 'consumer', 'construction', 'environment', 'transport', 'veterans'], heldOutF: 54, devF: 53, undated: 4, files: 5 },
  { n: 110, what: 'Australian Government, HM Treasury, European Commission and New Zealand Government texts (held out) and Australian Government, HM Treasury and European Commission texts on national accounts, public finances and employment', beats: ['economy', 'budgets', 'employment'], heldOutF: 52, devF: 33, undated: 4, files: 5 },
  { n: 109, what: 'Federal Reserve, FTC, Commerce and FAA texts (held out) and Federal Reserve, FTC, Commerce and BLS texts on Reserve Bank income, consumer fraud, weather, holiday statistics, air traffic, couples, internet use and jobs', beats: ['banking', 'consumer', 'weather', 'retail', 'transport', 'population', 'technology', 'employment'], heldOutF: 74, devF: 61, undated: 7, files: 5 },
  { n: 108, what: 'Eurostat, European Commission and Australian Government texts (held out) and Australian Government, Eurostat, European Commission and New Zealand Government texts on inflation, Schengen, the recovery facility, jobs, budget updates and GDP', beats: ['prices', 'government', 'budgets', 'employment', 'economy'], heldOutF: 47, devF: 37, undated: 4, files: 5 },
  { n: 107, what: 'Federal Reserve, Labor Department, SBA, FTC and Commerce texts (held out) and Federal Reserve, Labor Department, Interior, Commerce and FAA texts on Reserve Bank income, jobs, small-business lending, consumer complaints, population, park spending and air traffic', beats: ['banking', 'employment', 'business', 'consumer', 'population', 'tourism', 'transport'], heldOutF: 74, devF: 52, undated: 5, files: 5 },
  { n: 106, what: 'Australian Government, Eurostat, Scottish Government and New Zealand Government texts (held out) and Australian Government, Eurostat and Welsh Government texts on unemployment, national accounts, GDP, farm statistics, financial statements, cancer waits and winter pressures', beats: ['employment', 'economy', 'agriculture', 'budgets', 'health'], heldOutF: 62, devF: 69, undated: 12 },
  { n: 105, what: 'Commerce, Treasury, Federal Reserve, FHWA and Labor Department texts (held out) and Federal Reserve, Treasury, USDA, Labor Department and Commerce texts on exports, budget results, Reserve Bank income, driving, TARP, jobs and population', beats: ['trade', 'budgets', 'banking', 'transport', 'finance', 'employment', 'agriculture', 'population'], heldOutF: 69, devF: 58, undated: 2 },
  { n: 104, what: 'Wikinews, Statistics Canada, Eurostat, Scottish Government, DWP and Australian Government texts (held out) and Eurostat, Stats NZ, Australian Government and Wales Office texts on an air crash, GDP, inflation, fish landings, employment, prices and a New Year message', beats: ['transport', 'economy', 'fisheries', 'employment', 'prices', 'government'], heldOutF: 64, devF: 62, undated: 5 },
  { n: 103, what: 'Treasury, NHTSA, USDA, Army, SBA and Labor Department texts (held out) and Treasury, VA, Commerce, Labor Department and NHTSA texts on budget results, seat belts, farm programmes, veterans\' claims, small-business lending, jobs and exports', beats: ['budgets', 'transport', 'agriculture', 'veterans', 'business', 'employment', 'trade'], heldOutF: 53, devF: 45, undated: 0, files: 5 },
  { n: 102, what: 'Scottish Government, Scotland Office, New Zealand Government and Eurostat texts (held out) and Welsh Government, EU competition, Eurostat and New Zealand Government texts on child payments, alcohol pricing, budgets, retail trade, GDP, government programmes, renewables, state aid and energy imports', beats: ['welfare', 'health', 'budgets', 'economy', 'education', 'government', 'energy', 'business', 'employment'], heldOutF: 41, devF: 53, undated: 6 },
  { n: 101, what: 'SBA, Treasury, EPA, USDA and HUD texts (held out) and SBA, EPA, FAA, HHS and NOAA texts on small-business lending, the federal deficit, Superfund sites, farm exports, veteran homelessness, industrial energy, aviation delays, household income and NOAA\'s year', beats: ['business', 'budgets', 'environment', 'agriculture', 'housing', 'transport', 'economy', 'science'], heldOutF: 29, devF: 39, undated: 2, files: 5 },
  { n: 100, what: 'Home Office media blog, Senate Commerce, Labor Department, Treasury and Energy Department texts (held out) and Home Office, Labor Department, FEMA and EPA texts on asylum, NOAA\'s budget, jobs, pandemic lending, state energy grants, unaccompanied children, worker grants, disasters, school buses and brownfields', beats: ['immigration', 'budgets', 'employment', 'economy', 'energy', 'disasters', 'environment'], heldOutF: 30, devF: 21, undated: 1, files: 5 },
  { n: 99, what: 'Home Office media blog, European Commission and Statistics Canada texts (held out and dev) on knife crime, stop and search, violence against women, tariffs, consumer prices, domestic abuse, online grooming, meals, teachers and employment insurance', beats: ['crime', 'welfare', 'trade', 'economy', 'education', 'employment'], heldOutF: 25, devF: 56, undated: 4, files: 5 },
  { n: 98, what: 'European Commission, Home Office, NHTSA and Statistics Canada texts (held out) and NHTSA, European Commission, Statistics Canada, Home Office and USDA texts on Eurobarometer, asylum, road safety, consumer prices, crime and farm policy', beats: ['politics', 'immigration', 'transport', 'economy', 'crime', 'agriculture'], heldOutF: 48, devF: 26, undated: 2 },
  { n: 97, what: 'BLS, Department for Education, VA, European Commission and NHTSA texts (held out) and BLS, European Commission, NOAA, NHTSA and VA texts on consumer spending, holiday activities, veterans\' claims, Eurobarometer, refugee grants, road deaths, student employment and billion-dollar disasters', beats: ['economy', 'education', 'health', 'politics', 'refugees', 'transport', 'employment', 'environment', 'welfare'], heldOutF: 56, devF: 29, undated: 4 },
  { n: 96, what: 'BLS, Statistics Canada, European Commission, Labor Department, Transportation Department and VA texts (held out) and Labor Department, Statistics Canada, European Commission and VA texts on consumer spending, household spending, education, jobs reports, road safety, veterans\' claims and health', beats: ['economy', 'education', 'employment', 'transport', 'welfare', 'health'], heldOutF: 55, devF: 56, undated: 2 },
  { n: 95, what: 'European Commission, Labor Department and VA texts (held out) and ERS, Labor Department, Statistics Canada, European Commission and VA texts on single-market products, jobs reports, clean air, homeless veterans, Veterans Day, soybean costs, household spending, food waste and disability claims', beats: ['business', 'economy', 'environment', 'housing', 'military', 'agriculture', 'employment', 'science', 'welfare'], heldOutF: 30, devF: 52, undated: 0 },
  { n: 94, what: 'HM Treasury, DHSC and Scotland Office texts (held out) and Scotland Office and Treasury texts on venture funds, labour markets, education allowances, early years, growth incentives, housing support, volunteering and tax credits', beats: ['business', 'economy', 'education', 'health', 'local', 'housing', 'society', 'welfare'], heldOutF: 49, devF: 43, undated: 0 },
  { n: 93, what: 'Ministry of Defence, Scotland Office, Treasury, Wales Office, DESNZ and Scottish Government texts (held out) and Treasury, DCMS, Scotland Office, Wales Office and Welsh Government texts on Ukraine aid, labour markets, tax credits, green finance, biodiversity, boardroom pay, museums, fuel duty and health pay', beats: ['defence', 'economy', 'energy', 'environment', 'business', 'culture', 'health'], heldOutF: 47, devF: 37, undated: 0 },
  { n: 92, what: 'U.S. Attorney, BJS, Interior, Commerce and NOAA texts (held out) and U.S. Attorney, BJS, Education Department and Commerce texts on collections, violence, victimization, prison populations, lease sales, grants, trade and tornado deaths', beats: ['courts', 'crime', 'energy', 'trade', 'weather', 'education'], heldOutF: 68, devF: 71, undated: 2 },
  { n: 91, what: 'Justice Department, BJS, Education Department, Interior, Commerce and NOAA texts (held out and dev) on collections, prison populations, violent crime, grants, dropout rates, lease sales, exports and tornadoes', beats: ['courts', 'crime', 'education', 'energy', 'trade', 'weather'], heldOutF: 77, devF: 63, undated: 2 },
  { n: 90, what: 'U.S. Attorney, Scottish Government, DfE, Interior, Commerce and NOAA texts (held out and dev) on collections, recorded crime, phonics, oil and gas leases, trade and tornadoes', beats: ['courts', 'crime', 'education', 'energy', 'trade', 'weather'], heldOutF: 61, devF: 53, undated: 1 },
  { n: 89, what: 'VOA, DWP and NHTSA texts (held out) and VOA, DWP and NHTSA texts on East Timor food aid and refugees, a disastrous year for hunger, employment records, AIDS, food aid appeals and seat belt grants', beats: ['aid', 'disasters', 'employment', 'health', 'refugees', 'transport', 'economy'], heldOutF: 41, devF: 42, undated: 0 },
  { n: 88, what: 'VOA, Labor Department, DWP and NHTSA texts (held out) and VOA, Labor Department, European Commission and NHTSA texts on food aid, jobs, employment, refugee appeals, seat belts, East Timor and Chechnya', beats: ['aid', 'economy', 'employment', 'refugees', 'transport', 'war'], heldOutF: 58, devF: 42, undated: 0 },
  { n: 87, what: 'VOA, Labor Department, European Commission and NHTSA texts (held out) and VOA, Labor Department, Australian Government and NHTSA texts on a UN appeal, jobs, unemployment, war deaths, drunk driving, casualties, famine, tobacco, internet freedom, broadband and road deaths', beats: ['aid', 'economy', 'employment', 'refugees', 'transport', 'war', 'health', 'media', 'technology'], heldOutF: 54, devF: 39, undated: 0 },
  { n: 86, what: 'Labor Department, DWP, White House, VOA, European Commission and NHTSA texts (held out) and Labor Department, European Commission, VOA, DWP and NHTSA texts on jobs, unemployment, weatherization, deaths, Eurobarometer, drunk driving, excess deaths, poverty and traffic records', beats: ['economy', 'employment', 'energy', 'health', 'politics', 'poverty', 'transport'], heldOutF: 82, devF: 52, undated: 1 },
  { n: 85, what: 'Labor Department, VOA, NHTSA and Wikinews texts (held out) and VOA and Labor Department texts on jobs, growth forecasts, measles, traffic records, bombings, hunger, plant growth, vaccines and air strikes', beats: ['economy', 'health', 'transport', 'war', 'development', 'environment'], heldOutF: 39, devF: 32, undated: 2 },
  { n: 84, what: 'VOA, Labor Department, DfE and DWP texts (held out) and VOA, Labor Department, European Commission and Stats NZ texts on earthquakes, jobs, growth forecasts, school subjects, AIDS, pension assets, farming weather, floods, infringements and population', beats: ['disasters', 'economy', 'education', 'health', 'pensions', 'agriculture', 'government', 'population'], heldOutF: 49, devF: 35, undated: 1 },
  { n: 83, what: 'Labor Department, MHCLG, VOA and European Commission texts (held out) and VOA, Labor Department and European Commission texts on jobs, council funding, Ebola, coronavirus, relocation, immigrants, food aid, hippos and a media debate', beats: ['economy', 'government', 'health', 'migration', 'population', 'agriculture', 'environment', 'media'], heldOutF: 46, devF: 33, undated: 1 },
  { n: 82, what: 'Labor Department, VOA, European Commission and DfT texts (held out) and VOA, Labor Department and European Commission texts on jobs, attacks, coronavirus, relocation, the EU-Turkey statement, school charging sockets, floods and Grenfell Tower', beats: ['economy', 'health', 'migration', 'transport', 'war', 'disasters'], heldOutF: 45, devF: 35, undated: 0 },
  { n: 81, what: 'VOA, Statistics Canada and European Commission texts (held out) and VOA, Statistics Canada and New Zealand Government texts on drought, shootings, prices, elections, polio, the EU\'s year, hunger, ministers\' statements, refugee admissions and population', beats: ['agriculture', 'crime', 'economy', 'elections', 'health', 'politics', 'migration', 'population'], heldOutF: 47, devF: 51, undated: 2 },
  { n: 80, what: 'VOA and European Commission texts (held out) and European Commission, VOA, Labor Department and Statistics Canada texts on hurricanes, typhoons, growth forecasts, currency, patients, refugees, state aid, earthquakes, jobs, cancer survival and a rail collision', beats: ['disasters', 'economy', 'health', 'migration', 'business', 'transport'], heldOutF: 54, devF: 39, undated: 0 },
  { n: 79, what: 'Wikinews, European Commission, Welsh Government and VOA texts (held out) and VOA, FTC, Labor Department, Statistics Canada and NCHS texts on earthquakes, support packages, jobs, elections, Ebola, refugees, crops, refunds, manufacturing and health surveys', beats: ['disasters', 'economy', 'elections', 'health', 'migration', 'agriculture', 'business'], heldOutF: 33, devF: 42, undated: 1 },
  { n: 78, what: 'Wikinews, Wales Office, DHSC and VOA texts (held out) and Statistics Canada, Wikinews, Labor Department and VOA texts on earthquakes, jobs, vaccination, war, business, prices and Ebola', beats: ['disasters', 'economy', 'health', 'war', 'business'], heldOutF: 46, devF: 62, undated: 0 },
  { n: 77, what: 'Home Office, ONS, Wales Office, DHSC, BEIS and DCMS releases (held out) and Labor Department, Statistics Canada, DfE and NCHS texts on crime, jobs, vaccination, research funding, sport, prices, phonics and health surveys', beats: ['crime', 'economy', 'health', 'science', 'sport', 'education'], heldOutF: 50, devF: 55, undated: 0 },
  { n: 76, what: 'Ministry of Defence, Scottish Government, DfT and DOT releases (held out) and Statistics Canada, DfE, NCHS, NSF and DfT texts on defence, schools, transport, welfare, retail, health and doctorates', beats: ['defence', 'education', 'transport', 'welfare', 'economy', 'health', 'science'], heldOutF: 42, devF: 45, undated: 1 },
  { n: 75, what: 'USDA export statements, Energy Department weatherization milestones and a VA/HUD homelessness count (held out), and SBA disaster-loan, Labor Department and DWP labour-market releases', beats: ['agriculture', 'energy', 'housing', 'disasters', 'economy'], heldOutF: 40, devF: 51, undated: 2 },
  { n: 74, what: 'European Commission updates on the Investment Plan for Europe (held out as one series) and SBA disaster-loan and Labor Department jobs statements', beats: ['economy', 'disasters'], heldOutF: 90, devF: 38, undated: 0 },
  { n: 73, what: 'U.S. Air Force fuel-efficiency stories (held out as one series) and Army, Air Force, DVIDS and Marine Corps news stories on senior enlisted visits, flying and maintenance awards and end strength', beats: ['energy', 'defence'], heldOutF: 43, devF: 30, undated: 5 },
  { n: 72, what: 'BEA, NOAA, Stats NZ, USDA and White House texts on the marine economy, consumer prices, rural energy and business grants, loan guarantees and net migration', beats: ['business', 'economy', 'population'], heldOutF: 74, devF: 45, undated: 0 },
  { n: 71, what: 'USDA, USGS, NOAA, 10 Downing Street, Coast Guard, FEMA and Commerce texts on grasslands, mineral production, an estuarine reserve, a government programme, streamflow, drug seizures, dam safety grants, census releases, well water and water use', beats: ['agriculture', 'business', 'environment', 'politics', 'water', 'crime', 'disasters', 'population'], heldOutF: 37, devF: 39, undated: 6 },
  { n: 70, what: 'ERS, New Zealand Government, DoD, Stats NZ, DfE, Army News Service and Washington File texts on farm income, police statistics, TRICARE, prices, attendance, crime, pay, troop levels, labour costs and teacher bursaries', beats: ['agriculture', 'crime', 'defence', 'economy', 'education'], heldOutF: 44, devF: 34, undated: 2, files: 5 },
  { n: 69, what: 'Army, FEMA, Stats NZ, Air Force Reserve, Census and FAA texts on excess facilities, disaster grants and assistance, home consents, a physical challenge, fuel efficiency, population growth and flight delays', beats: ['defence', 'disasters', 'energy', 'population', 'property', 'sport', 'transport'], heldOutF: 45, devF: 37, undated: 2, files: 5 },
  { n: 68, what: 'USDA, NOAA, USGS and Stats NZ texts on conservation sign-ups, budget requests, an ocean poll, fisheries, trade mitigation, wages, groundwater, seabirds, security attacks and storm warnings', beats: ['agriculture', 'budgets', 'economy', 'environment', 'science', 'technology', 'weather'], heldOutF: 38, devF: 46, undated: 2 },
  { n: 67, what: 'CBP, New Zealand Government, Army, AFPS, NOAA Fisheries and TSA texts on port enforcement, household incomes, energy awards and use, a solar microgrid, a health budget, humpback whales and holiday travel', beats: ['crime', 'economy', 'energy', 'health', 'science', 'transport'], heldOutF: 66, devF: 81, undated: 3 },
  { n: 66, what: 'FEMA, NOAA, Coast Guard and NASA releases on disaster housing and recovery, COVID-19 testing awards, a drought outlook, hurricane work, a fire grant, a liferaft rescue and spacewalks', beats: ['disasters', 'health'], heldOutF: 34, devF: 36, undated: 0 },
  { n: 65, what: 'Insolvency Service, Army News Service, DoD, FEMA, Stats NZ, Coast Guard and USGS texts on a director ban, recruiting, hurricane and fire recovery, prices, COVID-19 funding, a diver search and an earthquake', beats: ['defence', 'disasters', 'economy', 'health'], heldOutF: 67, devF: 29, undated: 4 },
  { n: 64, what: 'NASS, New Zealand Government, State Department, Education, DWP, DoD News, Census and NHTSA texts on crops, police numbers, a defence supplemental, Pell Grants, Universal Credit, a sexual assault report, jobs, turnout and road deaths', beats: ['crime', 'defence', 'transport'], heldOutF: 74, devF: 42, undated: 3 },
  { n: 63, what: 'USGS, USDA, Forest Service, Education, State Department (NASA data), BLS and New Zealand Government texts on mineral production, wildfires, graduation rates, earthquakes, land ice, fatal injuries and tourism', beats: ['disasters', 'tourism'], heldOutF: 39, devF: 60, undated: 5, files: 5 },
  { n: 62, what: 'Defense Department recruiting releases, FEMA Tropical Storm Fay releases, a GOV.UK apprenticeships story, AFPS recruiting, New Zealand Government unemployment statements, Census, NASA budget and Interior national parks texts', beats: ['defence', 'disasters', 'economy', 'education'], heldOutF: 75, devF: 60, undated: 2 },
  { n: 61, what: 'AFPS, FEMA, New Zealand Government, DfE, USGS, USDA, Army, ABS and National Institute on Aging texts on defence briefs, a flood grant, the cost of living, school places and ratings, earthquakes, emergency loans, drought, relief, prices, a budget and river flow', beats: ['agriculture', 'defence', 'economy', 'education'], heldOutF: 53, devF: 54, undated: 1 },
  { n: 60, what: 'NASA, Army News Service, NOAA, USDA, NOAA Fisheries, Census and USGS texts on the ozone hole, a general, land cover, tornadoes, conservation sign-ups, catches, fish stocks, county populations, streamflow and a hurricane', beats: ['climate', 'defence', 'fisheries', 'weather'], heldOutF: 48, devF: 44, undated: 3 },
  { n: 59, what: 'USDA, NASA, Census, DoD, health.mil, AFPS, Army News Service, FEMA and TSA texts on farm exports, climate records, schooling, flu vaccine, methane, naturalization, efficiencies, safe rooms and holiday screening', beats: ['agriculture', 'climate', 'defence', 'disasters', 'health'], heldOutF: 52, devF: 35, undated: 3 },
  { n: 58, what: 'VOA Learning English and Wikinews stories on a tobacco verdict, airline masks and contaminated milk (the pool of unused pages ran out at three)', beats: ['courts', 'health', 'transport'], heldOutF: 6, devF: 5, undated: 0, files: 1 },
  { n: 57, what: 'USDA, CBP, MBIE, New Zealand Government, Army News Service and Environment Agency texts on farm results, border enforcement, renewable electricity, surgery, crime, barracks, school attendance and drought', beats: ['agriculture', 'crime', 'energy', 'health'], heldOutF: 63, devF: 36, undated: 0 },
  { n: 56, what: 'VOA and Wikinews stories on an IPO, FIFA, malaria, coral bleaching, Wikinews, a car-maker settlement, pirates, child obesity, exoplanets and the Panama Canal', beats: ['business', 'courts', 'health', 'science'], heldOutF: 27, devF: 48, undated: 3, files: 5 },
  { n: 55, what: 'AFPS, New Zealand Government, FAA, USGS, USDA, Army, FEMA, DWP and Stats NZ texts on a defence budget, apprenticeships, air travel forecasts, drought, farming, retention, hurricane aid, employment and population', beats: ['budgets', 'economy', 'education', 'transport', 'weather'], heldOutF: 49, devF: 56, undated: 2 },
  { n: 54, what: 'VOA and Wikinews stories on a Chinese court, earthquakes in Pakistan, Nepal and Peru, tornadoes, a SpaceX launch, train crashes, a malaria vaccine and the Air France 447 crash', beats: ['courts', 'disasters', 'health', 'science', 'transport'], heldOutF: 30, devF: 41, undated: 0 },
  { n: 53, what: 'Defense Commissary Agency, AFPS, NTSB, NOAA Fisheries, Census, HHS, ABS, Stats NZ and New Zealand Government texts on commissary savings, jobs, fish landings, transport safety, pay, income and poverty, prices, school funding and cancer', beats: ['business', 'defence', 'economy', 'education', 'transport'], heldOutF: 60, devF: 56, undated: 3 },
  { n: 52, what: 'VOA and Wikinews stories on cocoa prices and smuggling, an Airbus order, Myanmar\'s and Canada\'s elections, a court verdict, polls and the cost of the Olympics and the World Cup', beats: ['agriculture', 'business', 'courts', 'elections', 'polls', 'sport'], heldOutF: 42, devF: 36, undated: 0 },
  { n: 51, what: 'VOA, Army and AFPS texts on prisons, recruiting, college prices, renewables, long life, a world health report, a forces survey, transport, education report cards, diabetes, death rates and space', beats: ['defence', 'education', 'health', 'science'], heldOutF: 36, devF: 32, undated: 3 },
  { n: 50, what: 'VOA, DOD News and NIH texts on farm payments, global warming, a defence audit, child investment, foreign students, military service, crime, jobs, freedom and research funding', beats: ['agriculture', 'climate', 'defence', 'development', 'politics'], heldOutF: 28, devF: 39, undated: 5 },
  { n: 49, what: 'VOA, USAGM and Wikinews texts on world agriculture, a school shooting, poverty and human development, children\'s health, audiences, reading skills, carbon dioxide and the Olympics', beats: ['agriculture', 'development', 'health', 'media', 'sport'], heldOutF: 46, devF: 48, undated: 6 },
  { n: 48, what: 'VOA stories and a Wikinews story on farm earnings, coffee prices, a street bomb, schools and students, health studies, the internet, a recession, the Boston Marathon and airline delays', beats: ['agriculture', 'education', 'health', 'sport', 'transport'], heldOutF: 29, devF: 22, undated: 2 },
  { n: 47, what: 'Stats NZ, Statistics Canada, DOD News, VOA, NASA and Army texts on food prices, troops, jobs, space budgets, the Army Ten-Miler, internet users, business returns and visitors', beats: ['economy', 'defence', 'space', 'sport', 'technology'], heldOutF: 34, devF: 56, undated: 2 },
  { n: 46, what: 'UK government releases, bulletins and statements (Defra, the Environment Agency, ONS, DESNZ, DHSC, No 10, DfE, the Wales Office, DfT) on farming, floods, public finances, energy, health, policing, education and transport', beats: ['agriculture', 'economy', 'energy', 'health', 'transport'], heldOutF: 51, devF: 37, undated: 2 },
  { n: 45, what: 'VOA, Defense Media Activity and UK government texts on droughts, teachers\' pay, school attendance, a children\'s study, elections, the Red List, AI, innovation and a railway station', beats: ['agriculture', 'education', 'elections', 'technology', 'transport'], heldOutF: 31, devF: 43, undated: 1 },
  { n: 14, what: 'fundus\'s test pages from US outlets on several beats', beats: ['economy', 'markets', 'politics', 'technology'], heldOutF: 50, devF: 80, undated: 0 },
  { n: 15, what: 'fundus\'s test pages from UK, Canadian, Australian, South African and Indian outlets', beats: ['conflict', 'politics', 'courts', 'sport'], heldOutF: 35, devF: 44, undated: 0 },
  { n: 16, what: 'Wikinews and VOA stories on politics, elections, courts and crime', beats: ['courts', 'elections', 'politics', 'sport'], heldOutF: 21, devF: 20, undated: 1 },
  { n: 17, what: 'VOA stories on the economy, companies, health studies, refugees and sport', beats: ['economy', 'health', 'sport'], heldOutF: 38, devF: 50, undated: 2 },
  { n: 18, what: 'VOA stories on disasters, courts, elections, aid appeals, space and sport', beats: ['disasters', 'courts', 'elections', 'sport'], heldOutF: 41, devF: 41, undated: 0 },
  { n: 19, what: 'VOA stories on the economy, budgets, companies, technology, health and migration', beats: ['economy'], heldOutF: 27, devF: 41, undated: 0 },
  { n: 20, what: 'US federal news releases on defence budgets, courts, disasters, energy, space and health', beats: ['budgets', 'courts', 'disasters', 'space'], heldOutF: 32, devF: 39, undated: 0 },
  { n: 21, what: 'GOV.UK news stories on crime, housing, floods, trade, defence, transport and health', beats: ['crime', 'housing', 'economy', 'defence'], heldOutF: 53, devF: 47, undated: 0 },
  { n: 23, what: 'European Commission press texts on disasters, health, the economy and budgets', beats: ['disasters', 'health', 'economy'], heldOutF: 33, devF: 27, undated: 0 },
  { n: 24, what: 'New Zealand Government statements on jobs, immunisation, crime, earthquake recovery and sport', beats: ['economy', 'health', 'sport'], heldOutF: 49, devF: 66, undated: 1 },
  { n: 25, what: 'Welsh Government, Scottish Government and Northern Ireland Executive news on NHS waits, recycling, floods, budgets and college leavers', beats: ['health', 'environment', 'budgets', 'disasters', 'education'], heldOutF: 55, devF: 59, undated: 0 },
  { n: 26, what: 'US EPA news on the Gold King Mine response and the annual enforcement results', beats: ['courts', 'disasters'], heldOutF: 40, devF: 44, undated: 1 },
  { n: 27, what: 'US Interior, Fish and Wildlife Service and National Park Service releases on wildlife funds and park visits', beats: ['environment', 'tourism'], heldOutF: 41, devF: 61, undated: 5 },
  { n: 28, what: 'HMRC, DWP and DfE releases on tax filing, Pension Credit and teacher numbers', beats: ['economy', 'welfare', 'education'], heldOutF: 59, devF: 59, undated: 6 },
  { n: 29, what: 'fundus\'s test pages from European, African, Asian and American outlets on politics, crime, trade and health', beats: ['politics', 'crime'], heldOutF: 53, devF: 58, undated: 0 },
  { n: 30, what: 'news from the extractor libraries\' test pages (Globe and Mail, TIME, CNN, Businessweek, Guardian, WIRED and others)', beats: ['transport', 'business', 'crime'], heldOutF: 105, devF: 62, undated: 0 },
  { n: 31, what: 'news from fundus\'s replaced pages and Postlight\'s fixtures (9News, AP, NPR, POLITICO, the Guardian, CNBC, NYT, Reuters)', beats: ['crime', 'politics', 'economy'], heldOutF: 37, devF: 80, undated: 0 },
  { n: 32, what: 'news from fundus\'s replaced and 2023 pages (National Post, Times of India, The Namibian, Evening Standard, Euronews, the Independent)', beats: ['health', 'crime', 'sport'], heldOutF: 32, devF: 28, undated: 1 },
  { n: 33, what: 'the last unused US pages of fundus (Business Insider, Rolling Stone, The Intercept, The Gateway Pundit), thin in figures', beats: ['politics', 'health'], heldOutF: 4, devF: 9, undated: 0, files: 4 },
  { n: 34, what: 'newspaper\'s full-text test pages of 2014 (Bloomberg, NOLA.com, OregonLive, Pew, Reuters, the Globe and Mail, the Dallas Morning News, the New York Post, TNR)', beats: ['economy', 'courts', 'disasters', 'markets', 'sport', 'climate'], heldOutF: 98, devF: 59, undated: 0 },
  { n: 35, what: 'VOA stories of 2006 to 2024 on chips, growth, vaccinations, marathons, OPEC, jobs and heat', beats: ['business', 'economy', 'health', 'sport', 'energy'], heldOutF: 36, devF: 31, undated: 1 },
  { n: 36, what: 'Wikinews and VOA stories of 2005 to 2022 on crime, a quake, the UK economy, NHS pay, airlines, banks, markets and population', beats: ['crime', 'disasters', 'economy', 'markets', 'transport'], heldOutF: 56, devF: 48, undated: 1 },
  { n: 37, what: 'VOA stories of 2003 to 2024 on glaciers, English teaching, Ebola, asteroids, a derailment, graduation rates, salt and NBA players', beats: ['climate', 'education', 'health', 'science', 'sport'], heldOutF: 33, devF: 32, undated: 2 },
  { n: 44, what: 'VOA Special English and AFPS reports on drought forecasts, budgets, colleges, health studies, oil prices and Winter Olympics', beats: ['agriculture', 'economy', 'education', 'health', 'sport'], heldOutF: 37, devF: 44, undated: 6 },
  { n: 43, what: 'VOA, AFPS and UK government texts (BEIS, No10, Cabinet Office, DBT, DfE, DH, DCMS) on agriculture, defence, energy prices, education, health, politics and sport', beats: ['agriculture', 'defence', 'energy', 'health', 'sport'], heldOutF: 44, devF: 38, undated: 2 },
  { n: 42, what: 'US federal releases (FEMA, HUD, CDC, NHTSA, NASA, Census/BEA, the National Weather Service, a US Attorney) and a VOA story on courts, disasters, housing, science, trade and weather', beats: ['courts', 'disasters', 'housing', 'trade', 'weather'], heldOutF: 39, devF: 61, undated: 4 },
  { n: 41, what: 'US federal texts (ERS, Air Force, DoD, DOE, NOAA Fisheries, NCHS, the Army Ten-Miler) and a VOA story on farming, defence, energy, fisheries, health and sport', beats: ['agriculture', 'defence', 'energy', 'fisheries', 'sport'], heldOutF: 62, devF: 83, undated: 2 },
  { n: 40, what: 'VOA and BBG/USAGM announcements of US international broadcasting\'s audiences, 2008 to 2023', beats: ['media'], heldOutF: 45, devF: 42, undated: 4, files: 5 },
  { n: 39, what: 'US federal releases and statements and a VOA story on agriculture, courts, education, energy, sport, technology and transport', beats: ['agriculture', 'courts', 'education', 'energy', 'technology'], heldOutF: 34, devF: 43, undated: 7 },
  { n: 38, what: 'Global Voices, Wikinews and US federal texts on agriculture, defence, a quake, politics, property, space budgets and technology', beats: ['agriculture', 'defence', 'disasters', 'politics', 'property', 'technology'], heldOutF: 19, devF: 24, undated: 2, files: 5 },
] as const;
for (const w of LATER_WAVES) {
  test(`wave ${w.n} is ${w.what}, with a held-out split of its own`, () => {
    const dev = loadSplit(`dev${w.n}`);
    const heldout = loadSplit(`heldout${w.n}`);
    // (the thirty-third wave found only eight unused pages: four a side; the thirty-eighth ten)
    const files = 'files' in w ? w.files : 6;
    assert.ok(dev.length >= files && heldout.length >= files);
    const beats = new Set([...dev, ...heldout].map((a) => a.beat));
    for (const beat of w.beats) assert.ok(beats.has(beat), beat);
    const fs = (part: typeof dev) => part.reduce((n, a) => n + a.labels.filter((l) => l.kind === 'F').length, 0);
    assert.ok(fs(heldout) >= w.heldOutF && fs(dev) >= w.devF);
    for (const a of [...dev, ...heldout]) assert.match(a.published, /^(?:\d{4}-\d{2}-\d{2}|unknown)$/, a.name);
    assert.equal([...dev, ...heldout].filter((a) => a.published === 'unknown').length, w.undated);
  });
}

test('the completeness check catches an unlabelled number', () => {
  const a = parseCorpusFile('x', '# source: s\n⟦F|12⟧ tanks and three trucks in ⟦N|2024⟧, 7 more');
  assert.deepEqual(unlabelledNumbers(a), ['13: three', '35: 7']);
  assert.ok(parseCorpusFile('x', '⟦Q|1⟧').errors.length > 0);
});

for (const split of ALL_SPLITS) {
  test(`${split}: every article carries complete drafting labels (published, actors, fact/by/asof)`, () => {
    for (const a of loadSplit(split)) assert.deepEqual(draftLabelProblems(a), [], a.name);
  });
}

test('the drafting-label check catches a missing attribute and an unknown actor', () => {
  const a = parseCorpusFile('x', '# source: s\n# published: 2024-12-26\n# actor: af = the air force\n'
    + '⟦F|78|fact=missiles-launched by=af asof=2024-12-25⟧ and ⟦F|59|fact=shot-down by=gur asof=yesterday⟧ and ⟦F|3|by=-⟧');
  assert.deepEqual(a.errors, []);
  assert.equal(a.labels[0]!.attrs.fact, 'missiles-launched');
  assert.deepEqual(draftLabelProblems(a), [
    'F "59" at 7: by=gur is not a header actor or -',
    'F "59" at 7: asof=yesterday',
    'F "3" at 14: fact=(missing)',
    'F "3" at 14: asof=(missing)',
  ]);
});
