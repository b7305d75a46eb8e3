// `npm run eval` (part): the five seed articles as they arrive (the samples with their markup
// and front matter stripped: the same text as ../shared/seeds) drafted with the samples'
// claimmark.yaml, compared claim by claim with the hand annotation in samples/: how many
// drafted attributes (fact, actor, as-of as the model resolves them) differ.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripMarkup } from '../fixtures/rawSample';
import { applyEdits, buildArticle, DraftContext, draftArticle, readRegistry, type Article, type Claim } from '../../server/src/core/api';

const samples = join(__dirname, '..', '..', 'samples');
const registry = readRegistry(readFileSync(join(samples, 'claimmark.yaml'), 'utf8'));
const annotated = readdirSync(samples).filter((f) => f.endsWith('.claims.txt')).sort().map((f) => readFileSync(join(samples, f), 'utf8'));


/** Claims by where their figure sits in the stripped text. */
function claimsByFigure(article: Article): Map<string, Claim> {
  const out = new Map<string, Claim>();
  for (const c of article.claims) {
    const before = stripMarkup(article.syntax.text.slice(article.syntax.frontMatter?.span.end ?? 0, c.span.start)).replace(/^\n/, '');
    out.set(`${before.length}:${c.text}`, c);
  }
  return out;
}

const asof = (c?: Claim) => (c?.asof ? `${c.asof.from}..${c.asof.to}` : 'none');

function compare(withDates: boolean): string {
  const ctx = new DraftContext(registry);
  ctx.today = new Date().toISOString().slice(0, 10); // as `claimmark annotate` does
  let claims = 0;
  let drafted = 0;
  const differ = { fact: 0, actor: 0, asof: 0 };
  for (const text of annotated) {
    const front = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
    const body = stripMarkup(text.slice(front.length));
    const raw = (withDates ? front.replace(/^(?!---|published:).*\n/gm, '') : '') + body;
    const draft = draftArticle(buildArticle('seed.claims.txt', raw), ctx);
    const mine = claimsByFigure(buildArticle('seed.claims.txt', applyEdits(raw, draft.edits)));
    const theirs = claimsByFigure(buildArticle('sample.claims.txt', text));
    for (const [key, gold] of theirs) {
      claims++;
      const d = mine.get(key);
      if (!d) continue;
      drafted++;
      if (d.fact.id !== gold.fact.id) differ.fact++;
      if (d.actor?.id !== gold.actor?.id) differ.actor++;
      if (asof(d) !== asof(gold)) differ.asof++;
    }
  }
  const all = differ.fact + differ.actor + differ.asof;
  return `${drafted}/${claims} of the samples' claims drafted; attributes that differ: ${all} of ${drafted * 3} (fact ${differ.fact}, actor ${differ.actor}, as-of ${differ.asof})`;
}

/** Prints the comparison. */
export function printSeedComparison(): void {
  console.log('\nThe five seeds drafted with the samples\' claimmark.yaml, against samples/ (hand-annotated):');
  console.log(`  as they arrive (no published date): ${compare(false)}`);
  console.log(`  with the samples' published dates:  ${compare(true)}`);
}
