// `--format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. Every catalogue
// code is a rule (metadata from CATALOG); results carry fingerprints keyed on claim identity
// (fingerprint.ts), paths relative to the repository root (%SRCROOT%), UTF-16 columns.
import { pathToFileURL } from 'node:url';
import { ALL_CODES, CATALOG, type DiagnosticCode, type Severity, type SeveritySetting } from '../../core/api';
import type { Range, Report } from '../report';
import { FINGERPRINT_VERSION } from '../fingerprint';

/** Where results point: `uriOf` maps a path as given to a root-relative path (or absolute outside it). */
export interface SarifContext {
  root: string;
  version: string;
  uriOf: (file: string) => string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const RULE_INDEX = new Map<string, number>(ALL_CODES.map((c, i) => [c, i]));

/** SARIF's level for a severity (SARIF has no hint: it is a note). */
export function sarifLevel(s: SeveritySetting): 'error' | 'warning' | 'note' | 'none' {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : s === 'off' ? 'none' : 'note';
}

/** `unknown-actor` -> `UnknownActor`, SARIF's readable rule name. */
function ruleName(code: string): string {
  return code.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
}

function rules() {
  return ALL_CODES.map((code: DiagnosticCode) => {
    const info: { severity: SeveritySetting; area: string; summary: string } = CATALOG[code];
    const plain = info.summary.replace(/`/g, '');
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: plain },
      fullDescription: { text: plain },
      help: { text: `${plain} (claimmark code ${code}, area ${info.area}; see docs/format.md and docs/cli.md)`, markdown: `${info.summary}\n\nClaimmark code \`${code}\` (area: ${info.area}). Switch it off or change its level with \`rules.severity\` in claimmark.yaml, or \`--severity ${code}=off\`.` },
      defaultConfiguration: { level: sarifLevel(info.severity), enabled: info.severity !== 'off' },
      properties: { tags: ['claimmark', info.area] },
    };
  });
}

function uri(path: string): { uri: string; uriBaseId?: string } {
  if (/^([A-Za-z]:)?\//.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function physical(file: string, range: Range, ctx: SarifContext) {
  const { start, end } = range;
  return {
    artifactLocation: uri(ctx.uriOf(file)),
    region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
  };
}

/** The report as one SARIF 2.1.0 log; `fps` are the fingerprints parallel to report.diagnostics. */
export function formatSarif(report: Report, fps: readonly string[], ctx: SarifContext): string {
  const results = report.diagnostics.map((d, i) => ({
    ruleId: d.code,
    ruleIndex: RULE_INDEX.get(d.code) ?? -1,
    level: sarifLevel(d.severity as Severity),
    message: { text: d.message },
    locations: [{ physicalLocation: physical(d.file, d.range, ctx) }],
    ...(d.related && d.related.length > 0 && {
      relatedLocations: d.related.map((r, id) => ({ id, physicalLocation: physical(r.file, r.range, ctx), message: { text: r.message } })),
    }),
    partialFingerprints: { [FINGERPRINT_VERSION]: fps[i]! },
    fingerprints: { [FINGERPRINT_VERSION]: fps[i]! },
  }));
  const notifications = report.problems.map((p) => ({
    level: 'error' as const,
    message: { text: `${p.file}: ${p.message}` },
    locations: [{ physicalLocation: { artifactLocation: uri(ctx.uriOf(p.file)) } }],
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'claimmark', version: ctx.version, semanticVersion: ctx.version, rules: rules() } },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.root).href.replace(/\/?$/, '/') } },
      invocations: [{ executionSuccessful: true, ...(notifications.length > 0 && { toolExecutionNotifications: notifications }) }],
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log) + '\n'; // compact: large workspaces give large logs, and viewers indent
}
