// The stdio transport, read strictly. The stock reader, after one frame with a wrong or missing
// Content-Length, reads the leftover bytes as the next header and never answers again: a
// silent server the editor does not restart. Here a shadow of the framing follows the raw
// bytes; once they stop being frames (a header that is not one, a body that ends where no
// header starts, a message left half-sent) the server logs why and exits non-zero, so the
// client restarts it. A well-framed body that is not JSON answers ParseError (-32700), id null.
import { StreamMessageReader, StreamMessageWriter, ErrorCodes, type ResponseMessage } from 'vscode-languageserver/node';

/** How long a message may stay half-received with nothing more arriving. */
const STALL_MS = 10_000;
/** The longest header block accepted (LSP's are about 30 bytes). */
const MAX_HEADER = 4096;

/** Follows frame boundaries in raw bytes; calls `broken` with why, once, when they stop making sense. */
export class FrameWatch {
  private header = '';
  /** Bytes of the current body still to come; 0: reading a header. */
  private bodyLeft = 0;
  private failed = false;

  constructor(private readonly broken: (why: string) => void) {}

  /** True while a message has been started but not finished. */
  get midMessage(): boolean {
    return this.bodyLeft > 0 || this.header.length > 0;
  }

  feed(chunk: Buffer): void {
    for (let i = 0; i < chunk.length && !this.failed; ) {
      if (this.bodyLeft > 0) {
        const n = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= n;
        i += n;
        continue;
      }
      this.header += String.fromCharCode(chunk[i++]!);
      if (this.header.endsWith('\r\n\r\n')) this.endHeader();
      else if (!/^(?:[A-Za-z][\w-]*:[^\r\n]*\r\n)*(?:[A-Za-z][\w-]*(?::[^\r\n]*)?\r?|\r)?$/.test(this.header)) this.fail(`bytes where a header should start: ${JSON.stringify(this.header.slice(0, 40))} (a wrong Content-Length before?)`);
      else if (this.header.length > MAX_HEADER) this.fail(`a header of over ${MAX_HEADER} bytes`);
    }
  }

  private endHeader(): void {
    const lines = this.header.slice(0, -4).split('\r\n');
    this.header = '';
    const length = lines.find((l) => /^content-length:/i.test(l))?.replace(/^content-length:/i, '').trim();
    if (length === undefined) this.fail(`a header without Content-Length: ${JSON.stringify(lines.join('; '))}`);
    else if (!/^\d+$/.test(length)) this.fail(`Content-Length is not a number: ${JSON.stringify(length)}`);
    else this.bodyLeft = Number(length);
  }

  private fail(why: string): void {
    if (this.failed) return;
    this.failed = true;
    this.broken(why);
  }
}

/** Ends the server after a malformed message: one line on stderr, exit code 1 (the client restarts it). */
function exitMalformed(why: string): never {
  process.stderr.write(`claimmark-language-server: malformed message from the client: ${why}; exiting so that the client restarts the server\n`);
  process.exit(1);
}

/**
 * A reader and writer over stdin/stdout, watched as above. `shutDown` says whether the client
 * asked for shutdown (the exit code when stdin closes, as the stock transport does).
 */
export function strictStdio(shutDown: () => boolean): { reader: StreamMessageReader; writer: StreamMessageWriter } {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  const watch = new FrameWatch(exitMalformed);
  let chunks = 0;
  let stall: NodeJS.Timeout | undefined;
  process.stdin.on('data', (chunk: Buffer) => {
    chunks++;
    watch.feed(chunk);
    if (stall) clearTimeout(stall);
    stall = watch.midMessage ? setTimeout(checkStall, STALL_MS, chunks) : undefined;
  });
  // A timer that fires late because the server was busy must not count that time: bytes that
  // waited for it are read (the poll phase) before setImmediate runs.
  const checkStall = (seen: number) => setImmediate(() => {
    if (chunks === seen && watch.midMessage) exitMalformed(`a message stopped halfway: nothing more for ${STALL_MS / 1000} s (a Content-Length larger than its body?)`);
  });
  reader.onError((e) => {
    if (!(e instanceof SyntaxError)) exitMalformed(e.message);
    process.stderr.write(`claimmark-language-server: a message body is not JSON: ${e.message}\n`);
    const answer: ResponseMessage = { jsonrpc: '2.0', id: null, error: { code: ErrorCodes.ParseError, message: `Parse error: ${e.message}` } };
    void writer.write(answer).catch(() => undefined);
  });
  const end = () => process.exit(shutDown() ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return { reader, writer };
}
