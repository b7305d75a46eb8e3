// The one catalogue of diagnostic codes. Codes are a public contract (CLI JSON, SARIF,
// suppression comments, claimmark.yaml rules): add new ones, never rename or remove one.

/** The severities a finding can have, loudest first: the one list every front end uses. */
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
/** What rules and settings may give a code: a severity, or `off`, which hides it. */
export const SEVERITY_SETTINGS = [...SEVERITIES, 'off'] as const;

/** How loud a finding is. `off` is only valid in rules/settings: it hides the code. */
export type Severity = (typeof SEVERITIES)[number];
/** A severity, or `off` (rules and settings only). */
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/** One entry of the catalogue. */
export interface CodeInfo {
  /** Default severity before workspace rules and user settings. */
  severity: SeveritySetting;
  /** Which part of the product raises it. */
  area: 'file' | 'markup' | 'front-matter' | 'claim' | 'registry' | 'untagged' | 'conflict';
  /** One line for docs, SARIF rule metadata and hover help. */
  summary: string;
}

/** Every diagnostic code, by area, with its default severity and summary. */
export const CATALOG = {
  // whole files
  'file-not-analysed': { severity: 'warning', area: 'file', summary: 'A file is not analysed: it is over `claimmark.maxFileSize`, binary (NUL characters) or unreadable.' },
  'too-many-diagnostics': { severity: 'information', area: 'file', summary: 'A document has more diagnostics than `claimmark.maxDiagnostics`: the editor shows the first ones by position and this one, at the first not shown, says how many more.' },
  // markup (parser)
  'unclosed-bracket': { severity: 'warning', area: 'markup', summary: 'A `[` that opens a span has no closing `]` on its line.' },
  'unclosed-attributes': { severity: 'error', area: 'markup', summary: 'An attribute block `{` has no closing `}` on its line.' },
  'bad-attribute': { severity: 'error', area: 'markup', summary: 'Text inside `{...}` is not `key=value`, `key="value"` or `.class`.' },
  'unknown-attribute': { severity: 'error', area: 'markup', summary: 'An attribute key that Claimmark does not know (a typo?).' },
  'duplicate-attribute': { severity: 'error', area: 'markup', summary: 'The same attribute key appears twice in one span.' },
  'span-without-role': { severity: 'warning', area: 'markup', summary: 'A span has attributes but is neither a claim (`fact=`), an actor mention (`actor=`) nor `.nofigure`.' },
  'conflicting-roles': { severity: 'error', area: 'markup', summary: 'A span is both an actor mention and a claim.' },
  'empty-span': { severity: 'error', area: 'markup', summary: 'A claim or actor mention has no text between its brackets.' },
  'bad-suppression': { severity: 'warning', area: 'markup', summary: 'A suppression comment names an unknown diagnostic code or scope.' },
  // front matter
  'front-matter-unclosed': { severity: 'error', area: 'front-matter', summary: 'Front matter opened with `---` is never closed.' },
  'front-matter-invalid': { severity: 'error', area: 'front-matter', summary: 'Front matter is not valid YAML or has a field of the wrong type.' },
  'front-matter-unknown-key': { severity: 'warning', area: 'front-matter', summary: 'A front matter key Claimmark does not know.' },
  // claims
  'claim-without-fact': { severity: 'error', area: 'claim', summary: 'A span carries claim keys (`by`, `asof`, `src`...) but no `fact=`.' },
  'unreadable-figure': { severity: 'warning', area: 'claim', summary: 'The figure of a claim cannot be read as a number; it takes no part in conflict checks.' },
  'bad-date': { severity: 'error', area: 'claim', summary: 'An `asof` (or date field) is not an ISO date `YYYY-MM-DD`, month `YYYY-MM`, year or range `A..B`.' },
  'bad-value': { severity: 'error', area: 'claim', summary: 'A `value=` or `unit=` override cannot be read.' },
  'claim-without-actor': { severity: 'warning', area: 'claim', summary: 'No actor could be found for a claim: no `by`, no actor in its sentence or paragraph, no article `by`.' },
  'unknown-actor': { severity: 'warning', area: 'claim', summary: 'An actor id that the registry does not define.' },
  'unknown-fact': { severity: 'warning', area: 'claim', summary: 'A fact id that the registry does not define.' },
  'unknown-source': { severity: 'warning', area: 'claim', summary: 'A source id that the registry does not define.' },
  'bad-id': { severity: 'error', area: 'claim', summary: 'An id is not lower-case kebab-case (letters, digits, `-`, `_`, `.`).' },
  // registry
  'registry-syntax': { severity: 'error', area: 'registry', summary: '`claimmark.yaml` is not valid YAML.' },
  'registry-invalid': { severity: 'error', area: 'registry', summary: 'A `claimmark.yaml` entry has a wrong or missing field.' },
  'registry-unknown-key': { severity: 'warning', area: 'registry', summary: 'A `claimmark.yaml` key Claimmark does not know (a typo?); the rest of the entry is used.' },
  'registry-unknown-reference': { severity: 'error', area: 'registry', summary: 'A registry entry refers to an id it does not define (e.g. a fact `parts` entry).' },
  // untagged figures
  'untagged-figure': { severity: 'information', area: 'untagged', summary: 'A figure in the prose that no claim wraps.' },
  // conflicts
  'conflicting-figure': { severity: 'warning', area: 'conflict', summary: 'Two claims of one fact report figures that cannot both hold.' },
  'self-contradiction': { severity: 'warning', area: 'conflict', summary: 'One actor reports figures for one fact and date that cannot both hold.' },
  'parts-exceed-total': { severity: 'warning', area: 'conflict', summary: 'The parts of a fact add up to more than its total.' },
  'not-compared': { severity: 'information', area: 'conflict', summary: 'Claims with no date (no `asof=`, and no `published:` in the front matter) are never compared with dated claims of the same fact.' },
  'incomparable-units': { severity: 'information', area: 'conflict', summary: 'Claims of one fact use units that cannot be converted into each other.' },
} as const satisfies Record<string, CodeInfo>;

/** A stable kebab-case diagnostic code. */
export type DiagnosticCode = keyof typeof CATALOG;

/** Every code, in catalogue order. */
export const ALL_CODES = Object.keys(CATALOG) as DiagnosticCode[];

/** True when `s` is a known code (for suppression comments and rules). */
export function isDiagnosticCode(s: string): s is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(CATALOG, s);
}
