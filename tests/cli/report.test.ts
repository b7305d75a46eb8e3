// `claimmark report`: one self-contained HTML page (no script, no external resource), every
// piece of article and registry text escaped, a timeline per fact with a mark per dated
// readable claim, conflicts highlighted, and a section per actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ticks } from '../../server/src/cli/html/chart';
import { cli, teamRepo } from './teams-helpers';

function report(dir: string, ...args: string[]): string {
  const r = cli(dir, ['report', 'articles', ...args]);
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(join(dir, 'claimmark-report.html'), 'utf8');
}

/** The HTML of the section with this id, up to the next section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  assert.ok(start >= 0, `section ${id}`);
  return html.slice(start, html.indexOf('</section>', start));
}

test('the page is self-contained: no script, no external resource, a strict CSP', () => {
  const dir = teamRepo();
  const html = report(dir);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
  assert.doesNotMatch(html, /\s(src|srcset)=/i);
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
  assert.ok(hrefs.length > 0);
  for (const h of hrefs) assert.ok(h.startsWith('#') || h.startsWith('https://example.org/'), h);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.equal(report(dir), html, 'the same input gives the same bytes');
});

test('article and registry text is escaped everywhere', () => {
  const dir = teamRepo();
  const file = join(dir, 'articles', 'gazette.claims.txt');
  writeFileSync(file, readFileSync(file, 'utf8')
    .replace('title: Gazette counts 11 missing', 'title: "<script>alert(1)</script>"')
    .replace('[11]{fact=people-missing}', '[11 <b>bold</b>]{fact=people-missing note="x\\" onmouseover=alert(2)"}')
    .replace('published: 2024-03-02', 'published: 2024-03-02\nurl: "javascript:alert(3)"'));
  const r = cli(dir, ['report', 'articles', '--title', 'Team <report> & "friends"', '-o', 'r.html']);
  const html = readFileSync(join(dir, 'r.html'), 'utf8');
  assert.doesNotMatch(html, /<script>|<b>bold|javascript:/i);
  assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.match(html, /11 &lt;b&gt;bold&lt;\/b&gt;/);
  assert.match(html, /<title>Team &lt;report&gt; &amp; &quot;friends&quot;<\/title>/);
  assert.match(html, /Riverton &lt;Gazette&gt; &amp; Co/, 'registry names too');
  assert.ok([0, 1].includes(r.status));
});

test('a timeline per fact: one mark per dated readable claim, conflicts outlined, a legend by actor', () => {
  const dir = teamRepo();
  const html = report(dir);
  const missing = section(html, 'fact-people-missing');
  assert.equal((missing.match(/<g class="claim/g) ?? []).length, 2);
  assert.equal((missing.match(/<g class="claim conflict">/g) ?? []).length, 2);
  assert.match(missing, /<title>Riverton Fire Service: &#39;three&#39; as of 2024-03-02 \(Riverton Post\) conflicts with 1 other report\(s\)<\/title>/);
  assert.match(missing, /<span class="key"><i style="background:#[0-9a-f]{6}"><\/i>Riverton &lt;Gazette&gt; &amp; Co<\/span>/);
  assert.match(missing, /<tr class="conflict">/);
  const homes = section(html, 'fact-homes-flooded');
  assert.equal((homes.match(/<g class="claim/g) ?? []).length, 2, 'the claim with a bad date is undated: not drawn');
  assert.match(homes, /<path d="M/, 'over 100 has an arrow: unbounded above');
  assert.match(homes, /1 not drawn \(undated\)/);
  assert.ok(html.indexOf('id="fact-people-missing"') < html.indexOf('id="fact-homes-flooded"'), 'facts in conflict come first');
});

test('a section per actor lists their claims with links to the facts', () => {
  const dir = teamRepo();
  const html = report(dir);
  const mayor = section(html, 'actor-mayor');
  assert.match(mayor, /Ana Reyes <code>mayor<\/code>/);
  assert.match(mayor, /Mayor of Riverton · person/);
  assert.match(mayor, /<a href="#fact-homes-flooded">Homes flooded<\/a><\/td><td><b>over 100<\/b>/);
  assert.match(html, /5<\/b> claims in <b>2<\/b> articles/);
  assert.match(html, /1 without an actor/);
});

test('axis ticks are round and cover the values', () => {
  assert.deepEqual(ticks(0, 54), [0, 20, 40, 60]);
  assert.deepEqual(ticks(-3, 7), [-4, -2, 0, 2, 4, 6, 8]);
  const t = ticks(3000, 12_500);
  assert.ok(t[0]! <= 3000 && t.at(-1)! >= 12_500, t.join());
});

test('paths are relative to the workspace root, ids are not repeated as titles, the conflict key only where there are conflicts, undated claims marked', () => {
  const dir = teamRepo();
  const elsewhere = mkdtempSync(join(tmpdir(), 'claimmark-elsewhere-'));
  const out = join(dir, 'abs.html');
  const r = cli(elsewhere, ['report', join(dir, 'articles'), '--output', out]);
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.ok(!html.includes(dir), 'no absolute path');
  assert.match(html, /<code>articles\/fire\.claims\.txt:8<\/code>/);
  assert.doesNotMatch(section(html, 'fact-homes-flooded'), /conflict<\/span>/, 'no conflict key without conflicts');
  assert.match(section(html, 'fact-people-missing'), /<i class="ring"[^>]*><\/i>conflict<\/span>/);
  assert.match(section(html, 'fact-homes-flooded'), /1 not compared \(no date\)/);
  assert.match(section(html, 'fact-homes-flooded'), /<b>5<\/b><div class="muted">not compared with the dated claims: no date<\/div>/);
  const plain = join(dir, 'articles', 'plain.claims.txt');
  writeFileSync(plain, '---\npublished: 2024-03-03\n---\nThe [Gazette]{actor=gazette} counted [4]{fact=drones-jammed} drones jammed.\n');
  const again = report(dir);
  assert.match(section(again, 'fact-drones-jammed'), /<h3><code>drones-jammed<\/code><\/h3>/);
});
