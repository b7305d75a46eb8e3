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
  return withSeverities(findings, new Severities(overrides));
}

/**
 * The severities of codes after fixed overrides, each code resolved once: a check, whose
 * overrides stay the same for all its articles, keeps one (a map per article's list, and a
 * spread call per code and list, were most of what giving 10,000 articles severities cost).
 */
export class Severities {
  private readonly memo = new Map<DiagnosticCode, Severity | undefined>();

  constructor(private readonly overrides: readonly (SeverityOverrides | undefined)[]) {}

  /** The severity of `code`, or undefined when it is `off`. */
  of(code: DiagnosticCode): Severity | undefined {
    let severity = this.memo.get(code);
    if (severity === undefined && !this.memo.has(code)) this.memo.set(code, (severity = resolveSeverity(code, ...this.overrides)));
    return severity;
  }
}

/** withSeverity with the severities of a Severities. */
export function withSeverities<F extends Finding>(findings: readonly F[], severities: Severities): (F & { severity: Severity })[] {
  const out: (F & { severity: Severity })[] = [];
  for (const f of findings) {
    const severity = severities.of(f.code);
    // Object.assign, not a spread: V8 gives each spread copy of mixed-shape findings its own hidden class.
    if (severity) out.push(Object.assign({}, f, { severity }));
  }
  return out;
}
