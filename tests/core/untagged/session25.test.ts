// Session 25 (issue 14): numbers the beats corpus's dev errors showed to say which, not how many,
// in sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFigures } from '../../../server/src/core/untagged/detect';

const found = (text: string) => detectFigures(text, [], { vagueQuantities: false, notFigures: [] } as never).map((c) => text.slice(c.span.start, c.span.end));

test('a bulletin in capitals numbers itself: "ADVISORY NUMBER  9", "DISCUSSION NUMBER 4"; its winds are a figure', () => {
  assert.deepEqual(found('TROPICAL STORM ZELDA ADVISORY NUMBER  9 NWS NATIONAL HURRICANE CENTER. MAXIMUM SUSTAINED WINDS ARE NEAR 45 MPH.'), ['NEAR 45 MPH']);
  assert.deepEqual(found('HURRICANE ZELDA DISCUSSION NUMBER 4 NWS NATIONAL HURRICANE CENTER'), []);
});

test('a size whose sides are glued by an x before its unit gives each side ("20x30x15 cm" is three lengths); a screen, a truck and a relay do not', () => {
  assert.deepEqual(found('The parcel must fit in 20x30x15 cm, or 8x12x6 inches.'), ['20', '30', '15 cm', '8', '12', '6 inches']);
  assert.deepEqual(found('A 2560x1440 display in a 4x4 pickup; she swam the 4x200m relay.'), []);
});

test('"up to" after a change to a level is no bound: "ticked up to 4.8%", "pushing the bill up to $9 million", "from 30 miles up to 45 miles"', () => {
  assert.deepEqual(found('Unemployment ticked up to 4.8% as the storm, pushing the repair bill up to $9 million, grew from 30 miles up to 45 miles wide.'), ['4.8%', '$9 million', '30 miles', '45 miles']);
  // (still bounds: what may happen, a sum's "adding up to", a saving's "up to")
  assert.deepEqual(found('Rivers could rise up to 3 feet. Shoppers save up to 25%. Fees adding up to $400 were waived.'), ['up to 3 feet', 'up to 25%', '$400']);
});

test('a headline\'s capital does not make "Magnitude-6.2" a code, as "F-16" is', () => {
  assert.deepEqual(found('Magnitude-6.2 Earthquake Shakes Island; F-16 Jets Grounded'), ['6.2']);
});

test('miles an hour dotted, "m.p.h.", are the speed\'s unit, its last dot the abbreviation\'s', () => {
  assert.deepEqual(found('The cart rolled at 2.4 m.p.h. on the slope; gusts hit 50 m.p.h., the crew said.'), ['2.4 m.p.h.', '50 m.p.h.']);
});

test('a spelled number keeps the comma after its thousands: "Forty-one thousand, three hundred twelve" is one figure; "five thousand, two of them" is two', () => {
  assert.deepEqual(found('Forty-one thousand, three hundred twelve ballots came in; five thousand, two of them late.'), ['Forty-one thousand, three hundred twelve', 'five thousand', 'two']);
});
