// Drafting cases the nineteenth round's actor errors showed (who states each figure), in sentences
// written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted } from './drafted';


test('a list of conditions ("if they:") in an institution\'s own release states no one\'s figures', () => {
  const actor = actorsFrom('Department for Work and Pensions', 'Winter payments open\n'
    + 'The Department for Work and Pensions (DWP) has paid 41,000 households so far this winter.\n'
    + 'Households can claim the payment online if they:\n'
    + '- earn less than £18,500 a year\n'
    + 'Payments are made within 12 working days.\n');
  assert.equal(actor('41,000'), 'dwp');
  assert.equal(actor('less than £18,500'), undefined);
  // (a list a line introduces otherwise stays in the outlet's voice)
  const listed = actorsFrom('Department for Work and Pensions', 'Winter payments open\n'
    + 'The Department for Work and Pensions (DWP) has paid 41,000 households so far this winter. This includes:\n'
    + '- 9,200 households in Wales\n');
  assert.equal(listed('9,200'), 'dwp');
});

test('with no outlet given, an institution that reveals its numbers in the lead speaks for its release', () => {
  const find = drafted('1,204 forms filed on New Year\'s Day\n'
    + 'The Passport Office (TPO) has revealed that 1,204 people sent in renewal forms on New Year\'s Day.\n'
    + 'Another 3,870 forms arrived the day after.\n'
    + 'Applicants can pay online if they:\n'
    + '- owe less than £90\n', '2025-01-05');
  assert.equal(find('3,870')?.actor, 'tpo');
  // (its headline, and conditions, stay in no one's voice)
  assert.equal(find('less than £90')?.actor, undefined);
  // ("reveals ... figures" in a line of the lead too)
  const figures = drafted('Late filers\nThe Tax Agency reveals filing figures for the holidays.\nSome 2,150 returns came in on 25 December.\n', '2025-01-05');
  assert.equal(figures('Some 2,150')?.actor, 'tax-agency');
  // (news that a person revealed something is no release of theirs)
  const person = drafted('Coach speaks\nJohn Smith has revealed that he turned down 3 offers.\nThe club won 12 games.\n', '2025-01-05');
  assert.equal(person('12')?.actor, undefined);
});

test('a release\'s headline is in no one\'s voice, though its lead gives the release to its publisher', () => {
  const find = drafted('Park Visits Reach 12.4 Million in 2024\n'
    + 'The Park Agency announced today that its parks drew 12.4 million visits in 2024.\n'
    + 'Camping stays rose 8 percent.\n', '2025-02-10');
  assert.equal(find('12.4 Million')?.actor, undefined);
  assert.equal(find('8 percent')?.actor, 'park-agency');
});

test('a headline that announces a sum states it in no one\'s voice; a lead that announces it is the announcer\'s', () => {
  const find = drafted('Transit Agency Announces $42 Million for New Buses\n'
    + 'The Transit Agency announced $42 million for 120 new buses on Monday.\n', '2025-02-10');
  assert.equal(find('$42 Million')?.actor, undefined);
  assert.equal(find('$42 million')?.actor, 'transit-agency');
});

test('data a speaker cites at the start of a sentence of his own quotation are his statement', () => {
  const find = drafted('Flu shots up\n'
    + 'Health Minister Ana Reyes says, "More adults had a flu shot this winter than ever before.\n'
    + '"According to the Health Agency, the share of people over 65 who had one rose to 72 per cent this year.\n'
    + '"Today\'s survey shows that 9 in 10 nurses had one too."\n', '2025-02-10');
  assert.equal(find('72 per cent')?.actor, 'reyes');
  assert.equal(find('9 in 10')?.actor, 'reyes');
  // (a citation after the figure passes on the source's count: "..., according to the ministry," said X)
  const passed = drafted('Storm toll\n'
    + '"We are alarmed that the toll has risen to 310, according to the interior ministry," said the UN envoy, Mia Holt.\n', '2025-02-10');
  assert.equal(passed('310')?.actor, 'interior-ministry');
});

test('an institution releasing its own data for a year named in figures speaks for the release', () => {
  const find = drafted('A wet year\n'
    + 'The Weather Office has released its 2024 climate summary at a briefing in the capital.\n'
    + 'Rainfall was 12 percent above normal across the country.\n', '2025-02-10');
  assert.equal(find('12 percent')?.actor, 'weather-office');
});

test('a sentence closing on "according to the report" lets the report speak on in its paragraph', () => {
  const find = drafted('Ferry traffic to grow\n'
    + 'Ferry crossings will reach 2 million a year by 2030, according to the report. Some routes, such as the northern line (41 percent), will grow fastest.\n'
    + 'Ticket prices rose 3 percent last year.\n', '2025-02-10');
  assert.equal(find('41 percent')?.actor, 'report');
  // (a person closing the sentence speaks for it alone)
  const person = drafted('Ferry traffic to grow\n'
    + 'Ferry crossings will reach 2 million a year by 2030, according to Tom Vance. Some routes, such as the northern line (41 percent), will grow fastest.\n', '2025-02-10');
  assert.equal(person('41 percent')?.actor, undefined);
});

test('an owner\'s data named as a series ("Statistics Norland’s Monthly Retail Trade figures") are the owner\'s', () => {
  const find = drafted('Shops busier\n'
    + 'The minister welcomed Statistics Norland’s Monthly Retail Trade figures, which show sales rose 2.1 percent in May.\n'
    + 'In late trading, Norland’s Main Share index rose 0.5 percent.\n', '2025-06-20');
  assert.equal(find('2.1 percent')?.actor, 'statistics-norland');
  // (a market's index is no one's statement)
  assert.equal(find('0.5 percent')?.actor, undefined);
});

test('a sentence opening on "Another finding of the survey:" reads out the survey\'s findings', () => {
  const find = drafted('Readers and news\n'
    + 'A new Harlow poll found that 61 percent of readers pay for news.\n'
    + 'Parents worry about screens. Another finding of the poll: 37 percent of readers get news from video.\n', '2025-02-10');
  assert.equal(find('37 percent')?.actor, 'harlow-poll');
});
