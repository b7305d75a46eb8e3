// Bundles what the real-editor tests load: the extension (dist/extension.js, as the root
// esbuild.mjs does) and the Mocha suite (out/test/index.js, mocha and vscode left external).
import * as esbuild from 'esbuild';
import { root } from './install.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', absWorkingDir: root };

/** Builds both bundles; throws on a build error. */
export async function build() {
  await Promise.all([
    esbuild.build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: { index: 'client/src/test/suite/index.ts' }, outdir: 'out/test', external: ['vscode', 'mocha'] }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
