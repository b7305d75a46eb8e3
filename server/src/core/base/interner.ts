// Dense numbers for ids: the first id seen is 0, the next new one 1, and so on. A workspace-wide
// pass looks an id up once, when it reads a claim, and then indexes plain arrays by the number
// instead of hashing the id again at every step (at 100,000 articles those hash tables miss the
// processor's caches).

/**
 * Ids to dense numbers and back; one per check (never cleared: it holds the ids of one workspace).
 * Its table is its own, open-addressed, with each id's hash and number in typed arrays beside it:
 * a Map's look-up of a string compares it with the other keys of its bucket by their hashes,
 * read from those strings themselves, spread over the heap; at 100,000 articles (25,000 facts)
 * that was about half a microsecond a claim.
 */
export class Interner {
  /** The id in each slot (a power of two of them, at most half full). */
  private keys: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
  /** Per slot: the hash of its id, then its number. */
  private slots: Int32Array = new Int32Array(2 * 1024);
  /** The id of each number. */
  readonly ids: string[] = [];
  // the last id asked: an article's claims often name one fact or actor several times in a row
  private lastId: string | undefined;
  private lastNo = -1;

  /** The number of `id`, given it if new. */
  intern(id: string): number {
    if (id === this.lastId) return this.lastNo;
    const h = hashOf(id);
    const keys = this.keys;
    const mask = keys.length - 1;
    let slot = h & mask;
    for (let kept = keys[slot]; kept !== undefined; kept = keys[slot]) {
      // the hash first: a different id is passed by without reading it
      if (this.slots[2 * slot] === h && kept === id) {
        this.lastId = id;
        return (this.lastNo = this.slots[2 * slot + 1]!);
      }
      slot = (slot + 1) & mask;
    }
    const no = this.ids.length;
    this.ids.push(id);
    keys[slot] = id;
    this.slots[2 * slot] = h;
    this.slots[2 * slot + 1] = no;
    if (2 * this.ids.length > keys.length) this.grow();
    this.lastId = id;
    return (this.lastNo = no);
  }

  /** How many ids have a number. */
  get size(): number {
    return this.ids.length;
  }

  /** Twice the slots, every id placed again. */
  private grow(): void {
    const keys = new Array<string | undefined>(2 * this.keys.length).fill(undefined);
    const slots = new Int32Array(2 * keys.length);
    const mask = keys.length - 1;
    for (let no = 0; no < this.ids.length; no++) {
      const id = this.ids[no]!;
      const h = hashOf(id);
      let slot = h & mask;
      while (keys[slot] !== undefined) slot = (slot + 1) & mask;
      keys[slot] = id;
      slots[2 * slot] = h;
      slots[2 * slot + 1] = no;
    }
    this.keys = keys;
    this.slots = slots;
  }
}

/** A hash of an id's characters, mixed so that ids differing in their last digit (fact-12, fact-13) do not fill neighbouring slots. */
function hashOf(s: string): number {
  let h = s.length;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

/** A claim's fact or actor as a one-pass check keeps it: its id, with no span, and its number in `table`. */
export interface IdOnly {
  readonly id: string;
  readonly span: { readonly start: number; readonly end: number };
  readonly no: number;
  readonly table: Interner;
}

const NO_SPAN = Object.freeze({ start: 0, end: 0 });

/**
 * One shared id-only object per id, found by the id's number (an array read once the number is
 * known). A check that numbers its facts anyway looks each id up in one table, once: the
 * object carries the number on (numberIn reads it back without a look-up).
 */
export class SharedIds {
  private readonly refs: IdOnly[] = [];

  constructor(readonly interner: Interner = new Interner()) {}

  /** The shared object of `id`. */
  of(id: string): IdOnly {
    const no = this.interner.intern(id);
    let out = this.refs[no];
    if (out === undefined) {
      while (this.refs.length < no) this.refs.push(undefined as unknown as IdOnly);
      this.refs[no] = out = Object.freeze({ id, span: NO_SPAN, no, table: this.interner });
    }
    return out;
  }
}

/** The number of a claim's fact or actor `ref` in `table`: read from a SharedIds object of that table, else looked up. */
export function numberIn(table: Interner, ref: { readonly id: string }): number {
  const shared = ref as Partial<IdOnly>;
  return shared.table === table ? shared.no! : table.intern(ref.id);
}
