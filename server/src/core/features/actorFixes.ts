// Quick fixes for a claim with no actor (claim-without-actor): mark a source the claim's
// sentence names as an actor mention (found by the drafting engine's reporting cues, resolved to
// a registry or workspace actor, else a new id added to claimmark.yaml), or give the claim
// `by=` that actor; set the article's `by:` to its outlet when the registry knows it; or mark the
// figure as the article's own voice (`.own`).
import type { TextEdit } from '../edit';
import { applyEdits } from '../edit';
import type { Article, Claim } from '../model/article';
import { buildArticle } from '../model/build';
import { quote } from '../syntax/messages';
import type { Diagnostic, WorkspaceModel } from '../workspace/types';
import { findCues } from '../draft/cues';
import { ActorBook, referenceOf } from '../draft/actors';
import { addRegistryEntry } from '../registry/entryEdit';
import { setFrontMatterKey } from './frontMatterEdit';
import type { ActionPlan, RegistryFile } from './codeActions';
import { escapeSpanText } from '../syntax/escape';

/** Most sources of one sentence offered. */
const MAX_SOURCES = 3;

/** The fixes for one claim-without-actor diagnostic of `article`. */
export function claimWithoutActorFixes(ws: WorkspaceModel, article: Article, d: Diagnostic, registry: RegistryFile | undefined): ActionPlan[] {
  const claim = article.claims.find((c) => c.span.start === d.span.start);
  if (!claim) return [];
  const text = article.syntax.text;
  const figure = quote(claim.text);
  const uri = article.uri;
  const book = actorBook(ws);
  const out: ActionPlan[] = [];
  const byFixes: ActionPlan[] = [];
  const markup = article.syntax.spans;
  for (const cue of findCues(text, claim.sentenceSpan)) {
    if (out.length >= MAX_SOURCES) break;
    const { source } = cue;
    if (markup.some((s) => s.span.start < source.end && source.start < s.span.end)) continue; // already marked up, or runs into markup
    const phrase = text.slice(source.start, source.end);
    if (referenceOf(phrase).by === 'pronoun' || out.some((p) => p.title.includes(quote(phrase)))) continue;
    const known = book.find(phrase);
    const actor = known ?? book.resolve(phrase);
    const reg = !known && registry ? [{ uri: registry.uri, edits: addRegistryEntry(registry.text, 'actor', actor.id, { name: actor.name }) }] : [];
    const create = reg.length > 0 && registry && !registry.exists ? { create: registry.uri } : {};
    const isNew = known ? '' : ' (new actor)';
    const mention: TextEdit = { span: source, newText: `[${escapeSpanText(phrase)}]{actor=${actor.id}}` };
    if (attributedTo(article, mention, claim) === actor.id) {
      out.push({ title: `Mark ${quote(phrase)} as actor ${actor.id}${isNew}`, kind: 'quickfix', diagnostic: d, edits: [{ uri, edits: [mention] }, ...reg], ...create, ...(out.length === 0 && { isPreferred: true }) });
    }
    byFixes.push({ title: `Add by=${actor.id} to ${figure}${isNew}`, kind: 'quickfix', diagnostic: d, edits: [{ uri, edits: [byEdit(claim, actor.id)] }, ...reg], ...create });
  }
  const outlet = article.meta.outlet && book.find(article.meta.outlet);
  if (outlet && outlet.registered && !article.meta.by) {
    out.push({ title: `Set by: ${outlet.id} in the front matter (the outlet, for every claim that names no actor)`, kind: 'quickfix', diagnostic: d, edits: [{ uri, edits: setFrontMatterKey(article, 'by', outlet.id) }] });
  }
  out.push(...byFixes.filter((b) => !out.some((o) => o.title === b.title)));
  out.push({ title: `Mark ${figure} as the article's own voice (.own)`, kind: 'quickfix', diagnostic: d, edits: [{ uri, edits: [{ span: { start: claim.span.end - 1, end: claim.span.end - 1 }, newText: ' .own' }] }] });
  if (!out.some((p) => p.isPreferred) && out[0]) out[0] = { ...out[0], isPreferred: true };
  return out;
}

/** The actors of the workspace as the drafting engine knows them (registry and mentions). */
function actorBook(ws: WorkspaceModel): ActorBook {
  const mentioned: { id: string; text: string }[] = [];
  for (const a of ws.articles()) for (const m of a.mentions) mentioned.push({ id: m.actor.id, text: m.text });
  return new ActorBook(ws.registry, mentioned);
}

/** `by=id` added to the claim's attributes, before its `}`. */
function byEdit(claim: Claim, id: string): TextEdit {
  return { span: { start: claim.span.end - 1, end: claim.span.end - 1 }, newText: ` by=${id}` };
}

/** The actor the claim gets once `mention` is written (undefined: none, or the edit breaks markup). */
function attributedTo(article: Article, mention: TextEdit, claim: Claim): string | undefined {
  const after = buildArticle(article.uri, applyEdits(article.syntax.text, [mention]));
  if (after.syntax.errors.length > article.syntax.errors.length) return undefined;
  const shift = mention.newText.length - (mention.span.end - mention.span.start);
  const start = claim.span.start >= mention.span.end ? claim.span.start + shift : claim.span.start;
  return after.claims.find((c) => c.span.start === start)?.actor?.id;
}
