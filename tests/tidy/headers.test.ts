// The file-header rule (CONTRIBUTING.md): every source file opens with a comment saying what it
// owns, and every exported declaration has a doc comment (re-exports excepted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, sourceFiles } from './sources';

const SOURCES = ['shared', 'server/src', 'client/src'];

test('every source file opens with a comment saying what it owns', () => {
  const bare = SOURCES.flatMap(sourceFiles).filter((f) => !/^\/\/ \S/.test(readFileSync(join(root, f), 'utf8')));
  assert.deepEqual(bare, []);
});

/** A declaration exported where it is made (`export function`, `export const`, ...), not a re-export. */
const DECLARATION = /^export (?:declare )?(?:async )?(?:abstract )?(?:function\*?|const|let|class|interface|type(?! \*)(?! \{)|enum|namespace) /;

test('every exported declaration has a doc comment', () => {
  const undocumented: string[] = [];
  for (const f of SOURCES.flatMap(sourceFiles)) {
    const lines = readFileSync(join(root, f), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!DECLARATION.test(line)) return;
      const above = (lines[i - 1] ?? '').trim();
      if (above.endsWith('*/') || above.startsWith('//')) return;
      // an overload's implementation shares its doc, and a run of one-line constants shares the first's
      if (/^export (?:async )?function /.test(above) || (/^export const .*;$/.test(above) && /^export const .*;$/.test(line))) return;
      undocumented.push(`${f}:${i + 1}: ${line.slice(0, 60)}`);
    });
  }
  assert.deepEqual(undocumented, []);
});
