// Bundles the entry points into dist/: the VS Code extension (client), the language
// server and the CLI. `node esbuild.mjs --watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server', external: [] },
  { in: 'server/src/cli/main.ts', out: 'cli', external: [] },
];
// A missing entry point is an error, never a bundle silently left out.
const missing = entries.filter((e) => !existsSync(e.in));
if (missing.length > 0) {
  console.error(`esbuild.mjs: entry point missing: ${missing.map((e) => e.in).join(', ')}`);
  process.exit(1);
}

const contexts = await Promise.all(entries.map((e) => esbuild.context({
  entryPoints: { [e.out]: e.in },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  external: e.external,
  logLevel: 'warning',
})));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
