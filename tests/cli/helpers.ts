// Shared helpers for the CLI tests: temp workspaces and running the bundled `node dist/cli.js`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ensureFreshDist } from '../dist.cjs';

export const root = join(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

/** Rebuilds dist/ when a bundle is missing or older than the sources, so no test runs a stale CLI. */
export function ensureBuilt(): void {
  ensureFreshDist(root);
}

/** A fresh folder holding `files` (path -> text or bytes); a `.git` folder marks it as a repository root. */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-cli-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** What one run printed and returned. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd`. */
export function run(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A clean article: one claim with an actor, a date, no stray figure. */
export const CLEAN = '---\npublished: 2024-03-02\n---\nThe [council]{actor=council} said [twelve]{fact=homes} homes flooded.\n';
