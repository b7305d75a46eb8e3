// The text of `claimmark --help`: the command's contract in words (formats, discovery, exit codes).

/** The help text, with the version in its first line. */
export function helpText(version: string): string {
  return `claimmark ${version}: check annotated news articles (*.claims.txt)

Usage:
  claimmark check [paths...] [--format text|json|sarif|github] [options]
  claimmark export [paths...] [--format json|csv|claimreview] [--output FILE] [--bom]
  claimmark report [paths...] [--output FILE] [--title TEXT]
  claimmark annotate [paths...] [--write] [--format diff|json]
  claimmark import <url | file.html | ->... [--out DIR] [--force] [--annotate]
  claimmark --help | --version

Paths:
  A folder is searched recursively for *.claims.txt files, skipping node_modules, dist,
  out and folders whose name starts with a dot, as the editor does (symbolic links to
  folders are not followed).
  A file named explicitly is checked as an article whatever its name, except a file
  named claimmark.yaml, which is used as the registry. No path means the current folder.

Registry:
  The registry is the claimmark.yaml in the nearest folder at or above the paths given
  (their common folder), looking up no further than a repository root (a folder with
  .git); if there is none, ./claimmark.yaml in the current folder; if that is missing too,
  the check runs without a registry (unknown ids are then not reported). Registry
  errors are reported like any other diagnostic, in claimmark.yaml.

Options:
  --format text   one line per diagnostic, "path:line:col severity code message"
                  (1-based line and column, in UTF-16 code units), related places
                  indented below it, then a summary line; colours only when stdout is
                  a terminal and NO_COLOR is not set
  --format json   {"diagnostics": [{"file", "range": {"start": {"line", "character"},
                  "end": {...}}, "severity", "code", "message", "related"?: [{"file",
                  "range", "message"}]}], "problems": [{"file", "message"}]}
                  with 0-based lines and UTF-16 characters, as LSP counts them
  --format sarif  SARIF 2.1.0 (GitHub code scanning): a rule per code, paths relative
                  to the repository root, fingerprints keyed on the claim, not the line
  --format github GitHub Actions annotations (::error file=...,line=...::message)
  --baseline FILE          report and fail only on problems not in FILE
  --update-baseline FILE   write every current problem to FILE (then exit 0 unless a
                           file could not be read)
  --fail-on LEVEL          fail on findings at or above LEVEL: error (default),
                           warning, information or hint
  --max-warnings N         also fail when more than N warnings are found
  --severity CODE=LEVEL    change a code's level (error|warning|information|hint|off);
                           repeat it or separate pairs with commas; wins over claimmark.yaml
  -q, --quiet              print only findings at or above --fail-on; no notes
  --cache[=FILE]           re-read only the articles changed since the last run with the
                           cache in FILE (default .claimmarkcache); the output is the same

Export and report:
  export --format json|csv|claimreview   every claim with actor, fact, figure, value,
                  unit, as-of, article and source (default json, to stdout)
  --output FILE, -o FILE   write to FILE (export: default stdout; report: default
                  claimmark-report.html; '-' is stdout)
  --bom           (csv) start with a UTF-8 byte order mark, for spreadsheets
  --title TEXT    (report) the page's title

Annotate (drafts claims, actor mentions and as-of dates; docs/annotate.md):
  annotate        prints a unified diff of the articles and claimmark.yaml
  --write, -w     applies it
  --format json   prints the proposed edits, claims and registry entries instead

Import (claimmark import --help for more):
  turns news pages (URLs, saved HTML, - for standard input) into new articles with
  their front matter, and prints the paths written; exit 1 when an input failed

  -h, --help      show this help
  -V, --version   show the version

Exit codes:
  0  no finding at or above --fail-on (errors by default) outside the baseline
  1  at least one such finding, more warnings than --max-warnings, or a file that could
     not be checked (unreadable, or binary: a file with NUL bytes is skipped with a message)
  2  usage or configuration error: unknown command or option, bad --format, a path that
     does not exist, an unusable baseline file, an output file that cannot be written
  3  internal error (a bug in claimmark: please report it)

A folder without any *.claims.txt file is not an error: it is noted on stderr.
`;
}
