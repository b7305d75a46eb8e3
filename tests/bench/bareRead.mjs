// The floor `claimmark check` is measured against (scale.bench.ts): walk the folder, read
// every *.claims.txt file as UTF-8 and run one regex (the markup spans) over it. Not a bench itself.
// Usage: node tests/bench/bareRead.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SPAN = /\[[^\]\n]*\]\{[^}\n]*\}/g;
let files = 0;
let spans = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      if (e.name !== '.git' && e.name !== 'node_modules') walk(join(dir, e.name));
    } else if (e.name.endsWith('.claims.txt')) {
      const text = readFileSync(join(dir, e.name), 'utf8');
      files++;
      for (const _ of text.matchAll(SPAN)) spans++;
    }
  }
};
walk(process.argv[2] ?? '.');
console.log(`${files} files, ${spans} spans`);
