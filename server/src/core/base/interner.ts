// Dense numbers for ids: the first id seen is 0, the next new one 1, and so on. A workspace-wide
// pass looks an id up once, when it reads a claim, and then indexes plain arrays by the number
// instead of hashing the id again at every step (at 100,000 articles those hash tables miss the
// processor's caches).

/** Ids to dense numbers and back; one per check (never cleared: it holds the ids of one workspace). */
export class Interner {
  private readonly numbers = new Map<string, number>();
  /** The id of each number. */
  readonly ids: string[] = [];
  // the last id asked: an article's claims often name one fact or actor several times in a row
  private lastId: string | undefined;
  private lastNo = -1;

  /** The number of `id`, given it if new. */
  intern(id: string): number {
    if (id === this.lastId) return this.lastNo;
    let no = this.numbers.get(id);
    if (no === undefined) {
      no = this.ids.length;
      this.numbers.set(id, no);
      this.ids.push(id);
    }
    this.lastId = id;
    return (this.lastNo = no);
  }

  /** How many ids have a number. */
  get size(): number {
    return this.ids.length;
  }
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
