// The importer on pages written for this round (made up, not from the corpus): a kicker the <h1>
// prints in a box of its own before the headline, with no colon, stays in the headline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../server/src/import/extract';

const para = '<p>The council said the two lanes on the river bridge would close from Monday for a month while engineers replace the joints, and buses would take the ring road instead.</p>';

function headline(head: string, body: string): string {
  const a = extractArticle(`<html><head>${head}</head><body>${body}<article>${para.repeat(6)}</article></body></html>`);
  assert.ok(!('error' in a));
  return a.headline;
}

test('import: a kicker the <h1> prints in its own box before the headline (no colon) stays', () => {
  const tags = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge works: Two lanes close for a month"}</script>';
  const h1 = '<h1 class="page-headline"><span class="page-headline__kicker">Bridge works</span> <span class="page-headline__title">Two lanes close for a month</span></h1>';
  assert.equal(headline(tags, h1), 'Bridge works: Two lanes close for a month');
  assert.equal(headline(`<title>Bridge works: Two lanes close for a month | Riverton Post</title><meta property="og:title" content="Bridge works: Two lanes close for a month">`, h1), 'Bridge works: Two lanes close for a month', 'og:title too');
  const apart = '<div class="section-label">Bridge works</div><p>Our roads desk</p><h1 class="page-headline"><span class="page-headline__title">Two lanes close for a month</span></h1>';
  assert.equal(headline(tags, apart), 'Two lanes close for a month', 'a label the <h1> does not print is cut, as before');
});
