// Runs the same Mocha suite in desktop VS Code with @vscode/test-electron (which downloads VS Code,
// so it needs a machine that can reach update.code.visualstudio.com; these machines use run.mjs).
// Usage: node tests/e2e/electron.mjs   (after `node tests/e2e/build.mjs` and `node esbuild.mjs`)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { root } from './install.mjs';
import { build } from './build.mjs';
import { makeWorkspace } from './workspace.mjs';

await build();
const resultDir = mkdtempSync(join(tmpdir(), 'claimmark-electron-result-'));
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'index.js'),
    launchArgs: [makeWorkspace('electron'), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { RESULT_DIR: resultDir },
  });
  console.log(`results in ${resultDir}`);
} catch (e) {
  console.error(`the suite failed: ${e.message ?? e}`);
  process.exit(1);
}
