// A conditional-logit (softmax over each figure's candidates) model fitted by plain full-batch
// gradient descent with L2 regularisation. A figure whose gold source is among several
// candidates (names in common) is fitted to their summed probability. No dependency.

/** One figure as the fitter sees it: each candidate's sparse features and whether it is right. */
export interface Example { candidates: { features: ReadonlyMap<string, number>; right: boolean }[] }

/** Fitting settings: L2 strength (per figure), step, iterations. */
export interface FitOptions { l2: number; step?: number; iterations?: number; minCount?: number }

/** Fits weights by gradient descent on the mean negative log-likelihood plus l2·|w|²/2; figures with no right candidate are skipped. */
export function fit(examples: readonly Example[], options: FitOptions): Record<string, number> {
  // (a feature seen on fewer than minCount figures is left out: too rare to weigh)
  const counts = new Map<string, number>();
  for (const e of examples) for (const k of new Set(e.candidates.flatMap((c) => [...c.features.keys()]))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts.keys()].filter((k) => counts.get(k)! >= (options.minCount ?? 10)).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  // (dense index arrays per candidate: the inner loop runs thousands of times)
  const data = examples.filter((e) => e.candidates.some((c) => c.right)).map((e) => e.candidates.map((c) => ({
    idx: [...c.features.keys()].filter((k) => index.has(k)).map((k) => index.get(k)!), val: [...c.features].filter(([k]) => index.has(k)).map(([, v]) => v), right: c.right,
  })));
  const w = new Float64Array(names.length);
  const velocity = new Float64Array(names.length);
  const step = options.step ?? 0.5;
  const n = data.length;
  for (let it = 0; it < (options.iterations ?? 1500); it++) {
    const grad = new Float64Array(names.length);
    for (const cands of data) {
      const s = cands.map((c) => c.idx.reduce((sum, k, j) => sum + w[k]! * c.val[j]!, 0));
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const z = e.reduce((a, b) => a + b, 0);
      const zr = e.reduce((a, b, i) => a + (cands[i]!.right ? b : 0), 0);
      cands.forEach((c, i) => {
        const g = e[i]! / z - (c.right ? e[i]! / zr : 0);
        if (g !== 0) c.idx.forEach((k, j) => { grad[k]! += (g * c.val[j]!) / n; });
      });
    }
    // (heavy-ball momentum: plain gradient descent that does not crawl along the flat directions)
    for (let k = 0; k < w.length; k++) {
      velocity[k] = 0.9 * velocity[k]! - step * (grad[k]! + options.l2 * w[k]!);
      w[k]! += velocity[k]!;
    }
  }
  return Object.fromEntries(names.map((name, i) => [name, w[i]!]));
}

/** The index of the candidate the weights pick (the first wins ties, as drafting's choice does). */
export function pick(candidates: readonly { features: ReadonlyMap<string, number> }[], w: Readonly<Record<string, number>>): number {
  let best = 0;
  let top = -Infinity;
  candidates.forEach((c, i) => {
    let s = 0;
    for (const [k, v] of c.features) s += (w[k] ?? 0) * v;
    if (s > top) { best = i; top = s; }
  });
  return best;
}
