// Drafting cases the fifteenth wave's dev errors showed (UK, Canadian, South African outlets), in
// sentences written for these tests, not taken from the corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drafted } from './drafted';

const published = '2026-04-25';
function draftOf(body: string) {
  const find = drafted(body, published);
  const claim = (figure: string) => { const c = find(figure); assert.ok(c, `"${figure}" is drafted`); return c; };
  return { claim, asof: (figure: string) => claim(figure).asof ?? published };
}

test('a sum converted into another currency in brackets is the same fact', () => {
  const { claim } = draftOf('Spending\nThe US spent about $980bn (£720bn) on defence in 2025, more than any other member.\n');
  assert.equal(claim('£720bn').fact, claim('about $980bn').fact);
  // (two sums side by side are two facts)
  const two = draftOf('Spending\nThe US spent about $980bn on defence and $120bn on aid in 2025.\n');
  assert.notEqual(two.claim('$120bn').fact, two.claim('about $980bn').fact);
});

test('"a scientist who died in 2009": a "who" clause dates the person it follows, not a figure words before it', () => {
  const { asof } = draftOf('Early life\nShe was the older of two daughters of an economist and a cancer scientist who died in 2009.\n');
  assert.equal(asof('two'), published);
  const near = draftOf('Toll\nOfficials counted 12 people who died in 2009 in the floods.\n');
  assert.equal(near.asof('12'), '2009');
});

test('a registry\'s running total counted "since" a year is reused in any later year', () => {
  const registry = 'facts:\n  gaza-killed:\n    label: People killed in Gaza since 7 October 2023, as counted by the Gaza health ministry\n    unit: people\n    kind: cumulative\n';
  const find = drafted(`Hearings\nThe assault on Gaza has killed more than 52,000 people, the health ministry says.\n`, '2025-05-03', registry);
  assert.equal(find('more than 52,000')?.fact, 'gaza-killed');
  // (a count of one year's event is not the running total: a fact of the event year only)
  const event = 'facts:\n  quake-killed-2023:\n    label: People killed in the quake of 6 February 2023\n    unit: people\n    kind: event\n';
  const later = drafted('Quake\nA new quake has killed 40 people, officials said.\n', '2025-05-03', event);
  assert.notEqual(later('40')?.fact, 'quake-killed-2023');
});

test('"which Israeli figures say killed 1,200": a measure noun that speaks is the source, not what is counted', () => {
  const registry = 'facts:\n  oct-7-attack-killed:\n    label: People killed in Israel in the Hamas-led attack of 7 October 2023\n    unit: people\n    kind: event\n';
  const find = drafted(`Leader\nIsrael calls him the mastermind behind the Oct. 7 attacks on southern Israel, which Israeli figures say killed 1,200 and took over 250 hostages into Gaza.\n`, '2024-08-08', registry);
  assert.equal(find('1,200')?.fact, 'oct-7-attack-killed');
});

test('"has killed 52,000 people and wounded 118,000 others": the others are people, and a running total too', () => {
  const { claim, asof } = draftOf('War\nLast August, the agency fired nine staff. The assault has killed more than 52,000 people and wounded about 118,000 others, the ministry says.\n');
  assert.equal(asof('about 118,000'), published);
  assert.match(claim('about 118,000').fact, /^(?:people|person)-wounded/);
});

test('"1,200 people were killed and about 250 taken hostage": a participle right after a figure is its verb', () => {
  const registry = 'facts:\n  oct-7-hostages-taken:\n    label: Hostages taken into Gaza in the Hamas-led attack of 7 October 2023\n    unit: people\n    kind: event\n';
  const find = drafted(`Hearings\nThe attack on Israel in October 2023, in which at least 1,200 people were killed and about 250 taken hostage, began the war.\n`, '2025-05-03', registry);
  assert.equal(find('about 250')?.fact, 'oct-7-hostages-taken');
  assert.notEqual(find('at least 1,200')?.fact, 'oct-7-hostages-taken');
});

