// Starts code-server (Node 24, fresh user-data and extensions folders, a free port on 127.0.0.1,
// the smoke-test driver on) and headless Chromium through playwright-core; stops both.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths } from './install.mjs';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Runs code-server's entry.js on Node 24 with extra arguments (e.g. --install-extension). */
export function codeServerArgs(extra) {
  return [paths.codeServerEntry, '--disable-telemetry', '--disable-update-check', ...extra];
}

/** User settings for a quiet, predictable workbench: no welcome page, chat or secondary side bar. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'extensions.ignoreRecommendations': true,
};

/** Starts code-server on `workspace`; resolves once /healthz answers. */
export async function startCodeServer({ workspace, extensionsDir, label }) {
  const port = await freePort();
  const tmp = mkdtempSync(join(tmpdir(), `claimmark-${label}-`));
  const userData = join(tmp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const extensions = extensionsDir ?? join(tmp, 'extensions');
  const logFile = join(tmp, 'code-server.log');
  const log = openSync(logFile, 'w');
  const child = spawn(paths.node24, codeServerArgs([
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extensions,
    '--vscode-option', 'enable-smoke-test-driver', workspace,
  ]), { stdio: ['ignore', log, log], detached: true });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
    if (gone !== undefined) throw new Error(`code-server exited with ${gone} before answering; see ${logFile}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
  }
  return {
    port, logFile, tmp, origin: `http://127.0.0.1:${port}`,
    /** Stops code-server; `clean` also removes its temp folders (kept otherwise, for the log). */
    stop(clean = false) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      if (clean) rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's Chromium headless with playwright-core from the e2e cache. */
export async function launchChromium() {
  const require = createRequire(paths.playwright);
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
