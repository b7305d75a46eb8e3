// Which time of a sentence dates a figure (sentences written for these tests, not from the
// corpus): a bracket listing figures right after a time, a clause with its own subject after the
// figure (and then closes the content before "according to": no time of the statement), a base
// "above the level" of a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildArticle, DraftContext, draftArticle, emptyRegistry } from '../../../server/src/core/api';

const published = '2026-11-20';
function asofOf(body: string): (figure: string) => string | undefined {
  const text = `---\npublished: ${published}\n---\n${body}`;
  const d = draftArticle(buildArticle('file:///w/news.claims.txt', text), new DraftContext(emptyRegistry()));
  return (figure) => { const c = d.claims.find((x) => x.text === figure); assert.ok(c, `"${figure}" is drafted`); return c.asof ?? published; };
}

test('"an increase from 2018 (92% and 85%, respectively)": each figure the bracket lists holds for that time', () => {
  const asof = asofOf('Homes online\nMost homes had a computer (95%) and broadband (90%) in 2024, an increase from 2019 (81% and 72%, respectively).\n');
  assert.equal(asof('81%'), '2019');
  assert.equal(asof('72%'), '2019');
  assert.equal(asof('90%'), '2024');
});

test('"lost more than 40% of the land it took in a raid in August": a clause with its own subject dates what it tells', () => {
  const asof = asofOf('Front line\nThe army has lost more than 40% of the land it took in a raid in August, according to a senior officer.\n');
  assert.equal(asof('more than 40%'), published);
  // (a clause that reports dates the figure: "the 40% they reported in August")
  const reported = asofOf('Front line\nAnalysts doubt the 30% they reported in August.\n');
  assert.equal(reported('30%'), '2026-08');
});

test('"38 cents above the level last summer": the level compared with is no time of the figure', () => {
  const asof = asofOf('Fuel\nGasoline will average $3.10 per gallon this summer, 38 cents above the level last summer, the agency said.\n');
  assert.notEqual(asof('38 cents'), '2025-06..2025-08');
});

test('"down 20% from its November peak": a base with "its" dates neither its figure nor the next sentence', () => {
  const asof = asofOf('Markets\nThe index is now down 20% from its November peak. The benchmark is down a more modest 12.4% from the high it set in early January.\n');
  assert.equal(asof('20%'), published);
  assert.equal(asof('12.4%'), published);
});

test('"Loans total $30bn to date": a running total of any unit holds when it is said, not at a year the sentence before named', () => {
  const asof = asofOf('Aid\nIt is the fourth decline in a row as of 2023. Loans to the region total $30bn to date.\n');
  assert.equal(asof('$30bn'), published);
});

test('"By the end of the month, ... at least four states with a dozen more to follow by mid-October": the opening time dates the main clause, the later one its own figure', () => {
  const asof = asofOf('Early voting\nBy the end of the month, early voting will be underway in at least four states with a dozen more to follow by mid-October.\n');
  assert.equal(asof('at least four'), '2026-11-30');
  assert.equal(asof('a dozen'), '2027-10-11..2027-10-20', 'the next mid-October: the dozen are still to follow');
  const year = asofOf('Budget\nThe city expects to hire 40 officers by the end of the year.\n');
  assert.equal(year('40'), '2026-12-31');
  const lastMonth = asofOf('Sales\nAt the end of last month, the shop had 12 staff.\n');
  assert.equal(lastMonth('12'), '2026-10-31');
});

test('"At the time, ..." opens on the last time the sentence before named, even in its relative clause', () => {
  const asof = asofOf('Roads\nThe plan was decreed in 2011 by the sultan, who took power in 1970 by deposing his father. At the time, the nation had just 10 kilometers of paved roads and three schools.\n');
  assert.equal(asof('just 10 kilometers'), '1970');
  assert.equal(asof('three'), '1970');
  const plain = asofOf('Roads\nThe plan was decreed in 2011 by the sultan, who took power in 1970 by deposing his father. The nation has 3,000 kilometers of paved roads.\n');
  assert.equal(plain('3,000 kilometers'), '2011', 'without "At the time" the sentence\'s event time carries, as before');
});

test('"is already worth an estimated $18 billion": a present with "already", "now" or "currently" holds on the published day, not the time the sentence before lent', () => {
  const asof = asofOf('Space\nThe global industry was worth $630 billion in 2023. The regional market is already worth an estimated $18 billion.\n');
  assert.equal(asof('$630 billion'), '2023');
  assert.equal(asof('an estimated $18 billion'), published);
  const carried = asofOf('Space\nThe global industry was worth $630 billion in 2023. The regional market was worth an estimated $18 billion.\n');
  assert.equal(carried('an estimated $18 billion'), '2023', 'a past tense still takes the time before it');
});

test('"Five years later, that number was 2,895": a stretch after the time the sentence before lent', () => {
  const asof = asofOf('Launches\nIn 2018, the world sent 452 objects into space. Five years later, that number was 2,895.\n');
  assert.equal(asof('452'), '2018');
  assert.equal(asof('2,895'), '2023');
  const days = asofOf('Flood\nOn October 3, 2026, the river rose to 12 feet. Two days later, it stood at 15 feet.\n');
  assert.equal(days('15 feet'), '2026-10-05');
});