test('"a war that has devastated the region and killed more than 39,000": no noun after a verb of people counts people', () => {
  const registry = 'facts:\n  gaza-killed:\n    label: People killed in Gaza since 7 October 2023\n    unit: people\n    kind: cumulative\n';
  const find = drafted(`Talks\nThe news comes during talks to end a war in Gaza that has devastated the region and killed more than 39,000, according to Palestinian tallies.\n`, '2024-08-08', registry);
  assert.equal(find('more than 39,000')?.fact, 'gaza-killed');
});

test('"found they may have been involved": a modal\'s perfect makes no running total; "Last August," dates the sentence', () => {
  const { asof } = draftOf('Aid\nLast August, the UN fired nine staff members after an inquiry found they “may have been involved” in the attack.\n');
  assert.equal(asof('nine'), '2025-08');
});

test('a registry event fact that names its day dates a figure the text dates by its month', () => {
  const registry = 'facts:\n  oct-7-attack-killed:\n    label: People killed in Israel in the Hamas-led attack of 7 October 2023\n    unit: people\n    kind: event\n';
  const find = drafted(`Hearings\nThe Hamas-led attack on Israel in October 2023 killed at least 1,200 people.\n`, '2025-05-03', registry);
  const c = find('at least 1,200');
  assert.equal(c?.fact, 'oct-7-attack-killed');
  assert.equal(c?.asof, '2023-10-07');
  // (a text that names another month keeps its own time)
  const other = drafted('Hearings\nThe attack on Israel in November 2023 killed at least 1,200 people.\n', '2025-05-03', registry);
  assert.notEqual(other('at least 1,200')?.asof, '2023-10-07');
});

test('"said Blair" after a quotation: one capitalised word after the verb is the speaker', () => {
  const { claim } = draftOf('Votes\n“We won 12 seats,” said Blair. “It was a good night,” says Starmer.\n');
  assert.equal(claim('12').actor, 'blair');
});

test('an interview\'s answer, a paragraph that is one quotation with no speaker, is the last quoted speaker\'s', () => {
  const { claim } = draftOf('Interview\n“It is going to be tough,” says Blair. “It is hard.”\nWhat else do I learn from this hour with him?\n“The truth is the day I left, we had a strong economy, and it was two dollars to the pound.”\n');
  assert.equal(claim('two dollars').actor, 'blair');
  // (a quotation inside the writer's own paragraph is not an answer)
  const own = draftOf('Interview\n“It is going to be tough,” says Blair.\nThe book, “On Leadership”, sold 40,000 copies.\n');
  assert.equal(own.claim('40,000').actor, undefined);
});

test('what a source "told me" is dated by the interview, not by the past the paragraph opened with', () => {
  const { asof } = draftOf('Ice\nIn 2015, Field gave a talk at a research center. Covering up to a hundred thousand square kilometres of sea ice, Zornetzer told me, would cost one to two billion dollars per year.\n');
  assert.equal(asof('one to two billion dollars per year'), published);
});

test('"this winter, they constructed four glaciers", said in April: told in the past, the winter just gone', () => {
  const find = drafted(`Ice\nThis winter, Johnson and Manzara constructed four glaciers on the farm. This winter, they will build ten more.\n`, '2023-04-25');
  assert.equal(find('four')?.asof, '2022-12..2023-02');
  assert.equal(find('ten')?.asof, '2023-12..2024-02');
});

test('"Unofficial results show": results are a source, as data and figures are', () => {
  const { claim } = draftOf('Vote\nUnofficial results show Yushchenko leading with 52% of the vote.\n');
  assert.equal(claim('52%').actor, 'unofficial-results');
});

test('a table credited on a line of its own ("Source: UNHCR") is its source\'s, and prose before it is not', () => {
  const { claim } = draftOf('Refugees\nThe agency is appealing for $500 million in funding.\nSyrian refugees by country\nJordan: 94,454\nTurkey: 87,774\nSource: UNHCR\nAid workers counted 40 new camps.\n');
  assert.equal(claim('94,454').actor, 'unhcr');
  assert.equal(claim('87,774').actor, 'unhcr');
  assert.notEqual(claim('$500 million').actor, 'unhcr');
  assert.notEqual(claim('40').actor, 'unhcr');
});

