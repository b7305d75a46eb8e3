// A one-line note on stderr when claimmark.yaml is broken, whatever the output format, so a
// CI log says why ids may be reported unknown; the articles are still checked.
import type { ReportDiagnostic } from './report';

/** The note for the registry's YAML and schema errors, or undefined when it is sound. */
export function registryNote(diagnostics: readonly ReportDiagnostic[], registry: string | undefined): string | undefined {
  if (registry === undefined) return undefined;
  const broken = diagnostics.filter((d) => d.file === registry && (d.code === 'registry-syntax' || d.code === 'registry-invalid'));
  const first = broken[0];
  if (!first) return undefined;
  const at = `${registry}:${first.range.start.line + 1}:${first.range.start.character + 1}`;
  const more = broken.length > 1 ? ` (and ${broken.length - 1} more)` : '';
  return `claimmark: ${at}: claimmark.yaml is broken: ${first.message}${more}; its valid entries are still used and every article is still checked\n`;
}
