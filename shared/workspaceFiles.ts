// Which files make a Claimmark workspace, for every front end: the CLI's discovery, the language
// server's indexing and file watchers, and the VS Code client's watcher. One rule, so the editor
// and CI see the same articles. Pure: no node, vscode or LSP import.

/** The suffix of an article's file name. */
export const ARTICLE_SUFFIX = '.claims.txt';
/** The registry's file name. */
export const REGISTRY_NAME = 'claimmark.yaml';
/** Every article of a folder, as a glob (file watchers). */
export const ARTICLE_GLOB = `**/*${ARTICLE_SUFFIX}`;
/** Every registry of a folder, as a glob (file watchers). */
export const REGISTRY_GLOB = `**/${REGISTRY_NAME}`;
/** Articles and registries in one glob. */
export const WORKSPACE_GLOB = `**/{*${ARTICLE_SUFFIX},${REGISTRY_NAME}}`;

/** Folders never searched for articles, besides those whose name starts with a dot: dependencies and build output. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', 'dist', 'out'];

/** True for a folder a search for articles does not enter (a dot-folder or one of SKIPPED_FOLDERS). */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.includes(name);
}

/** True for a file name read as an article when a folder is searched. */
export function isArticleName(name: string): boolean {
  return name.endsWith(ARTICLE_SUFFIX);
}

/** True for the registry's file name. */
export function isRegistryName(name: string): boolean {
  return name === REGISTRY_NAME;
}
