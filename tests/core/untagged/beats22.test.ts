// The beats corpus's twenty-second wave (outlets' news: a console review, a telescope, a dateline):
// the detector and reader cases its dev errors showed, in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFigure } from '../../../server/src/core/figures/read';
import { checkLabelled as check } from './labelled';

const reads = (text: string, low: number, unit: string | undefined) => {
  const r = readFigure(text);
  assert.ok(r.ok, text);
  assert.equal(r.value.low, low, text);
  assert.equal(r.value.unit, unit, text);
};

test('display resolutions are names: 4K, 8K, 1080p, 1,440p, and a range of them', () => {
  check('The set plays games in native 4K, films in 8K and streams at 1080p or 1,440p; between 1080p and 4K few can tell.');
  // (four thousand when it counts something, or with a currency)
  check('The post drew ⟦F|4K⟧ followers and a ⟦F|$4K⟧ bonus.');
});

test('a frame rate in fps, glued or spaced, and a drive in the singular terabyte', () => {
  check('It runs at ⟦F|30 FPS⟧ in one mode, at ⟦F|60FPS⟧ in another, reads ⟦F|120 frames per second⟧ from a ⟦F|1 terabyte⟧ drive.');
  reads('60FPS', 60, 'fps');
  reads('1 terabyte', 1, 'TB');
});

test('an area in square metres or feet written with a power sign, glued or spaced', () => {
  check('A ⟦F|300 m²⟧ flat, an ⟦F|85m2⟧ studio and a ⟦F|1,200 ft²⟧ house.');
  reads('300 m²', 300, 'm2');
  reads('85m2', 85, 'm2');
});

test('a chip\'s model number after its lower-case code, and a source "known as" a number, are names', () => {
  check('The PC has an Intel Core i7 4790k and the burst source known as 121102 repeats.');
});

test('"one" standing for a noun after an article and an adjective', () => {
  check('A decent one costs ⟦F|between $600 and $800⟧.');
});

test('half a decade is five years; decades and centuries are durations', () => {
  check('The telescope took ⟦F|half a decade⟧ to build.');
  const r = readFigure('half a decade');
  assert.ok(r.ok && r.value.unit === 'decade' && r.value.low === 0.5);
  reads('three centuries', 3, 'century');
});

test('a change "by 100 times" is a multiple, and a sum hyphened to its scale and currency is money', () => {
  check('The dishes will improve its resolution by ⟦F|100 times⟧, he says, at a cost of the ⟦F|1.2-billion-yuan⟧ budget.');
  reads('1.2-billion-yuan', 1.2e9, 'CNY');
  reads('300-million-pound', 3e8, 'GBP');
});

test('a dateline\'s place in capitals is a name, a headline in capitals still counts', () => {
  check('Story\nTHOUSAND OAKS, Calif. – The team trained.\n⟦F|TWO⟧ KILLED, ⟦F|FIVE⟧ HURT IN CRASH');
});

test('a time named by its distance ("20 years ago") is no figure; an age in millions of years is', () => {
  check('It was founded over 20 years ago, fossils from ⟦F|3 million years⟧ ago, and prices rose ⟦F|20%⟧ from a year ago.');
});

test('"US $6.9 billion" is US dollars with the country spaced from its sign', () => {
  check('Exports were ⟦F|just under US $6.9 billion⟧ last year.');
  const r = readFigure('US $6.9 billion');
  assert.ok(r.ok && r.value.unit === 'USD' && r.value.low === 6.9e9);
});

test('each end with its unit, downwards, is two figures: a lead, a fall', () => {
  check('Trump led ⟦F|39 percent⟧ to ⟦F|32 percent⟧, and support fell from ⟦F|20%⟧ to ⟦F|15%⟧; rates of ⟦F|5% to 7%⟧ held.');
});

test('"one day" followed by its clause\'s subject picks out a day', () => {
  check('There was one day I asked him about the smell. The strike lasted ⟦F|one day⟧.');
});

test('clock times written with a dot, a leading zero showing them, are times, not decimals', () => {
  check('Filings: 00.00 to 08.00: ⟦F|248⟧, 08.01 to 16.00: ⟦F|1,458⟧, 16.01 to 00.00: ⟦F|1,297⟧; the rate was ⟦F|16.01 percent⟧ and shares moved ⟦F|12.50 to 13.75⟧.');
});

test('"one" as "any" after a modal or in "for one person to", and "one with", is no count', () => {
  check('Can one member keep the plan? It is common for one person to have risks. ⟦F|Two⟧ deals, one with BP and one with VW, closed. They killed ⟦F|one⟧ person.');
});

test('natural gas in the trade\'s units: Bcf/d, Tcf, MMcf/d', () => {
  check('Burn rose to ⟦F|5.3 Bcf/d⟧, reserves were ⟦F|2 Tcf⟧ and the field gave ⟦F|450 MMcf/d⟧.');
  const r = readFigure('5.3 Bcf/d');
  assert.ok(r.ok && r.value.unit === 'Bcf/day' && r.value.low === 5.3);
});

test('a multiple written with an x, a screen\'s size, a relay, a 401k, a bill, kilobytes, megs and a half century', () => {
  check('A journey ⟦F|10x⟧ better, a 1920x1080 screen, the 4×100 medley relay, a 401k match, SB 478 passed, ⟦F|39 kilobytes⟧, ⟦F|27 megs⟧, ⟦F|64KB⟧ and ⟦F|a half century⟧ ago.');
  const r = readFigure('1920x1080');
  assert.ok(!r.ok, 'a screen size is no power of ten');
  const x = readFigure('10x');
  assert.ok(x.ok && x.value.unit === 'times' && x.value.low === 10);
  const p = readFigure('6.02×10²³');
  assert.ok(p.ok && Math.abs(p.value.low - 6.02e23) < 1e10);
});
