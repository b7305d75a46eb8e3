// Packages the extension as claimmark-<version>.vsix in the repository root. Works in a staging
// folder: minified bundles of the extension and the server it starts are built straight into it
// (so a concurrent `node esbuild.mjs` cannot swap in unminified ones), the files the VSIX carries
// are copied beside them, and @vscode/vsce 3 packages that with --no-dependencies. A warning from
// vsce fails the packaging, and so does a VSIX without its LICENSE or CHANGELOG.
// Usage: node client/scripts/package.mjs [path to vsce]   (default: vsce from node_modules/.bin)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
/** Where README links point in the Marketplace listing (vsce needs it without a GitHub remote). */
export const BASE_CONTENT_URL = 'https://github.com/claimmark/claimmark/blob/main';
/** What the VSIX carries besides the bundles (.vscodeignore filters again inside the stage). */
const CARRIED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'language-configuration.json',
  'syntaxes', 'client/schemas', 'client/media', 'docs/format.md', 'docs/trust.md'];
/** Files every VSIX must hold (vsce renames LICENSE to LICENSE.txt and CHANGELOG.md to changelog.md). */
const REQUIRED_IN_VSIX = ['extension/LICENSE.txt', 'extension/changelog.md', 'extension/readme.md', 'extension/package.json', 'extension/dist/extension.js', 'extension/dist/server.js'];

/** Builds and packages; returns the VSIX path and size in bytes. Throws when a step fails. */
export async function packageVsix(vsce = join(root, 'node_modules', '.bin', 'vsce')) {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `${name}-${version}.vsix`);
  const stage = mkdtempSync(join(tmpdir(), 'claimmark-vsix-'));
  try {
    for (const rel of CARRIED) {
      if (!existsSync(join(root, rel))) throw new Error(`${rel} is missing: the VSIX must carry it`);
      cpSync(join(root, rel), join(stage, rel), { recursive: true });
    }
    await esbuild.build({
      absWorkingDir: root, entryPoints: { extension: 'client/src/extension.ts', server: 'server/src/lsp/main.ts' },
      outdir: join(stage, 'dist'), bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true,
      external: ['vscode'], logLevel: 'warning',
    });
    const r = spawnSync(process.execPath, [resolve(vsce), 'package', '--no-dependencies', '--baseContentUrl', BASE_CONTENT_URL, '-o', vsix], { cwd: stage, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`vsce package failed (${r.status}):\n${r.stdout}${r.stderr}`);
    const warnings = `${r.stdout}\n${r.stderr}`.split('\n').filter((line) => /\bWARNING\b/i.test(line));
    if (warnings.length > 0) throw new Error(`vsce warned (a published extension must not):\n${warnings.join('\n')}`);
    // A zip stores its entry names uncompressed, so the names can be looked for in the bytes.
    const bytes = readFileSync(vsix);
    const absent = REQUIRED_IN_VSIX.filter((name) => !bytes.includes(Buffer.from(name)));
    if (absent.length > 0) throw new Error(`the VSIX lacks ${absent.join(', ')}`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return { vsix, bytes: statSync(vsix).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { vsix, bytes } = await packageVsix(process.argv[2]);
  console.log(`${vsix}: ${(bytes / 1024).toFixed(0)} KB`);
}
