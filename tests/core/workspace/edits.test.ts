// An edited document's diagnostics, symbols and references equal those of a workspace that
// read the same texts afresh: random edits on the samples (updated incrementally, diagnostics
// read after some edits and not others), with the registry changing now and then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import type { IdKind } from '../../../server/src/core/workspace/types';
import { below, prng, SEED } from '../pipeline/prng';
import { randomEdit } from '../model/edits';

const ROOT = join(__dirname, '..', '..', '..');
const REGISTRY = readFileSync(join(ROOT, 'samples', 'claimmark.yaml'), 'utf8');
const REG_URI = 'file:///ws/claimmark.yaml';

function samples(): string[] {
  const out: string[] = [];
  for (const dir of ['samples', 'samples/constructs', 'samples/errors']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.txt')) out.push(readFileSync(join(ROOT, dir, f), 'utf8'));
  }
  return out;
}

/** A workspace holding `texts` read afresh. */
function fresh(texts: Map<string, string>, registry: string | undefined): Workspace {
  const ws = new Workspace();
  ws.setRegistry(REG_URI, registry);
  for (const [uri, text] of texts) ws.setArticle(uri, text);
  return ws;
}

test('edited documents diagnose, find symbols and references as fresh ones do', () => {
  const all = samples();
  let compared = 0;
  let unknown = 0;
  for (let run = 0; run < 12; run++) {
    const rand = prng(SEED + 900 + run);
    const texts = new Map<string, string>();
    for (let k = 0; k < 3; k++) texts.set(`file:///ws/a${k}.claims.txt`, all[(run * 3 + k) % all.length]!);
    let registry: string | undefined = REGISTRY;
    const ws = fresh(texts, registry);
    for (const uri of texts.keys()) ws.diagnostics(uri, {});
    for (let i = 0; i < 40; i++) {
      const uri = `file:///ws/a${below(rand, 3)}.claims.txt`;
      const text = randomEdit(rand, texts.get(uri)!);
      texts.set(uri, text);
      ws.setArticle(uri, text, i + 1);
      if (i % 13 === 12) {
        registry = registry ? (i % 2 ? undefined : REGISTRY.replace(/^ {2}[a-z][\w-]*:/m, '  renamed-entry:')) : REGISTRY;
        ws.setRegistry(REG_URI, registry);
      }
      if (i % 3 === 0) continue; // edits pile up between reads
      const expected = fresh(texts, registry);
      const options = i % 7 === 0 ? { vagueQuantities: true } : {};
      for (const u of texts.keys()) {
        const got = ws.diagnostics(u, options);
        assert.deepStrictEqual(got, expected.diagnostics(u, options), `run ${run}, edit ${i}, ${u}`);
        unknown += got.filter((d) => d.code.startsWith('unknown-')).length;
      }
      const t = texts.get(uri)!;
      for (let k = 0; k < 5; k++) {
        const offset = below(rand, t.length + 1);
        const symbol = ws.symbolAt(uri, offset);
        assert.deepStrictEqual(symbol, expected.symbolAt(uri, offset), `symbol at ${offset}`);
        if (symbol) assert.deepStrictEqual(ws.references(symbol.kind as IdKind, symbol.id, true), expected.references(symbol.kind as IdKind, symbol.id, true));
      }
      compared++;
    }
  }
  assert.ok(compared > 200 && unknown > 0, `${compared} comparisons, ${unknown} unknown-id diagnostics among them`);
});
