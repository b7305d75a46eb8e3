// As-of cases the eighteenth round's dev errors showed, in sentences written for these tests, not
// taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, readRegistry } from '../../../server/src/core/api';
import { drafted } from './drafted';
import { findTimeMentions } from '../../../server/src/core/draft/timex';

/** The claims drafted on `body` with no published date (an undated release). */
const undated = (body: string) => {
  const d = draftArticle(buildArticle('file:///w/u.claims.txt', body), new DraftContext(readRegistry('')));
  return (figure: string) => d.claims.find((c) => c.text === figure);
};

test('the period the lead names for its numbers dates the later paragraphs\' figures that name no time', () => {
  const body = 'Farms use less fuel\nFarms burned less diesel than a decade before, according to fuel use estimates for 2011 published by the agency.\n'
    + 'Tractors took 62 percent of the diesel and irrigation pumps 14 percent.\n';
  const find = drafted(body, '2012-06-20');
  assert.equal(find('62 percent')?.asof, '2011');
  assert.equal(find('14 percent')?.asof, '2011');
  // (undated, the period is all the text gives)
  assert.equal(undated(body)('62 percent')?.asof, '2011');
  // (a fiscal year named as when: "in fiscal year 2015")
  const fiscal = drafted('Inspections up\nThe U.S. Forest Service said inspections carried out in fiscal year 2015 found fewer faults than ever.\nInspectors visited 4,200 sites.\n', '2015-11-02');
  assert.equal(fiscal('4,200')?.asof, '2014-10..2015-09');
});

test('the lead\'s period dates no set already known, nothing ahead, and no event the lead dates by a month', () => {
  const body = 'Farms use less fuel\nFarms burned less diesel than a decade before, according to fuel use estimates for 2011 published by the agency.\n'
    + 'The agency, the largest of the three farm agencies, will spend $4 million on new pumps.\n';
  const find = drafted(body, '2012-06-20');
  assert.equal(find('three')?.asof, '2012-06-20');
  assert.equal(find('$4 million')?.asof, '2012-06-20');
  // ("in May" may be when an event the lead tells of happened, not the period of the numbers)
  const event = drafted('Strike ends\nDock workers walked out in May over pay.\nThe port handled 8,000 containers.\n', '2012-06-20');
  assert.equal(event('8,000')?.asof, '2012-06-20');
});

test('with no published date, a year the headline or the lead names "in" dates the later figures that name no time, but not a comparison\'s base', () => {
  const find = undated('Busy ferries\nThe island ferries carried a record 3.1 million passengers in 2016, the operator said.\nFreight rose 4 percent. Cars made up 38% of the vehicles carried.\n');
  assert.equal(find('38%')?.asof, '2016');
  // (the headline's year, when the lead names none)
  const headline = undated('Harbour works in 2016\nThe harbour board set out its plans.\nDredging removed 40,000 tonnes of silt.\n');
  assert.equal(headline('40,000 tonnes')?.asof, '2016');
  // ("compared to 2,700 in 2020": the base of a comparison dates nothing after it)
  const base = undated('Late filers\nSome 2,900 people filed late, compared to 2,700 in 2020.\nFines of £100 were sent to 800 of them.\n');
  assert.equal(base('800')?.asof, undefined);
  // (a published date dates the text: "in 2016" in a dated lead may be when something happened)
  const dated = drafted('Ferry traffic\nThe island ferries carried a record 3.1 million passengers in 2016, the operator said.\nCars made up 38% of the vehicles carried.\n', '2017-02-01');
  assert.equal(dated('38%')?.asof, '2017-02-01');
});

test('"the new fiscal year" in a sentence about the US federal government is its fiscal year on the day of publication; "the first month of" it is October', () => {
  const times = (sentence: string, published: string) => findTimeMentions(sentence, { start: 0, end: sentence.length }, published).map((t) => t.value);
  assert.deepEqual(times('The Navy Department set out its plans for the new fiscal year.', '2013-11-04'), ['2013-10..2014-09']);
  assert.deepEqual(times('Pentagon spending in the current fiscal year is flat.', '2014-03-02'), ['2013-10..2014-09']);
  assert.deepEqual(times('The Navy Department counted its sailors for the first month of the new fiscal year.', '2013-11-04'), ['2013-10']);
  // (whose fiscal year a company's or a council's is the text does not say)
  assert.deepEqual(times('The company expects higher sales in the new fiscal year.', '2013-11-04'), []);
  // (the lead's period dates the later figures)
  const find = drafted('Enlistments\nWASHINGTON — Navy Department officials released the enlistment numbers for the first month of the new fiscal year.\nThe Navy signed up 3,105 sailors, 102 percent of its goal.\n', '2013-11-04');
  assert.equal(find('3,105')?.asof, '2013-10');
});

