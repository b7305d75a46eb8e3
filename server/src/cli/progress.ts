// A progress line on stderr for long runs on a terminal: "claimmark: checking 1200/10000 files".
// Shown only when stderr is a terminal, only after a short delay, and erased when done.

/** Reports progress of a long loop; a no-op unless enabled. */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  /** `write` goes to stderr; `enabled` is true when stderr is a terminal and output is not quiet. */
  constructor(private readonly write: (text: string) => void, private readonly enabled: boolean, private readonly delayMs = 300) {}

  /** Notes that `done` of `total` items of a phase are finished; redraws at most every 100 ms. */
  update(phase: string, done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.started < this.delayMs || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    this.write(`\r\x1b[Kclaimmark: ${phase} ${done}/${total} files`);
  }

  /** Erases the progress line, if one was drawn. */
  done(): void {
    if (this.drawn) this.write('\r\x1b[K');
    this.drawn = false;
  }
}
