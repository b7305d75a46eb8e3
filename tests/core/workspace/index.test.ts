// The lazy claim groups and reference index (workspace/index.ts) equal a from-scratch grouping
// of the workspace's articles after any sequence of adds, edits, removals and reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { articleRefs } from '../../../server/src/core/workspace/refs';
import type { ClaimRef, IdKind } from '../../../server/src/core/workspace/types';

let seed = 3;
const pick = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));

function article(): string {
  const lines = ['---', `by: id-${pick(4)}`, '---'];
  for (let p = pick(4); p >= 0; p--) {
    lines.push(`The [agency]{actor=id-${pick(4)}} said [${1 + pick(900)}]{fact=id-${pick(5)}${pick(2) ? ` src=id-${pick(3)}` : ''}} people left; [${pick(50)}]{fact=id-${pick(5)} by=id-${pick(4)}} stayed.`);
  }
  return lines.join('\n') + '\n';
}

const shape = (groups: Map<string, ClaimRef[]>) =>
  [...groups].filter(([, refs]) => refs.length).map(([key, refs]) => [key, refs.map((r) => `${r.uri}@${r.claim.span.start}`)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));

function expected(ws: Workspace, keyOf: (r: ClaimRef) => string | undefined): Map<string, ClaimRef[]> {
  const out = new Map<string, ClaimRef[]>();
  const articles = [...ws.articles()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  for (const a of articles) for (const claim of a.claims) {
    const ref = { uri: a.uri, article: a, claim };
    const key = keyOf(ref);
    if (key !== undefined) out.set(key, [...(out.get(key) ?? []), ref]);
  }
  return out;
}

function expectedRefs(ws: Workspace, kind: IdKind, id: string): string[] {
  const articles = [...ws.articles()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  return articles.flatMap((a) => articleRefs(a).filter((r) => r.kind === kind && r.id === id).map((r) => `${a.uri}@${r.span.start}`));
}

test('claim groups and references match a fresh grouping over random adds, edits, removals and reads', () => {
  for (let run = 0; run < 20; run++) {
    const ws = new Workspace();
    const held: [Map<string, ClaimRef[]>, ReturnType<typeof shape>][] = [];
    for (let step = 0; step < 60; step++) {
      const uri = `file:///w/${String.fromCharCode(97 + pick(8))}.claims.txt`;
      const op = pick(10);
      if (op < 6) ws.setArticle(uri, article());
      else if (op < 8) ws.removeArticle(uri);
      else {
        assert.deepEqual(shape(ws.claimsByFact()), shape(expected(ws, (r) => r.claim.fact.id)));
        assert.deepEqual(shape(ws.claimsByActor()), shape(expected(ws, (r) => r.claim.actor?.id)));
        assert.deepEqual(shape(ws.claimsBySource()), shape(expected(ws, (r) => r.claim.src?.id)));
        for (const [kind, id] of [['actor', `id-${pick(4)}`], ['fact', `id-${pick(5)}`], ['source', `id-${pick(3)}`]] as const) {
          assert.deepEqual(ws.references(kind, id, false).map((l) => `${l.uri}@${l.span.start}`), expectedRefs(ws, kind, id));
        }
        const facts = ws.claimsByFact();
        held.push([new Map([...facts].map(([k, v]) => [k, v])), shape(facts)]);
      }
    }
    // A list read earlier is never changed by later updates.
    for (const [copy, before] of held) assert.deepEqual(shape(copy), before);
  }
});