test('with no published date, a day after "by" is a deadline ahead of the text, not the day its days without a year are reckoned from', () => {
  const find = undated('Festive filing\nThe revenue office said on 27 December 2019 that 2,100 people filed their returns on Boxing Day.\nAbout 9 million more are expected to file by 31 January 2020.\n');
  assert.equal(find('2,100')?.asof, '2019-12-26');
});

test('in a report on a period, the figure a change moved from is of the period before, unless the paragraph lent the time', () => {
  const find = drafted('Jobless rate falls to 4.1 percent in the June 2016 quarter\nThe unemployment rate fell to 4.1 percent, the statistics office said.\nThe rate for young people fell from 12.3 percent to 11.8 percent.\n', '2016-08-03');
  assert.equal(find('12.3 percent')?.asof, '2016-01..2016-03');
  assert.equal(find('11.8 percent')?.asof, '2016-04..2016-06');
  // (a before and after the paragraph dates is one time's)
  const lent = drafted('Pond trial\nIn 2022, the team coated a pond with glass beads. The beads raised the ice\'s albedo from 0.2 to 0.4.\n', '2023-04-25');
  assert.equal(lent('0.2')?.asof, '2022');
});

test('a paragraph that opens on the pattern of the one before ("This pattern prevailed ...") is of its time', () => {
  const find = drafted('Flu shots\nDuring 2021–2022, older adults were more likely than younger ones (71.0% versus 45.2%) to have had a flu shot.\nThis pattern prevailed among both men (68.3% versus 41.9%) and women (73.4% versus 48.6%).\n', '2023-05-12');
  assert.equal(find('68.3%')?.asof, '2021..2022');
  assert.equal(find('48.6%')?.asof, '2021..2022');
});

test('a survey named by its year, with no field days, dates the shares its respondents give', () => {
  const find = drafted('Residents rate the city\nThe 2022 Resident Satisfaction Survey was the first run online.\nOverall, 71 percent of respondents said they were satisfied with bus services.\n', '2023-02-14');
  assert.equal(find('71 percent')?.asof, '2022');
});

test('a stretch the lead names by both its edges dates the later paragraphs\' figures that name no time', () => {
  const find = drafted('Northland grows fastest\nNorthland was the fastest-growing region. Its population rose 2.1 percent from July 1, 2020, to July 1, 2021, the statistics office said.\nNext came Southland (1.8 percent) and Eastland (1.5 percent).\n', '2021-12-15');
  assert.equal(find('1.8 percent')?.asof, '2020-07-01..2021-07-01');
});

test('in a report on a year, a bulleted line lists the report\'s numbers', () => {
  const find = drafted('Harbour traffic tops 9 million passengers in 2019\nThe harbour board said traffic grew again in 2019.\nHighlights:\n• 412,000 vehicles carried\n', '2020-02-10');
  assert.equal(find('412,000')?.asof, '2019');
});

test('with no published date, a year any sentence of the lead names "in" dates the later figures', () => {
  const find = undated('Ferry boom\nThe island ferries had their best year yet. They carried a record 3.1 million passengers in 2016.\nCars made up 38% of the vehicles carried.\n');
  assert.equal(find('38%')?.asof, '2016');
});

test('"U.S. Agency for ..." is a US federal agency, whose fiscal year runs October to September; a time naming a target dates no sentence after it', () => {
  const times = (sentence: string) => findTimeMentions(sentence, { start: 0, end: sentence.length }, '2019-12-02').map((t) => t.value);
  assert.deepEqual(times('The U.S. Agency for International Development spent $2 billion during fiscal year 2019.'), ['2018-10..2019-09']);
  const find = drafted('Recycling up\nThe council beat its 2022 target for recycling. Households recycled 48 percent of their waste.\n', '2023-03-01');
  assert.equal(find('48 percent')?.asof, '2023-03-01');
});
