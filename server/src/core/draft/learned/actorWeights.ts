// The weights of the learned actor choice, written by tests/eval/learn/train.ts --write. None ship:
// cross-validation by whole dev waves (waves 1-78, 3787 labelled figures; no held-out data) found
// no model that beats the rules' pick (tests/eval/learn/README.md), so the rules' pick stands.
import type { ActorWeights } from './actorChoice';

/** The shipped weights of the learned actor choice (null: the rules' pick stands). */
export const ACTOR_WEIGHTS: ActorWeights | null = null;
