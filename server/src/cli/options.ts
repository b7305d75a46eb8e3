// Options of `check`, `export` and `report`, read from argv by one table-driven parser.
// Only options actually given appear in the result, so defaults stay in one place (the commands).
import { DEFAULT_CACHE_FILE } from './cache';
import { isDiagnosticCode, isSeveritySetting, SEVERITIES, type Severity, type SeveritySetting } from '../core/api';

/** Formats of `claimmark check`. */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
/** Formats of `claimmark export`. */
export const EXPORT_FORMATS = ['json', 'csv', 'claimreview'] as const;
/** Severities that `--fail-on` accepts, loudest first. */
export const THRESHOLDS = SEVERITIES;

/** Everything the three commands accept; each command uses its own subset (see SPECS). */
export interface Options {
  format?: string;
  baseline?: string;
  updateBaseline?: string;
  maxWarnings?: number;
  severity?: Partial<Record<string, SeveritySetting>>;
  failOn?: Severity;
  quiet?: boolean;
  output?: string;
  bom?: boolean;
  title?: string;
  /** `--cache[=FILE]`: the cache file (`.claimmarkcache` when none is named). */
  cache?: string;
}


type Kind = 'string' | 'count' | 'flag' | 'severity' | 'threshold' | 'optional';
interface OptionSpec {
  key: keyof Options;
  kind: Kind;
  values?: readonly string[];
  /** For an 'optional' option: its value when given alone (a value only follows `=`, never as the next argument, which is a path). */
  alone?: string;
}

const SPECS: Record<'check' | 'export' | 'report', Record<string, OptionSpec>> = {
  check: {
    '--format': { key: 'format', kind: 'string', values: CHECK_FORMATS },
    '--baseline': { key: 'baseline', kind: 'string' },
    '--update-baseline': { key: 'updateBaseline', kind: 'string' },
    '--max-warnings': { key: 'maxWarnings', kind: 'count' },
    '--severity': { key: 'severity', kind: 'severity' },
    '--fail-on': { key: 'failOn', kind: 'threshold', values: THRESHOLDS },
    '--quiet': { key: 'quiet', kind: 'flag' },
    '-q': { key: 'quiet', kind: 'flag' },
    '--cache': { key: 'cache', kind: 'optional', alone: DEFAULT_CACHE_FILE },
  },
  export: {
    '--format': { key: 'format', kind: 'string', values: EXPORT_FORMATS },
    '--output': { key: 'output', kind: 'string' },
    '-o': { key: 'output', kind: 'string' },
    '--bom': { key: 'bom', kind: 'flag' },
  },
  report: {
    '--output': { key: 'output', kind: 'string' },
    '-o': { key: 'output', kind: 'string' },
    '--title': { key: 'title', kind: 'string' },
  },
};

/** Paths and options, `help` when -h/--help is among them, or a usage error. */
export type ParsedOptions = { ok: true; paths: string[]; options: Options; help: boolean } | { ok: false; message: string };

/** Reads the arguments after the command name. `--` ends options; `-` alone is a path. */
export function parseOptions(command: keyof typeof SPECS, argv: readonly string[]): ParsedOptions {
  const specs = SPECS[command];
  const paths: string[] = [];
  const options: Options = {};
  let help = false;
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = specs[name];
    if (!spec) return { ok: false, message: `unknown option '${name}' for 'claimmark ${command}'` };
    if (spec.kind === 'flag') {
      if (eq > 0) return { ok: false, message: `${name} takes no value` };
      (options as Record<string, unknown>)[spec.key] = true;
      continue;
    }
    if (spec.kind === 'optional' && eq < 0) {
      (options as Record<string, unknown>)[spec.key] = spec.alone;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) return { ok: false, message: `${name} needs a value${spec.values ? `: ${spec.values.join(', ')}` : ''}` };
    const error = apply(options, name, spec, value);
    if (error) return { ok: false, message: error };
  }
  return { ok: true, paths, options, help };
}

/** Stores one option's value; returns a usage message when the value is wrong. */
function apply(options: Options, name: string, spec: OptionSpec, value: string): string | undefined {
  const store = options as Record<string, unknown>;
  if (spec.values && !spec.values.includes(value)) return `unknown value '${value}' for ${name}: use ${spec.values.join(', ')}`;
  switch (spec.kind) {
    case 'count': {
      if (!/^\d+$/.test(value)) return `${name} needs a whole number of 0 or more, not '${value}'`;
      store[spec.key] = Number(value);
      return undefined;
    }
    case 'severity': {
      const overrides = (options.severity ??= {});
      for (const item of value.split(',').filter((s) => s !== '')) {
        const [code, level, extra] = item.split('=');
        if (code === undefined || level === undefined || extra !== undefined) return `${name} takes CODE=LEVEL, not '${item}'`;
        if (!isDiagnosticCode(code)) return `${name}: unknown diagnostic code '${code}'`;
        if (!isSeveritySetting(level)) return `${name}: unknown level '${level}' for ${code}: use error, warning, information, hint or off`;
        overrides[code] = level;
      }
      return undefined;
    }
    default:
      if (value === '' && (spec.kind === 'string' || spec.kind === 'optional')) return `${name} needs a non-empty value`;
      store[spec.key] = value;
      return undefined;
  }
}
