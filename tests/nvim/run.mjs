// The Neovim suite: headless Neovim (Debian's `neovim`) drives the language server over stdio.
// Installs neovim when missing (as root, via apt-get); fails loudly when it cannot.
import { spawnSync } from 'node:child_process';
import { readdirSync, mkdtempSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ensureFreshDist } from '../dist.cjs';

const root = new URL('../..', import.meta.url).pathname;
const fail = (why) => { console.log(`FAIL ${why}\nnvim: 0 passed, 1 failed`); process.exit(1); };

function haveNvim() { return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0; }
if (!haveNvim()) {
  if (process.getuid?.() !== 0) fail('neovim is not installed and this is not root: apt-get install neovim');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'neovim'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!haveNvim()) fail('could not install neovim');
}
const server = join(root, 'dist', 'server.js');
// Never drive a stale bundle: rebuild dist/ when a source is newer than it.
try { ensureFreshDist(root); } catch (e) { fail(`dist/ could not be rebuilt: ${e.message}`); }

// A temp copy of the samples, so the test's edit never touches the repository.
const work = mkdtempSync(join(tmpdir(), 'claimmark-nvim-'));
cpSync(join(root, 'samples'), work, { recursive: true });
const article = readdirSync(work).filter((f) => f.endsWith('.claims.txt')).sort()[0];
if (!article) fail('samples/ has no *.claims.txt');

const r = spawnSync('timeout', ['90', 'nvim', '--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(root, 'tests/nvim/check.lua')}`], {
  cwd: work, encoding: 'utf8',
  env: { ...process.env, CLAIMMARK_SERVER: server, CLAIMMARK_ROOT: work, CLAIMMARK_ARTICLE: join(work, article) },
});
const out = `${r.stdout}${r.stderr}`;
process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
const passed = (out.match(/^PASS /gm) ?? []).length;
let failed = (out.match(/^FAIL /gm) ?? []).length;
if (r.status !== 0 && failed === 0) { console.log(`FAIL nvim exited ${r.status}${r.status === 124 ? ' (timed out)' : ''}`); failed = 1; }
console.log(`nvim: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
