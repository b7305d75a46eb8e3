// Where `export` and `report` write: a file (`--output FILE`) or stdout (`-` or no option for export).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliIo } from './check';

/** Writes `text` to `output` (a path relative to the cwd, or `-` for stdout); returns an error message on failure. */
export function writeOutput(io: CliIo, output: string, text: string): string | undefined {
  if (output === '-') {
    io.stdout(text);
    return undefined;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, output), text);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `cannot write ${output}: ${code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : e instanceof Error ? e.message : String(e)}`;
  }
}
