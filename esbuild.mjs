// Bundles the entry points into dist/: the VS Code extension (client), the language
// server, the CLI and the CLI's importer. `node esbuild.mjs --watch` rebuilds on change;
// `--production` minifies. `claimmark import` (cli/import/command.ts, with its DOM, Readability
// and CSS parser: two fifths of the CLI's code) is a bundle of its own, dist/import.js, that
// dist/cli.js loads only when `import` runs: every other command starts without compiling it.
// So are `export`, `report` and `annotate` (cli/commands.ts: drafting, diff and the HTML page),
// dist/commands.js, loaded when one of them runs: `check` starts without them.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server', external: [] },
  { in: 'server/src/cli/main.ts', out: 'cli', external: [], plugins: [importerApart()] },
  { in: 'server/src/cli/import/command.ts', out: 'import', external: [] },
  { in: 'server/src/cli/commands.ts', out: 'commands', external: [] },
];

/**
 * In dist/cli.js, run.ts's `import('./import/command.js')` loads dist/import.js and its
 * `require('./commands')` loads dist/commands.js (neither is bundled in).
 */
function importerApart() {
  return {
    name: 'importer-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\/import\/command(\.js)?$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './import.js', external: true } : undefined));
      build.onResolve({ filter: /^\.\/commands(\.js)?$/ }, (args) => (args.kind === 'require-call' && args.importer.endsWith('run.ts') ? { path: './commands.js', external: true } : undefined));
    },
  };
}
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
  // Node 20 reads \p{...} in a regex literal; esbuild's table says otherwise and would write each
  // such literal as new RegExp(source), compiled from its source every time the line runs
  supported: { 'regexp-unicode-property-escapes': true },
  plugins: e.plugins ?? [],
  logLevel: 'warning',
})));

if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
