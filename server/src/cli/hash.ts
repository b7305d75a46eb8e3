// node:crypto's createHash, loaded on first use: a check without --cache, a baseline or SARIF
// hashes nothing, and loading the module was about 4 ms of every start of the CLI.
import type * as Crypto from 'node:crypto';

let crypto: typeof Crypto | undefined;

/** crypto.createHash(algorithm), with node:crypto loaded on the first call. */
export function createHash(algorithm: string): Crypto.Hash {
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto.createHash(algorithm);
}
