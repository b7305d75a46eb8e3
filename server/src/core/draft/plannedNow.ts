// What a subject expects or plans to do, said with no time of its own ("Last week, the company
// bought the plant. The company expects to employ 2,000 workers"), is the plan as it stands when it
// is said, not the past time the sentence before lent.

/** Before a figure in its clause: a plan or expectation in the present, "expects to employ", "plans to hire 50 and build about". */
const PLANS_TO = /\b(?:expects?|plans?|intends?|hopes?|aims?|is\s+expected|are\s+expected)\s+to\s+[^.;!?]{0,80}$/iu;

/** True when `carried`, a time lent by an earlier sentence, lies before `published` and the figure is what its subject now expects or plans (`leading`: its sentence up to it). */
export function plannedNow(leading: string, carried: string | undefined, published: string | undefined): boolean {
  if (!carried || !published || !PLANS_TO.test(leading)) return false;
  const end = carried.split('..').pop()!;
  return end.slice(0, published.length) < published.slice(0, end.length);
}
