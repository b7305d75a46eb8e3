// Helpers for the issue-7 CLI tests (formats, baselines, exports, report): a copy of the
// tests/fixtures/cli/team workspace in a temporary repository, and the CLI run in-process.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/run';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');

/** A fresh repository (a folder with .git) holding a copy of the team fixture under `articles/`. */
export function teamRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-team-'));
  mkdirSync(join(dir, '.git'));
  cpSync(join(FIXTURES, 'team'), join(dir, 'articles'), { recursive: true });
  return dir;
}

/** What one in-process run printed and returned. */
export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `claimmark ...args` in `cwd` in this process (no colours, stderr not a terminal unless asked). */
export function cli(cwd: string, args: string[], tty = false): Run {
  let stdout = '';
  let stderr = '';
  const status = main(args, { cwd, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), colour: false, stderrTty: tty });
  return { status, stdout, stderr };
}
