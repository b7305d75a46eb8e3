// `claimmark annotate [paths...] [--write] [--format diff|json]`: drafts the claims, actor
// mentions and as-of dates of every article (server/src/core/draft/) and the registry entries
// they need, then prints a unified diff (default), prints the proposed edits as JSON, or
// writes them (--write). Articles are drafted in order, sharing one context, so a source gets
// one id in every article. Unreadable files are reported and the rest still runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyEdits, buildArticle, DraftContext, draftArticle, draftRegistryEdits, LineIndex, readRegistry, type ArticleDraft } from '../core/api';
import { discover } from './discover';
import { readInput } from './files';
import type { CliIo } from './check';
import type { AnnotateCommand } from './annotateArgs';

/** One file the run changes: its old and new text. */
interface Change { file: string; before: string; after: string; created: boolean }

/** Runs `claimmark annotate`; returns the exit code. */
export function runAnnotate(command: AnnotateCommand, io: CliIo): number {
  const found = discover(command.paths, io.cwd);
  if (found.missing.length > 0) {
    for (const p of found.missing) io.stderr(`claimmark: ${p}: no such file or folder\n`);
    return 2;
  }
  let registryText = '';
  if (found.registry) {
    const r = readInput(io.cwd, found.registry);
    if (r.ok) registryText = r.text;
    else io.stderr(`claimmark: ${found.registry}: ${r.message} (drafting without a registry)\n`);
  }
  const texts = new Map<string, string>();
  let failed = false;
  for (const file of found.articles) {
    const r = readInput(io.cwd, file);
    if (r.ok) texts.set(file, r.text);
    else { io.stderr(`claimmark: ${file}: ${r.message}\n`); failed = true; }
  }
  const articles = [...texts].map(([file, text]) => buildArticle(file, text));
  const ctx = new DraftContext(readRegistry(registryText), articles);
  ctx.today = new Date().toISOString().slice(0, 10); // "said Thursday (December 26)" in an undated article is the latest such day
  const drafts: { file: string; text: string; draft: ArticleDraft }[] = [];
  for (const article of articles) drafts.push({ file: article.uri, text: texts.get(article.uri)!, draft: draftArticle(article, ctx) });
  const registryFile = found.registry ?? path.join(workspaceFolder(command.paths, io.cwd), 'claimmark.yaml');
  const registryEdits = draftRegistryEdits(registryText, ctx);
  const changes: Change[] = drafts.filter((d) => d.draft.edits.length > 0).map((d) => ({ file: d.file, before: d.text, after: applyEdits(d.text, d.draft.edits), created: false }));
  if (registryEdits.length > 0) changes.push({ file: registryFile, before: registryText, after: applyEdits(registryText, registryEdits), created: !found.registry });
  for (const d of drafts) for (const note of d.draft.notes) io.stderr(`claimmark: ${d.file}: ${note}\n`);
  if (command.format === 'json') io.stdout(`${JSON.stringify(jsonOf(drafts, registryFile, registryText, registryEdits, ctx), null, 2)}\n`);
  if (command.write) {
    for (const c of changes) {
      try {
        fs.writeFileSync(path.resolve(io.cwd, c.file), c.after);
      } catch (e) {
        io.stderr(`claimmark: ${c.file}: cannot be written: ${e instanceof Error ? e.message : String(e)}\n`);
        failed = true;
      }
    }
    const claims = drafts.reduce((n, d) => n + d.draft.claims.length, 0);
    io.stderr(`claimmark: drafted ${claims} claims in ${changes.filter((c) => c !== undefined && !c.file.endsWith('claimmark.yaml')).length} articles${registryEdits.length > 0 ? `; ${registryFile} ${found.registry ? 'updated' : 'created'}` : ''}\n`);
  } else if (command.format === 'diff') {
    // paths in the headers are relative to where the command runs, as git's are ("a/news/x.claims.txt")
    const shown = (file: string) => (path.isAbsolute(file) ? path.relative(io.cwd, file) : file).split(path.sep).join('/');
    for (const c of changes) io.stdout(createTwoFilesPatch(c.created ? '/dev/null' : `a/${shown(c.file)}`, `b/${shown(c.file)}`, c.before, c.after, undefined, undefined, { context: 1 }));
  }
  return failed ? 1 : 0;
}

/** The folder a new claimmark.yaml goes in: the first path given when it is a folder, else its folder. */
function workspaceFolder(paths: readonly string[], cwd: string): string {
  const first = paths[0] ?? '.';
  try {
    return fs.statSync(path.resolve(cwd, first)).isDirectory() ? first : path.dirname(first);
  } catch {
    return '.';
  }
}

function jsonOf(drafts: readonly { file: string; text: string; draft: ArticleDraft }[], registryFile: string, registryText: string, registryEdits: ReturnType<typeof draftRegistryEdits>, ctx: DraftContext) {
  const range = (lines: LineIndex, s: { start: number; end: number }) => ({ start: lines.positionAt(s.start), end: lines.positionAt(s.end) });
  return {
    articles: drafts.map(({ file, text, draft }) => {
      const lines = new LineIndex(text);
      return {
        file,
        edits: draft.edits.map((e) => ({ range: range(lines, e.span), newText: e.newText })),
        claims: draft.claims.map((c) => ({ range: range(lines, c.span), text: c.text, fact: c.fact, registryFact: c.registryFact, ...(c.actor && { actor: c.actor }), ...(c.asof && { asof: c.asof }), alternatives: c.alternatives })),
        mentions: draft.mentions.map((m) => ({ range: range(lines, m.span), text: m.text, actor: m.actor })),
        notes: draft.notes,
      };
    }),
    registry: {
      file: registryFile,
      actors: ctx.proposedActors().map((a) => ({ id: a.id, name: a.name, aliases: a.forms.filter((f) => f !== a.name) })),
      facts: ctx.proposedFacts(),
      edits: registryEdits.map((e) => ({ range: range(new LineIndex(registryText), e.span), newText: e.newText })),
    },
  };
}
