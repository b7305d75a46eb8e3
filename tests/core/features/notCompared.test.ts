// Knowing what was not compared: not-compared on an article whose claims have no date, its
// quick fix adding `published:` (creating the front matter when there is none), and the hover
// marking the other reports that were not compared and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { hoverAt } from '../../../server/src/core/features/hover';
import { BatchCheck } from '../../../server/src/core/workspace/batch';
import { REG_URI, REGISTRY, applyTo, offsetIn, uriOf, workspace } from './helpers';

const X = uriOf('x.claims.txt');
const DATED = '---\ntitle: Dated\npublished: 2024-12-26\n---\nOfficials said [about 3,000]{fact=nk-casualties by=zelenskyy} were hurt.\n';
const UNDATED = 'Officials said [800]{fact=nk-casualties by=uk-mod} were hurt.\n';
const FM_UNDATED = '---\ntitle: Undated\n---\nOfficials said [800]{fact=nk-casualties by=uk-mod} were hurt.\n';

const notCompared = (text: string, others: Record<string, string> = { 'd.claims.txt': DATED }) =>
  workspace({ 'x.claims.txt': text, ...others }, REGISTRY).diagnostics(X).filter((d) => d.code === 'not-compared');

test('not-compared: once per article with undated claims of a fact that has dated ones, at the front matter or the first such claim', () => {
  const [top] = notCompared(FM_UNDATED);
  assert.equal(top?.severity, 'information');
  assert.deepEqual(top?.span, { start: 0, end: 3 });
  assert.match(top!.message, /^Not compared with the dated claims of 'nk-casualties': the claim '800' has no date/);
  const [atClaim] = notCompared(UNDATED);
  assert.equal(UNDATED.slice(atClaim!.span.start, atClaim!.span.end), '[800]{fact=nk-casualties by=uk-mod}');
  assert.deepEqual(notCompared(DATED), []);
  assert.deepEqual(notCompared(UNDATED.replace('by=uk-mod', 'by=uk-mod asof=2024-12-20')), []);
  // undated claims are compared with each other: nothing was skipped
  assert.deepEqual(notCompared(UNDATED, { 'u.claims.txt': UNDATED.replace('800', '900') }), []);
});

test('not-compared follows the other articles: a dated claim added or removed elsewhere', () => {
  const ws = workspace({ 'x.claims.txt': UNDATED }, REGISTRY);
  const codes = () => ws.diagnostics(X).map((d) => d.code);
  assert.ok(!codes().includes('not-compared'));
  ws.takeChangedUris();
  ws.setArticle(uriOf('d.claims.txt'), DATED, 1);
  assert.ok(ws.takeChangedUris().has(X), 'the undated article is re-published');
  assert.ok(codes().includes('not-compared'));
  ws.setArticle(uriOf('d.claims.txt'), DATED.replace('nk-casualties', 'other-fact'), 2);
  assert.ok(ws.takeChangedUris().has(X));
  assert.ok(!codes().includes('not-compared'));
});

for (const [name, text, front] of [['with front matter', FM_UNDATED, '---\ntitle: Undated\npublished: \n---\n'], ['without front matter', UNDATED, '---\npublished: \n---\n']] as const) {
  test(`not-compared: the quick fix adds published: (${name})`, () => {
    const ws = workspace({ 'x.claims.txt': text, 'd.claims.txt': DATED }, REGISTRY);
    const d = ws.diagnostics(X).find((x) => x.code === 'not-compared')!;
    const plans = codeActions(ws, X, d.span, { uri: REG_URI, text: REGISTRY, exists: true });
    const fix = plans.find((p) => p.title.startsWith('Add published:'))!;
    assert.ok(fix, plans.map((p) => p.title).join(' | '));
    const fixed = applyTo(X, text, fix.edits);
    assert.ok(fixed.startsWith(front), fixed);
    const dated = fixed.replace('published: ', 'published: 2024-12-27');
    assert.deepEqual(notCompared(dated), []);
  });
}

test('the hover says which other reports were not compared, and why', () => {
  const ws = workspace({ 'x.claims.txt': UNDATED, 'd.claims.txt': DATED, 'e.claims.txt': 'Later [50]{fact=nk-casualties by=uk-mod asof=2023-01-01} were.\n' }, REGISTRY);
  const h = hoverAt(ws, X, offsetIn(UNDATED, '|800'))!;
  assert.match(h.markdown, /\(2, 2 not compared\)/);
  assert.match(h.markdown, /“about 3,000”, 2024-12-26, in \*Dated\* — _not compared: no date_/);
  const dated = hoverAt(ws, uriOf('d.claims.txt'), offsetIn(DATED, '|3,000'))!;
  assert.match(dated.markdown, /“800”, no date, in \*x\.claims\.txt\* — _not compared: no date_/);
  // a cumulative fact compares across dates: the 2023 claim was compared
  assert.doesNotMatch(dated.markdown, /“50”.*not compared/);
});

test('claimmark check (BatchCheck) gives the same not-compared as the workspace', () => {
  const batch = new BatchCheck({ uri: REG_URI, text: REGISTRY });
  batch.addArticle(X, FM_UNDATED);
  batch.addArticle(uriOf('d.claims.txt'), DATED);
  const ws = workspace({ 'x.claims.txt': FM_UNDATED, 'd.claims.txt': DATED }, REGISTRY);
  const shape = (ds: { code: string; span: unknown; message: string; severity: string }[]) => ds.map(({ code, span, message, severity }) => ({ code, span, message, severity }));
  assert.deepEqual(shape(batch.diagnostics(X)), shape(ws.diagnostics(X)));
  assert.ok(batch.diagnostics(X).some((d) => d.code === 'not-compared'));
});
