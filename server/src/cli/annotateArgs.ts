// `claimmark annotate`'s arguments, apart from the command (annotate.ts): parseArgs reads them
// at every start, and the command's drafting code is loaded only when it runs (commands.ts).

/** `claimmark annotate`, as parsed from its arguments. */
export interface AnnotateCommand { kind: 'annotate'; paths: string[]; write: boolean; format: 'diff' | 'json' }

/** Reads annotate's own arguments. */
export function parseAnnotateArgs(rest: readonly string[]): AnnotateCommand | { kind: 'usage-error'; message: string } | { kind: 'help' } {
  const out: AnnotateCommand = { kind: 'annotate', paths: [], write: false, format: 'diff' };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--write' || a === '-w') out.write = true;
    else if (a === '--help' || a === '-h') return { kind: 'help' };
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(9) : rest[++i];
      if (v !== 'diff' && v !== 'json') return { kind: 'usage-error', message: `annotate: --format must be diff or json, not '${v ?? ''}'` };
      out.format = v;
    } else if (a.startsWith('-')) return { kind: 'usage-error', message: `annotate: unknown option '${a}'` };
    else out.paths.push(a);
  }
  if (out.paths.length === 0) out.paths.push('.');
  return out;
}
