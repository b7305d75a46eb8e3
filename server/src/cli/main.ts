// The `claimmark` command's entry point (bundled to dist/cli.js, run by bin/claimmark.js):
// wires run.ts to the process. Anything unexpected is one line on stderr, never a stack trace.
import { runCli } from './run';
import type { ImportIo } from './import/command';

function colourWanted(): boolean {
  const noColor = process.env['NO_COLOR'];
  return !!process.stdout.isTTY && (noColor === undefined || noColor === '');
}

// A reader that stops early (`claimmark check | head`) closes the pipe: stop quietly, keeping
// the exit code, instead of dying on an unhandled EPIPE with a stack trace. Any other failure
// to write (a full disk: `> /dev/full`) is one line and exit 2, whatever the command and format.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit();
    if (stream === process.stdout) {
      try { process.stderr.write(`claimmark: cannot write the output: ${e.code === 'ENOSPC' ? 'no space left on device' : e.message} (${e.code ?? 'error'})\n`); } catch { /* stderr is gone too */ }
    }
    process.exit(2);
  });
}

/** All of standard input (for `claimmark import -`). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const io: ImportIo = {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  // a synchronous stdout (a file; a pipe on Linux) has written the bytes when write returns
  stdoutBytes: (b) => (process.stdout.write(b), process.stdout.writableLength === 0),
  stderr: (s) => process.stderr.write(s),
  colour: colourWanted(),
  stderrTty: !!process.stderr.isTTY,
  readStdin,
};
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`claimmark: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 3;
  },
);
