// The text of `claimmark --help`: the command's contract in words (formats, discovery, exit codes).

/** The help text, with the version in its first line. */
export function helpText(version: string): string {
  return `claimmark ${version}: check annotated news articles (*.claims.txt)

Usage:
  claimmark check [paths...] [--format text|json]
  claimmark --help | --version

Paths:
  A folder is searched recursively for *.claims.txt files, skipping node_modules and
  folders whose name starts with a dot (symbolic links to folders are not followed).
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
  -h, --help      show this help
  -V, --version   show the version

Exit codes:
  0  no error-severity diagnostic (warnings and notes do not fail the check)
  1  at least one error-severity diagnostic, or a file that could not be checked
     (unreadable, or binary: a file with NUL bytes is skipped with a message)
  2  usage error: unknown command or option, bad --format, a path that does not exist
  3  internal error (a bug in claimmark: please report it)

A folder without any *.claims.txt file is not an error: it is noted on stderr.
`;
}
