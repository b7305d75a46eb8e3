// The workspace registry (claimmark.yaml) once read and validated.
import type { Span } from '../span';
import type { Finding } from '../diagnostics/finding';
import type { SeveritySetting } from '../diagnostics/catalog';

/** What kind of id a symbol is: an entry of the registry's `actors`, `facts` or `sources`. */
export type IdKind = 'actor' | 'fact' | 'source';

/** Where an entry is written in claimmark.yaml: its key, and the whole entry. */
export interface Located {
  id: string;
  keySpan: Span;
  span: Span;
}

/** An entry under `actors:`. */
export interface ActorDef extends Located {
  name?: string;
  role?: string;
  kind?: string;
  country?: string;
  aliases: string[];
}

/** How a fact's figures are compared: on one date, as a running total, or within a window. */
export type FactKind = 'event' | 'cumulative' | 'level';

/** An entry under `facts:`. */
export interface FactDef extends Located {
  label?: string;
  unit?: string;
  kind?: FactKind;
  /** Fact ids whose values add up to at most this fact's value. */
  parts: { id: string; span: Span }[];
}

/** An entry under `sources:`. */
export interface SourceDef extends Located {
  publisher?: string;
  title?: string;
  date?: string;
  url?: string;
}

/** Team rules; every field has a default so a workspace without a registry works. */
export interface Rules {
  /** Severity overrides by diagnostic code. */
  severity: Partial<Record<string, SeveritySetting>>;
  /** Relative tolerance for approximate figures (0.1 = 10%). */
  tolerance: number;
  /** Days within which `level` facts are compared. */
  windowDays: number;
  /** Phrases that never count as figures (e.g. "Boeing 737"), matched case-insensitively. */
  notFigures: string[];
  /** Whether vague quantities ("dozens", "hundreds of") and ages count as untagged figures. */
  vagueQuantities: boolean;
}

/** The rules of a workspace whose claimmark.yaml sets none. */
export const DEFAULT_RULES: Rules = {
  severity: {},
  tolerance: 0.1,
  windowDays: 7,
  notFigures: [],
  vagueQuantities: false,
};

/** The registry as read; `present` is false when the workspace has no claimmark.yaml. */
export interface Registry {
  uri?: string;
  present: boolean;
  actors: Map<string, ActorDef>;
  facts: Map<string, FactDef>;
  sources: Map<string, SourceDef>;
  rules: Rules;
  /** YAML and schema problems, located in claimmark.yaml. */
  findings: Finding[];
}

/** The registry of a workspace with no claimmark.yaml (zero config). */
export function emptyRegistry(): Registry {
  return { present: false, actors: new Map(), facts: new Map(), sources: new Map(), rules: { ...DEFAULT_RULES, severity: {}, notFigures: [] }, findings: [] };
}
