// The Mocha entry point that VS Code's test runner loads (extensionTestsPath): @vscode/test-electron
// on a desktop, code-server's smoke-test driver here. Writes Mocha's output and a result JSON to
// $RESULT_DIR (extension-host console output does not reach the harness), and prints them too.
import Mocha from 'mocha';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the harness reads back from $RESULT_DIR/result.json. */
export interface SuiteResult {
  passed: number;
  failed: number;
  failures: { title: string; error: string }[];
  durationMs: number;
}

/** Runs every test file of the suite; resolves when all passed, rejects otherwise. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false });
  const lines: string[] = [];
  const log = (line: string) => { lines.push(line); console.log(line); };
  const result: SuiteResult = { passed: 0, failed: 0, failures: [], durationMs: 0 };
  const started = Date.now();
  mocha.reporter(class extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      let depth = 0;
      runner.on('suite', (s) => { if (s.title) log(`${'  '.repeat(depth)}${s.title}`); if (s.title) depth++; });
      runner.on('suite end', (s) => { if (s.title) depth--; });
      runner.on('pass', (t) => { result.passed++; log(`${'  '.repeat(depth)}✔ ${t.title} (${t.duration ?? 0} ms)`); });
      runner.on('fail', (t, err: Error) => {
        result.failed++;
        result.failures.push({ title: t.fullTitle(), error: String(err?.stack ?? err) });
        log(`${'  '.repeat(depth)}✘ ${t.title}\n${indent(String(err?.message ?? err), depth + 2)}`);
      });
    }
  });
  // The test files register with the tdd globals (suite/test) that pre-require installs.
  mocha.suite.emit('pre-require', globalThis, 'claimmark-e2e', mocha);
  require('./status.test');
  require('./activation.test');
  require('./diagnostics.test');
  require('./hover.test');
  require('./codeActions.test');
  require('./editing.test');
  require('./annotate.test');
  require('./tree.test');
  require('./rename.test');
  require('./import.test');
  return new Promise((resolve, reject) => {
    mocha.run(() => {
      result.durationMs = Date.now() - started;
      log(`\n${result.passed} passing, ${result.failed} failing (${result.durationMs} ms)`);
      for (const f of result.failures) log(`\nFAILED ${f.title}\n${f.error}`);
      writeResult(lines, result);
      if (result.failed > 0 || result.passed === 0) reject(new Error(`${result.failed} tests failed`));
      else resolve();
    });
  });
}

function writeResult(lines: string[], result: SuiteResult): void {
  const dir = process.env.RESULT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mocha.txt'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'result.json'), JSON.stringify(result, null, 2));
}

function indent(text: string, depth: number): string {
  return text.split('\n').map((l) => `${'  '.repeat(depth)}${l}`).join('\n');
}
