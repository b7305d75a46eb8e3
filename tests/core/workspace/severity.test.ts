// Severity resolution (catalogue -> claimmark.yaml rules -> user options) and suppression comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSeverity, withSeverity } from '../../../server/src/core/diagnostics/severity';
import { Workspace } from '../../../server/src/core/workspace/workspace';
import { frontEndDiagnostic } from '../../../server/src/core/workspace/diagnose';

test('each layer overrides the one before; off drops; invalid values fall back', () => {
  assert.equal(resolveSeverity('untagged-figure'), 'information');
  assert.equal(resolveSeverity('untagged-figure', { 'untagged-figure': 'warning' }), 'warning');
  assert.equal(resolveSeverity('untagged-figure', { 'untagged-figure': 'warning' }, { 'untagged-figure': 'hint' }), 'hint');
  assert.equal(resolveSeverity('untagged-figure', { 'untagged-figure': 'off' }), undefined);
  assert.equal(resolveSeverity('untagged-figure', { 'untagged-figure': 'off' }, { 'untagged-figure': 'error' }), 'error');
  assert.equal(resolveSeverity('bad-id', { 'bad-id': 'loud' as never }), 'error');
  const kept = withSeverity([{ code: 'bad-id', span: { start: 0, end: 1 }, message: 'x' }, { code: 'untagged-figure', span: { start: 2, end: 3 }, message: 'y' }], { 'bad-id': 'off' });
  assert.deepEqual(kept.map((d) => [d.code, d.severity]), [['untagged-figure', 'information']]);
});

test('claimmark.yaml rules and user options reach the diagnostics', () => {
  const ws = new Workspace();
  ws.setArticle('u', 'Prose with 40 tanks and [12]{fact=f} more.\n');
  const sev = () => Object.fromEntries(ws.diagnostics('u', opts).map((d) => [d.code, d.severity]));
  let opts: Parameters<Workspace['diagnostics']>[1] = undefined;
  assert.deepEqual(sev(), { 'untagged-figure': 'information', 'claim-without-actor': 'warning' });
  ws.setRegistry('reg', 'facts:\n  f: {label: F}\nrules:\n  severity:\n    untagged-figure: "off"\n    claim-without-actor: error\n');
  assert.deepEqual(sev(), { 'claim-without-actor': 'error' });
  opts = { severity: { 'untagged-figure': 'warning' } };
  assert.deepEqual(sev(), { 'untagged-figure': 'warning', 'claim-without-actor': 'error' });
});

test('disable-line suppresses on its own line only; disable-file everywhere; no code = all codes', () => {
  const ws = new Workspace();
  const codes = (text: string) => {
    ws.setArticle('u', text);
    return ws.diagnostics('u').map((d) => `${d.code}:${text.slice(0, d.span.start).split('\n').length}`);
  };
  const body = 'Alpha [1]{fact=f} said.\nBeta [2]{fact=g} said.\n';
  assert.deepEqual(codes(body), ['claim-without-actor:1', 'claim-without-actor:2']);
  assert.deepEqual(codes('Alpha [1]{fact=f} said. {% claimmark-disable-line claim-without-actor %}\nBeta [2]{fact=g} said.\n'), ['claim-without-actor:2']);
  assert.deepEqual(codes('Alpha [1]{fact=f} said. {% claimmark-disable-line untagged-figure %}\nBeta [2]{fact=g} said.\n'), ['claim-without-actor:1', 'claim-without-actor:2']);
  assert.deepEqual(codes('{% claimmark-disable-file claim-without-actor %}\n' + body), []);
  assert.deepEqual(codes('{% claimmark-disable-line %} Alpha [1]{fact=f} said.\nBeta [2]{fact=g} said.\n'), ['claim-without-actor:2']);
  assert.deepEqual(codes('{% claimmark-disable-file %}\nAlpha [1]{fact=f} said.\n'), []);
});

test('the codes front ends raise (file-not-analysed, too-many-diagnostics) take rules and settings like every code', () => {
  const ws = new Workspace();
  const at = { start: 0, end: 0 };
  const sev = (options?: Parameters<Workspace['diagnostics']>[1]) =>
    (['file-not-analysed', 'too-many-diagnostics'] as const).map((code) => frontEndDiagnostic(code, at, 'why', ws.registry, options)?.severity ?? 'off');
  assert.deepEqual(sev(), ['warning', 'information']);
  ws.setRegistry('reg', 'rules:\n  severity:\n    file-not-analysed: error\n    too-many-diagnostics: "off"\n');
  assert.deepEqual(sev(), ['error', 'off']);
  assert.deepEqual(sev({ severity: { 'file-not-analysed': 'off', 'too-many-diagnostics': 'hint' } }), ['off', 'hint']);
  assert.deepEqual(frontEndDiagnostic('file-not-analysed', at, 'too large', ws.registry, undefined), { code: 'file-not-analysed', span: at, message: 'too large', severity: 'error' });
});
