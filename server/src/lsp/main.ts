// Entry point of `claimmark-language-server`. The transport comes from the command line,
// as vscode-languageserver reads it: --stdio, --node-ipc or --socket=N. Over stdio the
// framing is watched (frames.ts): a malformed message ends the server instead of deafening it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { format } from 'node:util';
import { startServer } from './server';
import { strictStdio } from './frames';
import type { ServerState } from './state';

if (process.argv.includes('--version')) {
  // Keep in step with package.json; read at build time by esbuild's JSON loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  process.stdout.write(`${require('../../../package.json').version}\n`);
  process.exit(0);
}

let state: ServerState | undefined;
let connection;
if (process.argv.includes('--stdio')) {
  // stdout carries the protocol: anything logged goes to stderr (the stock stdio transport does the same)
  console.log = console.info = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  const { reader, writer } = strictStdio(() => state?.lifecycle.phase === 'shutdown');
  connection = createConnection(ProposedFeatures.all, reader, writer);
} else {
  connection = createConnection(ProposedFeatures.all);
}
state = startServer(connection);
