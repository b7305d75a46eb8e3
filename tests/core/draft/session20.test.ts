// Drafting cases the twentieth session's actor errors on fresh dev waves showed (who states each
// figure), in sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsFrom, drafted, draftedFromOutlet } from './drafted';

/** Asserts that an actor id is the Secretary's, by whatever form of her name it was keyed on. */
const isRoe = (actor: string | undefined) => assert.match(actor ?? '(none)', /(?:^|-)roe$/);

test('a statement\'s "fewer than what most experts expected" names no source: the statement goes on in its author\'s voice', () => {
  const find = drafted('Statement of Labor Secretary Ann Roe on March employment numbers\n'
    + 'WASHINGTON – Labor Secretary Ann Roe issued the following statement on the March jobs report released today:\n'
    + '"In March, the economy lost 40,000 jobs, fewer than what most experts expected. The unemployment rate is now 6.1 percent.\n'
    + '"We are investing $2 billion in training."\n', '2021-04-02');
  isRoe(find('40,000')?.actor);
  isRoe(find('6.1 percent')?.actor);
  isRoe(find('$2 billion')?.actor);
});

test('"our economy has added back close to 4.4 million jobs": adding back is growing, not saying', () => {
  const find = drafted('Statement by Labor Secretary Ann Roe on June employment numbers\n'
    + 'Labor Secretary Ann Roe issued the following statement on the June jobs report:\n'
    + '"We have seen 28 straight months of growth, during which time our economy has added back close to 4.4 million private sector jobs."\n', '2012-07-06');
  isRoe(find('close to 4.4 million')?.actor);
});

test('"Here is an excerpt from the statement by Secretary of Labor Ann B. Roe on ...:" makes the quotation hers, the initial no end of her name', () => {
  const find = drafted('Secretary of Labor Ann B. Roe on July employment numbers\n'
    + 'Here is an excerpt from the statement by Secretary of Labor Ann B. Roe on the July Employment Situation report: “Our labor market added 163,000 jobs in July. The unemployment rate was 8.3 percent.”\n', '2012-08-03');
  isRoe(find('163,000')?.actor);
  isRoe(find('8.3 percent')?.actor);
});

test('"Other measures confirm that ...": measures are what is known, not a source', () => {
  const actor = actorsFrom('Department of Labor', 'Statement of Labor Secretary Ann Roe on May employment numbers\n'
    + '"Other measures confirm that the labor market continues to improve. Job openings are 5.8 million."\n');
  assert.notEqual(actor('5.8 million'), 'other-measures');
  isRoe(actor('5.8 million'));
});

test('"Minister for Family Support, Housing and Child Care, Kit Moor, said:" is the minister by name, not a word of the portfolio', () => {
  const find = drafted('Poverty falls\nMinister for Family Support, Housing and Child Care, Kit Moor, said:\nIt is fantastic news that one million fewer people are poor.\n', '2018-03-22');
  assert.equal(find('one million')?.actor, 'moor');
});

test('"Officials say an investigation into the strikes shows that 62 ...": a document no one is named as making is what the speaker cites', () => {
  const find = drafted('Strikes\nProvincial officials say an investigation into NATO air strikes in Helmand shows that 62 fighters and 45 civilians were killed.\n', '2007-07-01');
  assert.equal(find('62')?.actor, 'provincial-officials');
  assert.equal(find('45')?.actor, 'provincial-officials');
  // (a document whose maker is named keeps its maker: "a report by the Red Cross shows")
  const made = drafted('Strikes\nProvincial officials say a report by the Red Cross shows that 45 civilians were killed.\n', '2007-07-01');
  assert.notEqual(made('45')?.actor, 'provincial-officials');
});

test('"whose essay put him at the center of the debate" and "the previous reporting period" name no source', () => {
  const find = drafted('Debate\nThe special profiles Ann Lee, whose essay in a newspaper two years ago put him at the center of the debate. It includes two girls.\n', '2014-03-01');
  assert.equal(find('two')?.actor, undefined);
  const period = drafted('Relocation\nMarch recorded 1,202 transfers, twice as many as during the previous reporting period.\n', '2016-09-28');
  assert.equal(period('1,202')?.actor, undefined);
});

test('"Acme Co reports that Australia’s data consumption has risen by 25 per cent": a company\'s "Co" is no surname, "data consumption" no data source', () => {
  const find = drafted('Data demand\nAcme Co reports that Australia’s data consumption on its network has risen by almost 25 per cent in the last 12 months.\n', '2019-12-02');
  assert.equal(find('almost 25 per cent')?.actor, 'acme-co');
});

