// Where paths are measured from for SARIF and fingerprints: the repository root (the nearest
// folder at or above the current one with a .git), so that results do not depend on the cwd.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The nearest folder at or above `cwd` that holds `.git`, else `cwd` itself (absolute). */
export function repositoryRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

/** `file` (as given, relative to `cwd`) relative to `root`, with `/` separators; absolute when outside the root. */
export function rootRelative(root: string, cwd: string, file: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(root, abs);
  const out = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
  return out.split(path.sep).join('/');
}
