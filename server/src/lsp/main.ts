// Entry point of `claimmark-language-server`. The transport comes from the command line,
// as vscode-languageserver reads it: --stdio, --node-ipc or --socket=N.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--version')) {
  // Keep in step with package.json; read at build time by esbuild's JSON loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  process.stdout.write(`${require('../../../package.json').version}\n`);
  process.exit(0);
}

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
