// The real texts the pipeline tests start from: every article under samples/ and the plain
// text of every corpus article (tests/corpus), and every registry under samples/ and
// tests/fixtures/registry/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadSplit } from '../../corpus/corpus';

/** A named input text. */
export interface NamedText {
  name: string;
  text: string;
}

const ROOT = join(__dirname, '..', '..', '..');

function walk(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, keep));
    else if (keep(name)) out.push(p);
  }
  return out;
}

function load(paths: string[]): NamedText[] {
  return paths.map((p) => ({ name: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
}

/** Every article under samples/ (`*.txt`, including the error samples) and every corpus article's text. */
export function articleInputs(): NamedText[] {
  const samples = load(walk(join(ROOT, 'samples'), (n) => n.endsWith('.txt')));
  const corpus = [...loadSplit('dev'), ...loadSplit('heldout')].map((a) => ({ name: `tests/corpus/${a.name}`, text: a.text }));
  return [...samples, ...corpus];
}

/** Every claimmark.yaml under samples/ and every registry fixture. */
export function registryInputs(): NamedText[] {
  return [
    ...load(walk(join(ROOT, 'samples'), (n) => n === 'claimmark.yaml')),
    ...load(walk(join(ROOT, 'tests', 'fixtures', 'registry'), (n) => n.endsWith('.yaml'))),
  ];
}
