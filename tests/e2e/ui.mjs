// The UI check: packages the VSIX, installs it into a fresh code-server (as a user would), opens
// the samples in headless Chromium, and reads what a user sees: the Problems count in the status
// bar, the hover card of a claim, the Claims view, and "Annotate Article" on a raw sample through
// the refactor preview. Screenshots go to screenshots/ (gitignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paths, root } from './install.mjs';
import { codeServerArgs, launchChromium, startCodeServer } from './codeServer.mjs';
import { packageVsix } from '../../client/scripts/package.mjs';
import { makeWorkspace } from './workspace.mjs';

const shots = join(root, 'screenshots');
/** Monaco renders spaces as non-breaking spaces. */
const plain = (s) => (s ?? '').replace(/\u00a0/g, ' ');

/** Runs each check in turn; returns the counts. */
export async function runUiCheck() {
  let passed = 0;
  let failed = 0;
  const check = async (title, body) => {
    try {
      const detail = await body();
      passed++;
      console.log(`PASS ${title}${detail ? `: ${detail}` : ''}`);
      return true;
    } catch (e) {
      failed++;
      console.log(`FAIL ${title}: ${e.message}`);
      return false;
    }
  };
  mkdirSync(shots, { recursive: true });
  const extensionsDir = mkdtempSync(join(tmpdir(), 'claimmark-ui-ext-'));
  let vsix;
  if (!await check('the VSIX packages', async () => {
    const started = Date.now();
    const r = await packageVsix(paths.vsce);
    vsix = r.vsix;
    return `${(r.bytes / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  })) return { passed, failed };
  if (!await check('the VSIX installs into a clean code-server', () => {
    const r = spawnSync(paths.node24, codeServerArgs(['--extensions-dir', extensionsDir, '--install-extension', vsix]), { encoding: 'utf8' });
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) throw new Error(`exit ${r.status}: ${r.stdout}${r.stderr}`);
    return 'installed';
  })) return { passed, failed };

  const workspace = makeWorkspace('ui');
  writeFileSync(join(workspace, 'raw-annotate.claims.txt'), rawSample(join(workspace, 'kursk-nk-casualties-2024-12-26.claims.txt')));
  const server = await startCodeServer({ workspace, extensionsDir, label: 'ui' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // A fresh port means an untrusted folder: the checks below run in Restricted Mode, which the
    // extension supports (limited); the status bar says so.
    await check('the folder opens in Restricted Mode', async () => {
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });
      return 'the checks below run untrusted';
    });

    await check('the Problems count shows the markup errors of an article', async () => {
      await openFile(page, 'broken.claims.txt');
      const problems = page.locator('[id="status.problems"] a, [id="status.problems"]').first();
      const label = await poll(async () => {
        const l = plain(await problems.getAttribute('aria-label'));
        const errors = Number(/Errors?: (\d+)/i.exec(l)?.[1] ?? 0);
        return errors >= 2 ? l : undefined;
      }, 30_000, 'an Errors count of at least 2 in the status bar');
      // The article's own errors: squiggles in its editor (the status bar counts the workspace).
      const squiggles = page.locator('.monaco-editor .squiggly-error');
      await poll(async () => (await squiggles.count()) >= 2 || undefined, 30_000, 'two error squiggles in the article');
      await page.screenshot({ path: join(shots, '1-problems.png') });
      return `${label}; ${await squiggles.count()} error squiggles in the article`;
    });

    await check('hovering a claim shows its citation card', async () => {
      await openFile(page, 'kursk-nk-casualties-2024-12-26.claims.txt');
      const figure = page.locator('.monaco-editor .view-line span', { hasText: /^about.3,000$/ }).first();
      await figure.waitFor({ timeout: 20_000 });
      const card = await poll(async () => {
        await page.mouse.move(0, 0);
        await figure.hover();
        const hover = page.locator('.monaco-hover:visible .monaco-hover-content, .monaco-hover:visible .hover-contents').first();
        await hover.waitFor({ timeout: 3_000 }).catch(() => undefined);
        const text = plain(await hover.innerText().catch(() => ''));
        return /nk-casualties|North Korean/i.test(text) ? text : undefined;
      }, 40_000, 'a hover card that names the fact');
      await page.screenshot({ path: join(shots, '2-hover.png') });
      return card.replace(/\s+/g, ' ').slice(0, 160);
    });

    await check('the Claims view lists actors with their claims', async () => {
      await page.keyboard.press('Escape');
      await page.locator('.activitybar [aria-label^="Claimmark"]').first().click();
      const rows = page.locator('[id="workbench.view.extension.claimmark"] .monaco-list-row, .pane-body .monaco-list-row').filter({ hasText: /\S/ });
      await poll(async () => (await rows.count()) > 0 || undefined, 30_000, 'rows in the Claims view');
      await rows.first().click();
      await page.keyboard.press('ArrowRight');
      await poll(async () => (await rows.count()) > 1 || undefined, 10_000, 'an expanded actor');
      await page.screenshot({ path: join(shots, '3-claims-view.png') });
      const texts = await rows.allInnerTexts();
      return texts.slice(0, 4).map((t) => plain(t).replace(/\s+/g, ' ')).join(' | ');
    });

    await check('Annotate Article on a raw sample: the refactor preview, accepted, leaves claims and fewer problems', async () => {
      await page.keyboard.press('Escape');
      await openFile(page, 'raw-annotate.claims.txt');
      const problems = page.locator('[id="status.problems"] a, [id="status.problems"]').first();
      const count = async () => { const l = plain(await problems.getAttribute('aria-label')); return [...l.matchAll(/(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0); };
      const before = await poll(async () => (await count()) || undefined, 30_000, 'problems of the raw sample');
      const button = page.locator('.editor-actions [aria-label*="Annotate Article"]').first();
      await button.waitFor({ timeout: 20_000 });
      await button.click();
      const apply = page.locator('.monaco-button', { hasText: /^Apply$/ }).first();
      await apply.waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(shots, '4-annotate-preview.png') });
      await apply.click();
      const lines = page.locator('.monaco-editor .view-lines').first();
      await poll(async () => /\]\{fact=/.test(plain(await lines.innerText())) || undefined, 30_000, 'claims in the article');
      const after = await poll(async () => { const n = await count(); return n < before ? n : undefined; }, 30_000, 'fewer problems than before');
      await page.screenshot({ path: join(shots, '5-annotated.png') });
      return `problems ${before} -> ${after}`;
    });
  } finally {
    await lastScreenshot(browser);
    await browser.close().catch(() => undefined);
    server.stop(failed === 0);
    if (failed === 0) for (const dir of [workspace, extensionsDir]) rmSync(dir, { recursive: true, force: true });
  }
  return { passed, failed };
}

/** A sample article as it arrives: front matter kept, markup and comments gone. */
function rawSample(path) {
  return readFileSync(path, 'utf8').replace(/\{%[\s\S]*?%\}/g, '').replace(/\[((?:\\.|[^\]\\])*)\]\{[^}]*\}/g, '$1');
}

/** A screenshot of the final state, whatever happened (for a failing check). */
async function lastScreenshot(browser) {
  const page = browser.contexts()[0]?.pages()[0];
  if (page) await page.screenshot({ path: join(shots, '9-last.png') }).catch(() => undefined);
}

/** Opens a workspace file through Quick Open, as a user would (again if the first keypress was lost). */
async function openFile(page, name) {
  const tab = page.locator(`.tab[aria-label*="${name}"]`).first();
  await poll(async () => {
    await page.locator('.monaco-workbench .part.editor').click({ position: { x: 300, y: 300 } }).catch(() => undefined);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    if (!await input.waitFor({ timeout: 5_000 }).then(() => true, () => false)) return undefined;
    await input.fill(name);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    if (!await row.waitFor({ timeout: 10_000 }).then(() => true, () => false)) { await page.keyboard.press('Escape'); return undefined; }
    await page.keyboard.press('Enter');
    return tab.waitFor({ timeout: 5_000 }).then(() => true, () => undefined);
  }, 45_000, `${name} to open`);
}

/** Re-runs `probe` (each run is an action in the page) until it returns a value, up to `ms`. */
async function poll(probe, ms, what) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
