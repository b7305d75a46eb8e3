// The bundles the CLI, LSP, Neovim and VS Code suites run (dist/), kept no older than the
// sources: no suite tests a stale bundle. CommonJS, so that tests/run.mjs, the suites' scripts
// and the TypeScript tests (compiled as CommonJS) all load it.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

/** The sources every bundle is built from, and the bundles esbuild.mjs writes. */
const SOURCES = ['shared', 'server/src', 'client/src', 'esbuild.mjs', 'package.json'];
const BUNDLES = ['dist/server.js', 'dist/cli.js', 'dist/import.js', 'dist/commands.js', 'dist/extension.js'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The bundles under `root` that are missing or older than a source file (empty when all are fresh). */
function staleBundles(root) {
  const sources = Math.max(...SOURCES.map((p) => newestMtime(join(root, p))));
  return BUNDLES.filter((b) => !existsSync(join(root, b)) || statSync(join(root, b)).mtimeMs < sources);
}

/** Rebuilds dist/ with esbuild.mjs when a bundle is stale; throws when the build fails or leaves one stale. */
function ensureFreshDist(root) {
  if (staleBundles(root).length === 0) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`node esbuild.mjs failed (exit ${r.status})`);
  const still = staleBundles(root);
  if (still.length > 0) throw new Error(`still older than the sources after a build: ${still.join(', ')}`);
}

module.exports = { staleBundles, ensureFreshDist };
