// User settings (workspace/configuration section "claimmark"), validated with zod.
// Invalid values are reported and replaced by their defaults: a bad setting never stops the server.
import { SEVERITY_SETTINGS, z, type AnalysisOptions } from '../core/api';

const severity = z.enum(SEVERITY_SETTINGS);

/** The schema of every setting; package.json `contributes.configuration` must match it (a tidy test checks). */
export const settingsSchema = z.object({
  trace: z.object({ server: z.enum(['off', 'messages', 'verbose']).default('off') }).default({ server: 'off' }),
  untaggedFigures: z.object({
    // No default: when unset, claimmark.yaml rules (or the catalogue) decide.
    severity: severity.optional(),
    vagueQuantities: z.boolean().default(false),
  }).default({ vagueQuantities: false }),
  diagnostics: z.object({
    severity: z.record(z.string(), severity).default({}),
  }).default({ severity: {} }),
  maxFileSize: z.number().int().positive().default(5 * 1024 * 1024),
  // What one document sends the editor: converting and sending 150,000 diagnostics took seconds per keystroke.
  maxDiagnostics: z.number().int().positive().default(1000),
});

/** Settings after validation. */
export type Settings = z.infer<typeof settingsSchema>;

/** The defaults, as the schema fills them in for an empty object. */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Validates raw settings field by field: each invalid field falls back to its default and yields a problem message. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const whole = settingsSchema.safeParse(input);
  if (whole.success) return { settings: whole.data, problems: [] };
  const problems = whole.error.issues.map((i) => `claimmark.${i.path.join('.')}: ${i.message}; using the default`);
  // Drop every top-level field that has an issue, keep the rest.
  const bad = new Set(whole.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(input).filter(([k]) => !bad.has(k)));
  const retry = settingsSchema.safeParse(kept);
  return { settings: retry.success ? retry.data : DEFAULT_SETTINGS, problems };
}

/** What the core needs from the settings. The user's untagged-figure severity is one more override. */
export function analysisOptions(s: Settings): AnalysisOptions {
  return {
    severity: { ...(s.untaggedFigures.severity ? { 'untagged-figure': s.untaggedFigures.severity } : {}), ...s.diagnostics.severity },
    vagueQuantities: s.untaggedFigures.vagueQuantities,
  };
}
