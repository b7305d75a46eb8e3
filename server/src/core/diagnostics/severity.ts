// Final severity of a finding: the catalogue default, then claimmark.yaml `rules.severity`,
// then the user's settings; `off` at the last level that speaks drops the finding.
import { CATALOG, SEVERITY_SETTINGS, type DiagnosticCode, type Severity, type SeveritySetting } from './catalog';
import type { Finding } from './finding';

/** Severity overrides by code, as written in claimmark.yaml or user settings (values unchecked). */
export type SeverityOverrides = Partial<Record<string, SeveritySetting>>;

const SETTINGS = new Set<string>(SEVERITY_SETTINGS);

/** True for a valid severity setting; anything else in overrides is ignored (falls back). */
export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && SETTINGS.has(value);
}

/** The severity of `code` after the overrides (later ones win), or undefined when it is `off`. */
export function resolveSeverity(code: DiagnosticCode, ...overrides: (SeverityOverrides | undefined)[]): Severity | undefined {
  let setting: SeveritySetting = CATALOG[code].severity;
  for (const layer of overrides) {
    const value = layer && Object.prototype.hasOwnProperty.call(layer, code) ? layer[code] : undefined;
    if (isSeveritySetting(value)) setting = value;
  }
  return setting === 'off' ? undefined : setting;
}

/** Findings with their final severity; findings switched off are dropped. */
export function withSeverity<F extends Finding>(findings: readonly F[], ...overrides: (SeverityOverrides | undefined)[]): (F & { severity: Severity })[] {
  const out: (F & { severity: Severity })[] = [];
  const memo = new Map<DiagnosticCode, Severity | undefined>();
  for (const f of findings) {
    let severity = memo.get(f.code);
    if (!memo.has(f.code)) memo.set(f.code, (severity = resolveSeverity(f.code, ...overrides)));
    // Object.assign, not a spread: V8 gives each spread copy of mixed-shape findings its own hidden class.
    if (severity) out.push(Object.assign({}, f, { severity }));
  }
  return out;
}
