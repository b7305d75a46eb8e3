// The temp workspace both e2e runs open: a copy of samples/ plus the suite's fixtures in e2e/.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './install.mjs';

/** Creates the workspace folder and returns its path. */
export function makeWorkspace(label) {
  const ws = mkdtempSync(join(tmpdir(), `claimmark-${label}-ws-`));
  cpSync(join(root, 'samples'), ws, { recursive: true });
  cpSync(join(root, 'tests', 'e2e', 'fixtures'), join(ws, 'e2e'), { recursive: true });
  return ws;
}
