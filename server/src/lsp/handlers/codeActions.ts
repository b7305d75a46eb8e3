// textDocument/codeAction: the core's fixes (untagged figures, unknown ids, markup errors) as
// quick fixes whose WorkspaceEdits carry document versions, "tag all", and the source action
// "Annotate this article" (the drafting engine's edits under change annotations that need
// confirmation, so VS Code opens its refactor preview). One draft per request, only when needed;
// the lightbulb's automatic requests reuse the last draft of the same article text and registry,
// and on a long article without one they offer the plain tag fix rather than draft on a keystroke.
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type ExecuteCommandParams, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import { addUnknownIdsPlan, annotatePlan, codeActions, draftInWorkspace, type ActionPlan, type Article, type Drafting, type Registry } from '../../core/api';
import type { ServerState } from '../state';
import { guardRequest } from '../guard';
import { TAG_ALL_KIND, ANNOTATE_KIND, ADD_IDS_KIND } from '../../../../shared/protocol';
import { registryFile } from '../loader';
import { toWorkspaceEdit } from '../edits';
import { toLspDiagnostic, type LineTable } from '../convert';


/** The command a code action runs after its edit to say what it did (`arguments: [message]`): the server shows the message. */
export const REPORT_COMMAND = 'claimmark.report';

/** Longest article (UTF-16 units) drafted for an automatic (lightbulb) request without a draft at hand. */
const AUTOMATIC_DRAFT_LIMIT = 20_000;

/** The last draft of each article text (an edit makes a new Article), with the registry and setting it was made with. */
const lastDrafts = new WeakMap<Article, { registry: Registry; vague: boolean | undefined; drafting: Drafting | undefined }>();

const DESCRIPTIONS = {
  Claims: 'Figures tagged as claims with their drafted fact, actor (by=) and as-of',
  'Actor mentions': 'Sources that state figures, tagged as actor mentions',
  Registry: 'New actors and facts the claims use, added to claimmark.yaml',
};

/** Installs the code action handler. */
export function registerCodeActions(state: ServerState): void {
  state.connection.onCodeAction(guardRequest(state, 'code actions', (params: CodeActionParams): CodeAction[] => {
    const uri = params.textDocument.uri;
    const lines = state.linesOf(uri);
    const article = state.article(uri);
    if (!lines || !article) return [];
    const registry = registryFile(state);
    const only = params.context.only;
    const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic;
    const wantsAnnotate = only ? only.some((k) => ANNOTATE_KIND.startsWith(k)) : params.context.triggerKind === CodeActionTriggerKind.Invoked;
    const drafting = once(() => draftOf(state, article, { fresh: wantsAnnotate, mayDraft: !automatic || article.syntax.text.length <= AUTOMATIC_DRAFT_LIMIT }));
    const plans = codeActions(state.workspace, uri, { start: lines.offsetAt(params.range.start), end: lines.offsetAt(params.range.end) }, registry, state.options, drafting);
    // Drafting a whole article is not free: annotate only when asked for source actions, or invoked by hand.
    const annotate = wantsAnnotate ? withDraft(drafting, (d) => annotatePlan(d, registry)) : undefined;
    if (annotate) plans.unshift(annotate);
    const wantsIds = only ? only.some((k) => ADD_IDS_KIND.startsWith(k)) : params.context.triggerKind === CodeActionTriggerKind.Invoked;
    const addIds = wantsIds ? addUnknownIdsPlan(state.workspace, registry) : undefined;
    if (addIds) plans.push(addIds);
    const texts = new Map(registry ? [[registry.uri, registry.text]] : []);
    return plans.map((p) => toAction(state, p, texts, lines)).filter((a) => !only || only.some((k) => a.kind?.startsWith(k)));
  }));
  state.connection.onExecuteCommand(guardRequest(state, 'execute command', (params: ExecuteCommandParams): null => {
    const message = params.arguments?.[0];
    if (params.command === REPORT_COMMAND && typeof message === 'string') void state.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
    return null;
  }));
}

/**
 * The draft of `article` in the server's workspace; undefined (logged) if drafting fails, so the
 * other fixes stay. `fresh`: draft again whatever is at hand (the source action: other articles'
 * mentions may have changed); `mayDraft` false: only a draft at hand.
 */
function draftOf(state: ServerState, article: Article, how: { fresh: boolean; mayDraft: boolean }): Drafting | undefined {
  const registry = state.workspace.registry;
  const vague = state.options.vagueQuantities;
  const last = lastDrafts.get(article);
  if (!how.fresh && last && last.registry === registry && last.vague === vague) return last.drafting;
  if (!how.mayDraft && !how.fresh) return undefined;
  let drafting: Drafting | undefined;
  try {
    drafting = draftInWorkspace(state.workspace, article, state.options, new Date().toISOString().slice(0, 10), state.draftIndex);
  } catch (e) {
    state.connection.console.error(`claimmark: drafting ${article.uri} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
  lastDrafts.set(article, { registry, vague, drafting });
  return drafting;
}

function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) { value = make(); made = true; }
    return value;
  };
}

function withDraft<T>(drafting: () => Drafting | undefined, use: (d: Drafting) => T): T | undefined {
  const d = drafting();
  return d && use(d);
}

function kindOf(p: ActionPlan): string {
  return p.kind === 'annotate' ? ANNOTATE_KIND : p.kind === 'source' ? TAG_ALL_KIND : p.kind === 'registry' ? ADD_IDS_KIND : CodeActionKind.QuickFix;
}

function toAction(state: ServerState, p: ActionPlan, texts: Map<string, string>, lines: LineTable): CodeAction {
  const d = p.diagnostic && toLspDiagnostic(p.diagnostic, lines, (u) => state.linesOf(u));
  return {
    title: p.title,
    kind: kindOf(p),
    edit: toWorkspaceEdit(state, p.edits, texts, { ...(p.create && { create: p.create }), ...(p.confirm && { confirm: true }), descriptions: descriptionsOf(p) }),
    ...(d && { diagnostics: [d] }),
    ...(p.isPreferred && { isPreferred: true }),
    ...(p.report && { command: { title: 'Report', command: REPORT_COMMAND, arguments: [p.report] } }),
  };
}

/** The change annotations' descriptions; the draft's notes (e.g. unresolved dates) go with the claims. */
function descriptionsOf(p: ActionPlan): Record<string, string> {
  return p.notes?.length ? { ...DESCRIPTIONS, Claims: `${DESCRIPTIONS.Claims}. Note: ${p.notes.join('; ')}` } : DESCRIPTIONS;
}
