// Reading files for indexing (lsp/files.ts) and file URIs (lsp/uris.ts): the fast paths agree
// with the general ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readTextFile, readTextFileSync } from '../../server/src/lsp/files';
import { fileUri } from '../../server/src/lsp/uris';

test('readTextFileSync answers as readTextFile: text, too large, binary, missing, a folder', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimmark-files-'));
  try {
    writeFileSync(join(dir, 'a.claims.txt'), 'Héllo [3]{fact=x}\n'.repeat(500));
    writeFileSync(join(dir, 'bin.claims.txt'), Buffer.from([65, 0, 66]));
    writeFileSync(join(dir, 'empty.claims.txt'), '');
    mkdirSync(join(dir, 'folder.claims.txt'));
    for (const name of ['a.claims.txt', 'bin.claims.txt', 'empty.claims.txt', 'missing.claims.txt', 'folder.claims.txt']) {
      for (const limit of [100, 1_000_000]) {
        const sync = readTextFileSync(join(dir, name), limit);
        const async = await readTextFile(join(dir, name), limit);
        assert.equal(sync.ok, async.ok, `${name} ${limit}`);
        if (sync.ok && async.ok) assert.equal(sync.text, async.text);
      }
    }
    const ok = readTextFileSync(join(dir, 'a.claims.txt'), 1_000_000);
    assert.ok(ok.ok && ok.text.startsWith('Héllo') && ok.text.length === 18 * 500);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('fileUri equals pathToFileURL for plain and unusual paths', () => {
  for (const p of ['/tmp/a/b.claims.txt', '/a b/c.claims.txt', '/a~b/c%d#e?.txt', '/x/./y/../z.txt', '//x//y', '/', '/é/ü.claims.txt', '/a/.hidden/b', '/a-b_c.d/e']) {
    assert.equal(fileUri(p), pathToFileURL(p).href, p);
  }
});
