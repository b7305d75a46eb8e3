// The 'vscode' suite of tests/run.mjs: installs the tools once (install.mjs), bundles the
// extension and the Mocha suite, runs the suite inside code-server driven by headless Chromium
// (see ../shared/design/e2e-in-code-server.md), then the UI check on the packaged VSIX (ui.mjs).
// Prints Mocha's output and a closing "vscode: N passed, N failed" line; never skips.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { install, root } from './install.mjs';
import { build } from './build.mjs';
import { ensureFreshDist } from '../dist.cjs';
import { launchChromium, startCodeServer } from './codeServer.mjs';
import { runUiCheck } from './ui.mjs';
import { makeWorkspace } from './workspace.mjs';

const SUITE_TIMEOUT_MS = 300_000;
const started = Date.now();
let passed = 0;
let failed = 0;

function finish() {
  console.log(`\n(e2e took ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`vscode: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

function failLoudly(why) {
  console.log(`FAIL ${why}`);
  failed++;
  finish();
}

/** Runs the Mocha suite in code-server; returns {passed, failed} from the suite's result JSON. */
async function runSuite() {
  const workspace = makeWorkspace('suite');
  const resultDir = mkdtempSync(join(tmpdir(), 'claimmark-suite-result-'));
  const server = await startCodeServer({ workspace, label: 'suite' });
  const browser = await launchChromium();
  let ok = false;
  try {
    const page = await browser.newPage();
    let exitCode;
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; resolve(code); });
    });
    const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
    // CLAIMMARK_E2E_EXTENSION: try the suite on another build of the extension (e.g. a stub server).
    const extension = process.env.CLAIMMARK_E2E_EXTENSION ?? root;
    const payload = [
      ['extensionDevelopmentPath', remote(extension)],
      ['extensionTestsPath', remote(join(extension, 'out', 'test', 'index.js'))],
      ['extensionEnvironment', JSON.stringify({ RESULT_DIR: resultDir })],
    ];
    const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS));
    const how = await Promise.race([exited, timedOut]);
    const resultFile = join(resultDir, 'result.json');
    if (existsSync(join(resultDir, 'mocha.txt'))) process.stdout.write(readFileSync(join(resultDir, 'mocha.txt'), 'utf8'));
    if (how === 'timeout') return { passed: 0, failed: 1, why: `the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s (log: ${server.logFile})` };
    if (!existsSync(resultFile)) return { passed: 0, failed: 1, why: `the suite exited with ${exitCode} and wrote no result (log: ${server.logFile})` };
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    ok = result.failed === 0;
    return { passed: result.passed, failed: result.failed };
  } finally {
    await browser.close().catch(() => undefined);
    server.stop(ok);
    if (ok) for (const dir of [workspace, resultDir]) rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const seconds = install();
  if (seconds > 0) console.log(`installed the e2e tools in ${seconds.toFixed(0)} s`);
} catch (e) {
  failLoudly(`e2e install: ${e.message}`);
}
try {
  ensureFreshDist(root);
} catch (e) {
  failLoudly(`dist/ is older than the sources and could not be rebuilt: ${e.message}`);
}
try {
  await build();
} catch (e) {
  failLoudly(`e2e build: ${e.message}`);
}

console.log('== Mocha suite in code-server');
try {
  const suiteStarted = Date.now();
  const r = await runSuite();
  passed += r.passed;
  failed += r.failed;
  if (r.why) console.log(`FAIL ${r.why}`);
  console.log(`(suite run took ${((Date.now() - suiteStarted) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.log(`FAIL the suite could not run: ${e.stack ?? e}`);
  failed++;
}

if (!process.argv.includes('--no-ui')) {
  console.log('\n== UI check on the packaged VSIX');
  try {
    const r = await runUiCheck();
    passed += r.passed;
    failed += r.failed;
  } catch (e) {
    console.log(`FAIL the UI check could not run: ${e.stack ?? e}`);
    failed++;
  }
}
finish();
