// Which files `claimmark check` reads: articles under the given paths and the registry
// (claimmark.yaml) at the workspace root. The rules are stated in help.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeError, isPlainRelative, resolvePath } from './files';
import { ARTICLE_SUFFIX, REGISTRY_NAME, isSkippedFolder } from '../../../shared/workspaceFiles';

export { ARTICLE_SUFFIX, REGISTRY_NAME };

/** What was found: paths as given or as found under a given folder. */
export interface Discovery {
  articles: string[];
  registry?: string;
  /** Paths that do not exist (a usage error). */
  missing: string[];
  /** Given folders in which no article was found. */
  emptyFolders: string[];
  /** Folders (given or found) that could not be read, with why: reported like unreadable files (exit 1). */
  unreadable: { file: string; message: string }[];
}

/** Finds the articles under `paths` and the registry of the workspace they belong to. */
export function discover(paths: readonly string[], cwd: string): Discovery {
  const out: Discovery = { articles: [], missing: [], emptyFolders: [], unreadable: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolvePath(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      out.articles.push(file);
    }
  };
  let explicitRegistry: string | undefined;
  for (const given of paths) {
    const stat = statOrUndefined(path.resolve(cwd, given));
    if (!stat) {
      out.missing.push(given);
    } else if (stat.isDirectory()) {
      const before = out.unreadable.length;
      const found = walk(cwd, given, out.unreadable);
      if (found.length === 0 && out.unreadable.length === before) out.emptyFolders.push(given);
      found.forEach(add);
    } else if (path.basename(given) === REGISTRY_NAME) {
      explicitRegistry = given;
    } else {
      add(given);
    }
  }
  const registry = explicitRegistry ?? findRegistry(paths.filter((p) => !out.missing.includes(p)), cwd);
  if (registry) out.registry = registry;
  return out;
}

/** Articles under a folder, sorted, as paths joined to the folder as given; folders that cannot be read go to `unreadable`. */
function walk(cwd: string, folder: string, unreadable: Discovery['unreadable']): string[] {
  const out: string[] = [];
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(path.resolve(cwd, folder), { withFileTypes: true });
  } catch (e) {
    // said, not skipped silently: its articles would otherwise pass a check unread
    unreadable.push({ file: folder, message: `folder cannot be read: ${describeError(e)}` });
    return out;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const under = joinUnder(folder);
  for (const d of names) {
    const rel = under(d.name);
    if (d.isDirectory()) {
      if (isSkippedFolder(d.name)) continue;
      out.push(...walk(cwd, rel, unreadable));
    } else if (d.name.endsWith(ARTICLE_SUFFIX) && (d.isFile() || (d.isSymbolicLink() && statOrUndefined(path.resolve(cwd, rel))?.isFile()))) {
      out.push(rel);
    }
  }
  return out;
}

/**
 * path.join(folder, name) for the names a folder lists: a plain folder (`.`, `articles/batch-1`)
 * takes them after a slash without join's normalising pass, run for every file of a walk.
 */
function joinUnder(folder: string): (name: string) => string {
  if (path.sep !== '/' || (folder !== '.' && !isPlainRelative(folder))) return (name) => path.join(folder, name);
  return folder === '.' ? (name) => name : (name) => `${folder}/${name}`;
}

/** The registry for `paths`: nearest claimmark.yaml at or above their common folder, else in `cwd`. */
export function findRegistry(paths: readonly string[], cwd: string): string | undefined {
  const folders = paths.map((p) => {
    const abs = path.resolve(cwd, p);
    return statOrUndefined(abs)?.isDirectory() ? abs : path.dirname(abs);
  });
  let dir: string | undefined = commonFolder(folders.length > 0 ? folders : [path.resolve(cwd)]);
  while (dir) {
    const candidate = path.join(dir, REGISTRY_NAME);
    if (statOrUndefined(candidate)?.isFile()) return display(cwd, candidate);
    if (statOrUndefined(path.join(dir, '.git'))) break; // the repository root: look no further
    const parent = path.dirname(dir);
    dir = parent === dir ? undefined : parent;
  }
  const fallback = path.join(path.resolve(cwd), REGISTRY_NAME);
  return statOrUndefined(fallback)?.isFile() ? display(cwd, fallback) : undefined;
}

/** The deepest folder that contains every folder given (absolute paths). */
function commonFolder(folders: readonly string[]): string {
  let common = folders[0]!;
  for (const f of folders.slice(1)) {
    while (!(f === common || f.startsWith(common.endsWith(path.sep) ? common : common + path.sep))) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/** A path relative to the current folder when it lies inside it, else absolute. */
function display(cwd: string, abs: string): string {
  const rel = path.relative(path.resolve(cwd), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
