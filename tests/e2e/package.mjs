// Packages the extension as claimmark-<version>.vsix in the repository root: production bundles
// (esbuild.mjs --production), then @vscode/vsce 3 with --no-dependencies (the bundles carry them).
// The lead's `npm run package` does the same; the UI check calls this with the cached vsce.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { paths, root } from './install.mjs';

/** Where README links point in the Marketplace listing (vsce needs it without a GitHub remote). */
export const BASE_CONTENT_URL = 'https://example.invalid/claimmark/blob/main';

/** Builds and packages; returns the VSIX path and size in bytes. Throws when a step fails. */
export function packageVsix() {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const vsix = join(root, `${name}-${version}.vsix`);
  const steps = [
    [process.execPath, ['esbuild.mjs', '--production']],
    [process.execPath, [paths.vsce, 'package', '--no-dependencies', '--baseContentUrl', BASE_CONTENT_URL, '-o', vsix]],
  ];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed (${r.status}):\n${r.stdout}${r.stderr}`);
  }
  return { vsix, bytes: statSync(vsix).size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { vsix, bytes } = packageVsix();
  console.log(`${vsix}: ${(bytes / 1024).toFixed(0)} KB`);
}
