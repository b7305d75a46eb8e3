// Amortised "next occurrence" look-ups over one text. The parser asks with offsets that only
// grow, so each finder scans the text at most once in all: this is what keeps parsing linear.

/** Finds the next occurrence of a fixed string at or after an offset. */
export class NextIndex {
  private cached = -1;
  private lastFrom = 0;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** First index >= `from` where the needle starts, or `text.length` when there is none. */
  at(from: number): number {
    // A query that goes backwards cannot trust the cache (it may skip an earlier hit).
    if (from >= this.lastFrom && this.cached >= from) return this.cached;
    this.lastFrom = from;
    const found = this.text.indexOf(this.needle, from);
    this.cached = found < 0 ? this.text.length : found;
    return this.cached;
  }
}

/** Finds the next character of a set (a one-character regex source such as `[\\[\\]{]`) at or after an offset. */
export class NextOf {
  private readonly re: RegExp;
  private cached = -1;
  private lastFrom = 0;

  constructor(
    private readonly text: string,
    charClass: string,
  ) {
    this.re = new RegExp(charClass, 'g');
  }

  /** First index >= `from` holding a character of the set, or `text.length` when there is none. */
  at(from: number): number {
    if (from >= this.lastFrom && this.cached >= from) return this.cached;
    this.lastFrom = from;
    this.re.lastIndex = from;
    this.cached = this.re.test(this.text) ? this.re.lastIndex - 1 : this.text.length;
    return this.cached;
  }
}
