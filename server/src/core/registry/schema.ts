// The schema of claimmark.yaml (zod, one schema per entry) and its documentation for hover
// and completion. The field schemas it shares with article front matter are in base/fields.ts.
import * as z from '../base/zod';
import { ALL_CODES, isDiagnosticCode, SEVERITY_SETTINGS } from '../diagnostics/catalog';
import { DEFAULT_RULES } from './types';
import { httpUrlField, idField, isoDateField, listOf, textField } from '../base/fields';

export { ID_PATTERN, BAD_ID_MESSAGE, isId, SINGLE_ITEM_LIST } from '../base/fields';

/** The kinds an actor may have (`kind:`). */
export const ACTOR_KINDS = ['person', 'organisation', 'government', 'military', 'media', 'other'] as const;
/** The kinds a fact may have (`kind:`; docs/conflicts.md). */
export const FACT_KINDS = ['event', 'cumulative', 'level'] as const;

/** One entry under `actors:`. */
export const actorSchema = z.strictObject({
  name: textField.optional(),
  role: textField.optional(),
  kind: z.enum(ACTOR_KINDS).optional(),
  country: textField.optional(),
  aliases: listOf(textField).optional(),
});

/** One entry under `facts:`. */
export const factSchema = z.strictObject({
  label: textField.optional(),
  unit: textField.optional(),
  kind: z.enum(FACT_KINDS).optional(),
  parts: listOf(idField).optional(),
});

/** One entry under `sources:`. */
export const sourceSchema = z.strictObject({
  publisher: textField.optional(),
  title: textField.optional(),
  date: isoDateField.optional(),
  url: httpUrlField.optional(),
});

/** The `rules:` section. */
export const rulesSchema = z.strictObject({
  severity: z.record(z.string().refine(isDiagnosticCode, 'is not a Claimmark diagnostic code').meta({ enum: ALL_CODES }), z.enum(SEVERITY_SETTINGS)).optional(),
  tolerance: z.number().min(0).max(1).optional().meta({ default: DEFAULT_RULES.tolerance }),
  'window-days': z.number().min(0).optional().meta({ default: DEFAULT_RULES.windowDays }),
  'not-figures': listOf(textField).optional(),
  'vague-quantities': z.boolean().optional().meta({ default: DEFAULT_RULES.vagueQuantities }),
});

/** Documentation of one key, for hover and completion. */
export interface KeyDoc {
  description: string;
  /** The values allowed, when they are a fixed set. */
  values?: readonly string[];
}

/** Documentation of one top-level section. */
export interface SectionDoc {
  description: string;
  /** True when the section maps ids to entries (actors, facts, sources); false for `rules`. */
  keyedById: boolean;
  /** The keys of an entry (or of the section itself, for `rules`). */
  keys: Record<string, KeyDoc>;
}

/** Every section and key claimmark.yaml knows, with a one-line description (completion, hover). */
export const REGISTRY_SCHEMA_DOC = {
  actors: {
    description: 'People and organisations who make claims, by actor id.',
    keyedById: true,
    keys: {
      name: { description: 'Full name, e.g. Volodymyr Zelenskyy.' },
      role: { description: 'Role or title, e.g. President of Ukraine.' },
      kind: { description: 'What kind of actor this is.', values: ACTOR_KINDS },
      country: { description: 'Country code, e.g. UA.' },
      aliases: { description: 'Other spellings of the name, e.g. [Zelensky, Zelenskiy].' },
    },
  },
  facts: {
    description: 'What figures measure, by fact id.',
    keyedById: true,
    keys: {
      label: { description: 'What the figure measures, in words.' },
      unit: { description: 'The unit figures of this fact are in, e.g. people, km2.' },
      kind: { description: 'event (one occurrence), cumulative (a running total) or level (a value at a time).', values: FACT_KINDS },
      parts: { description: 'Fact ids whose values add up to at most this fact.' },
    },
  },
  sources: {
    description: 'Primary sources that claims cite with src=, by source id.',
    keyedById: true,
    keys: {
      publisher: { description: 'Who published the source.' },
      title: { description: 'The title of the source.' },
      date: { description: 'Publication date, YYYY-MM-DD.' },
      url: { description: 'Where the source can be read (http or https).' },
    },
  },
  rules: {
    description: 'Team rules for the whole workspace.',
    keyedById: false,
    keys: {
      severity: { description: 'Severity by diagnostic code: error, warning, information, hint or off.', values: SEVERITY_SETTINGS },
      tolerance: { description: 'How far approximate figures may be off, from 0 to 1 (0.1 = 10%).' },
      'window-days': { description: 'How many days apart `level` claims are still compared.' },
      'not-figures': { description: 'Phrases never counted as figures, e.g. ["Boeing 737"].' },
      'vague-quantities': { description: 'Whether "dozens", "hundreds of" and ages count as untagged figures (true or false).' },
    },
  },
} as const satisfies Record<string, SectionDoc>;

/** The top-level sections of claimmark.yaml. */
export type RegistrySection = keyof typeof REGISTRY_SCHEMA_DOC;
