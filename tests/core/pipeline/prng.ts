// A seeded PRNG and picking helpers for the pipeline fuzz tests, so a failing run can be
// replayed exactly with PIPELINE_SEED=n.

/** A function returning floats in [0, 1). */
export type Rand = () => number;

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function below(rand: Rand, n: number): number {
  return Math.floor(rand() * n);
}

/** One element of a non-empty list. */
export function pick<T>(rand: Rand, xs: readonly T[]): T {
  return xs[below(rand, xs.length)]!;
}

/** The seed of this run: PIPELINE_SEED when set, else a fixed default (deterministic CI). */
export const SEED = Number(process.env.PIPELINE_SEED ?? 20250130);
