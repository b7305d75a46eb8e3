// Poll and survey results (sentences written for these tests, not from the corpus): the
// respondents answer, the pollster states the figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

function actors(body: string): (figure: string) => string | undefined {
  const find = drafted(body, '2026-05-02');
  return (figure: string) => {
    const c = find(figure);
    assert.ok(c, `"${figure}" is drafted`);
    return c.actor;
  };
}

test('shares that respondents gave, and those read out after them in the paragraph, are the pollster\'s', () => {
  const actor = actors('Young farmers\nThe Farm Bureau said its survey questioned young farmers across the country this spring.\n'
    + 'Fifty-one percent of those questioned said they started farming in a family business. Twenty-seven percent entered farming on their own.\n'
    + 'The harvest was early this year. Only 12 percent of the crop was lost.\n');
  assert.match(actor('Fifty-one percent') ?? '', /farm-bureau/);
  assert.equal(actor('Twenty-seven percent'), actor('Fifty-one percent'), 'read out after a respondents\' share');
  assert.equal(actor('Only 12 percent'), undefined, 'another paragraph in the article\'s voice is not the survey\'s');
});

test('"those questioned said" names the respondents, not a source; with no pollster named, the share has no actor', () => {
  const actor = actors('Farmers\nThe weather was dry. Forty percent of those questioned said rain came too late.\n');
  assert.equal(actor('Forty percent'), undefined);
  const named = actors('Farmers\nA Gallup poll found farmers worried. Gallup said 40 percent of those polled said rain came too late.\n');
  assert.match(named('40 percent') ?? '', /gallup/);
});

test('a quake\'s magnitude and depth are the seismological agency\'s the article named, in later paragraphs too', () => {
  const actor = actors('Quakes\nAccording to the U.S. Geological Survey, four earthquakes have hit the gulf.\n'
    + 'The second earthquake reached a magnitude 5.4, and occurred at a depth of 594 kilometers.\n'
    + 'A third earthquake struck 945 kilometers south-southeast of the capital. A convoy drove 80 kilometers to the coast.\n'
    + 'Officials said 12 houses were damaged.\n');
  assert.match(actor('5.4') ?? '', /geological-survey|usgs/);
  assert.equal(actor('594 kilometers'), actor('5.4'));
  assert.equal(actor('945 kilometers'), actor('5.4'), 'a distance that places the quake');
  assert.equal(actor('80 kilometers'), undefined, 'a distance in a sentence about no quake is the article\'s');
  assert.doesNotMatch(actor('12') ?? '', /geological-survey|usgs/, 'a toll is not the agency\'s');
  const none = actors('Quakes\nFour earthquakes have hit the gulf.\nThe second earthquake reached a magnitude 5.4.\n');
  assert.equal(none('5.4'), undefined, 'no agency named: the article\'s own voice');
});
