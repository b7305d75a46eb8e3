// file: URIs <-> paths, the way VS Code writes them (so the client and server agree on keys).
import { pathToFileURL, fileURLToPath } from 'node:url';

export const URI_SCHEME_FILE = 'file:';

/** The file: URI of an absolute path. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** The path of a file: URI, or undefined for other schemes. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith(URI_SCHEME_FILE)) return undefined;
  try { return fileURLToPath(uri); } catch { return undefined; }
}

/** Normalises a client URI so that `file:///a%3A/b` style variants map to one key. */
export function normalizeUri(uri: string): string {
  const p = uriToPath(uri);
  return p === undefined ? uri : fileUri(p);
}