test('a quotation after a paragraph that ends on data a person spoke before is that person\'s: "He says ... However, studies show ..." / "“... as high as 73 percent.”"', () => {
  const find = drafted('Tobacco\nAnn Lee is a director at the agency. She says most people know that smoking harms the lungs. However, studies show many people do not know the rest.\n"The share of adults who do not know is as high as 73 percent."\n', '2018-06-18');
  assert.equal(find('as high as 73 percent')?.actor, 'lee');
});

test('"U.S. Department of Transportation Secretary Ann B. Roe" and "Secretary of Labor Ann B. Roe" are the person, her middle initial part of her name', () => {
  const find = drafted('Grants\nU.S. Department of Transportation Secretary Ann B. Roe today announced that 46 states will share $7.6 million in grants.\n', '2000-03-10');
  isRoe(find('46')?.actor);
  const labor = drafted('Jobs\nSecretary of Labor Ann B. Roe said the economy added 80,000 jobs in June.\n', '2012-07-06');
  isRoe(labor('80,000')?.actor);
});

test('"Minister Igor Petrov has admitted ... Correspondent Ann Lee visited a village where ... 34 victims": a person acting in the next sentence ends the minister\'s report', () => {
  const find = drafted('War\nForeign minister Igor Petrov has admitted that the campaign is causing heavy casualties. Correspondent Ann Lee visited a village where funerals were held for 34 victims of an air strike.\n', '1999-10-09');
  assert.equal(find('34')?.actor, undefined);
  // (a sentence with no acting person goes on in the minister's report)
  const goesOn = drafted('War\nForeign minister Igor Petrov has admitted that the campaign is causing heavy casualties. Funerals were held for 34 victims of an air strike.\n', '1999-10-09');
  assert.equal(goesOn('34')?.actor, 'petrov');
});

test('"46 states and territories will share $7.6 million": "states" right after a figure is what it counts, not a reporting verb', () => {
  const find = drafted('Grants\nSecretary Ann Roe today announced that 46 states and territories will share $7.6 million in grants.\n', '2000-03-10');
  assert.match(find('46')?.fact ?? '', /states/);
  assert.notEqual(find('46')?.fact, find('$7.6 million')?.fact);
});

test('"the thirteenth straight month the rate was at or below 4.0%": a streak\'s bound is a fact of its own, not the rate', () => {
  const find = drafted('Jobs\nThe unemployment rate held steady at 3.8%, marking the thirteenth straight month the unemployment rate was at or below 4.0%.\n', '2019-04-05');
  assert.ok(find('3.8%') && find('below 4.0%'));
  assert.notEqual(find('3.8%')?.fact, find('below 4.0%')?.fact);
  assert.match(find('below 4.0%')?.fact ?? '', /threshold/);
});

test('"rose 4.2% in January following a 4.4% increase in December": one change at two times, one fact', () => {
  const find = drafted('CPI\nFood prices rose 4.2% on a year-over-year basis in January following a 4.4% increase in December.\n', '2012-02-17');
  assert.ok(find('4.2%')?.fact);
  assert.equal(find('4.4%')?.fact, find('4.2%')?.fact);
  assert.notEqual(find('4.4%')?.asof, find('4.2%')?.asof);
});

test('a registry fact of things added ("us-nonfarm-jobs-added-month") holds a change, "added 38,000 jobs"', () => {
  const registry = 'facts:\n  us-nonfarm-jobs-added-month:\n    label: U.S. nonfarm payroll jobs added in a month\n    unit: jobs\n';
  assert.equal(drafted('Jobs\nIn May, the economy added 38,000 jobs.\n', '2016-06-03', registry)('38,000')?.fact, 'us-nonfarm-jobs-added-month');
});

test('"the Commerce Department" in a text from the "U.S. Department of Commerce" is that one actor', () => {
  const find = drafted('Exports\nThe Commerce Department said exports rose 5 percent in November.\nThe U.S. Department of Commerce also said imports fell 2 percent.\n', '2014-01-07');
  assert.ok(find('5 percent')?.actor);
  assert.equal(find('2 percent')?.actor, find('5 percent')?.actor);
});

test('a release of the "U.S. Attorney\'s Office, District of Newland" that says "the U.S. Attorney’s office" names its institution', () => {
  const d = draftedFromOutlet('U.S. Attorney\'s Office, District of Newland', 'Collections\nThe district collected $300.7 million in fiscal 2012. It is gratifying that the U.S. Attorney’s office returns such an amount to victims.\n');
  assert.ok(d.claims.find((c) => c.text === '$300.7 million')?.actor);
});
