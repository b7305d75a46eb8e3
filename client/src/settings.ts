// Reads the `claimmark.*` settings the user actually set, for the server's workspace/configuration.
// In Restricted Mode the workspace values of restricted settings are ignored (see docs/trust.md).
import * as vscode from 'vscode';

/** Every setting key under `claimmark.` (package.json contributes.configuration). */
export const SETTING_KEYS = [
  'trace.server',
  'untaggedFigures.severity',
  'untaggedFigures.vagueQuantities',
  'diagnostics.severity',
  'maxFileSize',
  'maxDiagnostics',
] as const;

/** Settings whose workspace value needs a trusted folder (package.json capabilities). */
export const RESTRICTED_KEYS: ReadonlySet<string> = new Set(['maxFileSize', 'maxDiagnostics', 'trace.server']);

/**
 * The settings as a nested object (`{ untaggedFigures: { severity: 'hint' } }`), holding only
 * values set in user, workspace or folder settings: unset keys are left to the server's defaults.
 */
export function explicitSettings(scope: vscode.Uri | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('claimmark', scope);
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const seen = config.inspect(key);
    if (!seen) continue;
    const trusted = vscode.workspace.isTrusted || !RESTRICTED_KEYS.has(key);
    const value = trusted ? seen.workspaceFolderValue ?? seen.workspaceValue ?? seen.globalValue : seen.globalValue;
    if (value !== undefined) setPath(out, key.split('.'), value);
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    node = (next && typeof next === 'object' ? next : (node[part] = {})) as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}