test('"companies that took part in a recent survey" answer it: the report that ran it states the shares', () => {
  const { claim } = draftOf('Survey\nA new report says most companies that took part in a recent survey expect stronger sales this year. About 70 percent of those questioned expected the economy to grow.\n');
  assert.equal(claim('About 70 percent').actor, 'new-report');
});

test('a quotation opened after a quoted speaker\'s sentence, and the sentences inside it, are that speaker\'s', () => {
  const { claim } = draftOf('Refugees\n“This is not business as usual,” said the agency’s coordinator, Panos Moumtzis. “The early months, we were responding with 1,000 in a week. Now we have gone to 3,000 crossing on a daily basis.\nThe camps hold 40,000 people.\n');
  assert.match(claim('1,000').actor ?? '', /coordinator|moumtzis/);
  assert.equal(claim('3,000').actor, claim('1,000').actor);
});

test('"Moore and his team found that ...:" then a list: the leader states the list\'s figures', () => {
  const { claim } = draftOf('Study\nSteven Moore of the National Cancer Institute led the study.\nMoore and his team found that exercise lowered the risk of developing:\nliver cancer by 27 percent\nlung cancer by 26 percent\n');
  assert.equal(claim('27 percent').actor, 'moore');
  assert.equal(claim('26 percent').actor, 'moore');
});

test('"the last estimate made in August, when the agency predicted ...": a month something was made in is past', () => {
  const find = drafted(`Refugees\nThe forecast is three times the last estimate made in August, when the agency predicted 185,000 people would flee. Prices are projected to peak in August.\n`, '2012-09-27');
  assert.equal(find('185,000')?.asof, '2012-08');
});

test('"the January-to-March period", "the April-June quarter": months joined by hyphens are a stretch', () => {
  const { asof } = draftOf('Growth\nThe economy advanced 2.4 percent in the January-to-March period and 1.8 percent in the July-September quarter.\n');
  assert.equal(asof('2.4 percent'), '2026-01..2026-03');
  assert.equal(asof('1.8 percent'), '2025-07..2025-09');
  // (a stretch that holds the day of publication is the one under way)
  const ahead = draftOf('Growth\nAnalysts say the economy may slow in the April-to-June quarter, perhaps to two percent.\n');
  assert.equal(ahead.asof('two percent'), '2026-04..2026-06');
});

test('a headline\'s round figure restates the body\'s bound of it, and takes its time', () => {
  const find = drafted(`UN: Syrian Refugee Exodus to Reach 700,000\nUp to 700,000 refugees could flee Syria by the end of the year, the U.N. refugee agency says.\n`, '2012-09-27');
  const head = find('700,000');
  const body = find('Up to 700,000');
  assert.equal(head?.fact, body?.fact);
  assert.equal(head?.asof, body?.asof);
  assert.equal(body?.asof, '2012-12-31');
});

test('"refugees have left their country": an irregular participle makes a running total too', () => {
  const registry = "facts:\n  syria-refugees:\n    label: Refugees who have fled Syria's civil war to neighbouring and other countries since it began in 2011 (UNHCR's count, cumulative)\n    unit: people\n    kind: cumulative\n";
  const find = drafted(`Refugees\nMoumtzis said nearly 300,000 Syrian refugees have left their country during the past 18 months of conflict.\n`, '2012-09-27', registry);
  assert.equal(find('nearly 300,000')?.fact, 'syria-refugees');
});

test('"One study says": a capitalised opener before a document is no name; the study speaks', () => {
  const { claim } = draftOf('Health\nOne study says exercise may lower the risk for 13 types of cancer.\n');
  assert.equal(claim('13').actor, 'one-study');
});

test('"about one half of the 300,000 people" drafts without overlapping edits (it threw "overlapping edits" before)', () => {
  const { claim } = draftOf('Aid\nThe agency reports children make up about one half of the 300,000 people who need help.\n');
  assert.equal(claim('about one half').text, 'about one half');
  assert.ok(claim('300,000'));
});

test('"President Aquino was quoted on CNN as saying": the one quoted is the source', () => {
  const { claim } = draftOf('Storm\nBut President Benigno Aquino was quoted on CNN as saying the final accounting would more likely be around 2,000 to 2,500.\n');
  assert.equal(claim('around 2,000 to 2,500').actor, 'aquino');
});
