// The `claimmark` command's entry point (bundled to dist/cli.js, run by bin/claimmark.js):
// wires run.ts to the process. Anything unexpected is one line on stderr, never a stack trace.
import { runCli } from './run';
import type { ImportIo } from './import/command';

function colourWanted(): boolean {
  const noColor = process.env['NO_COLOR'];
  return !!process.stdout.isTTY && (noColor === undefined || noColor === '');
}

// A pipe (CI logs, `| jq`) is written without blocking: a write that does not finish at once is
// queued, and a check, which writes from one synchronous run, queued its whole report (the JSON
// writer then took a new buffer per megabyte: peak 1.47 GB instead of 1.15 at 100,000 articles,
// and that external memory made V8 run six full collections of about a second each). Blocking
// writes finish before they return, as they do to a file or a terminal, and a slow reader holds
// the writer back. (`_handle` is Node's own; set-blocking does the same. Not on a file or TTY.)
(process.stdout as unknown as { _handle?: { setBlocking?: (blocking: boolean) => void } })._handle?.setBlocking?.(true);

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
