// file: URIs <-> paths, the way VS Code writes them (so the client and server agree on keys).
import { pathToFileURL, fileURLToPath } from 'node:url';

/** The scheme of the URIs of files on disk. */
export const URI_SCHEME_FILE = 'file:';

/** An absolute path of characters a file: URI writes as they are. */
const PLAIN_PATH = /^\/[A-Za-z0-9_.\/-]*$/;

/** The file: URI of an absolute path. */
export function fileUri(path: string): string {
  // Most paths need no escaping and no resolving: skip the URL object (10,000 of them at indexing).
  if (PLAIN_PATH.test(path) && !path.includes('//') && !path.includes('/.')) return `file://${path}`;
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
