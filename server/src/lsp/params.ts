// Request parameters checked at the edge with zod, so a client's mistake answers InvalidParams
// (-32602) saying what was wrong instead of an internal error from deep inside a handler.
// Requests are known by their guard's name; a request not listed still has its shared LSP
// fields (textDocument, position, range) checked when present.
import { z } from '../core/api';

const uint = z.number().int().min(0);
const position = z.object({ line: uint, character: uint });
const range = z.object({ start: position, end: position });
const textDocument = z.object({ uri: z.string() });
const atPosition = z.object({ textDocument, position });

/** What any request's params may hold: the fields LSP shares between requests, well-formed when present. */
const shared = z.object({ textDocument: textDocument.optional(), position: position.optional(), range: range.optional() });

/** The params of each guarded request, by the guard's name (guard.ts). */
const BY_NAME: Record<string, z.ZodType> = {
  hover: atPosition,
  completion: atPosition,
  definition: atPosition,
  references: atPosition.extend({ context: z.object({ includeDeclaration: z.boolean() }) }),
  'prepare rename': atPosition,
  rename: atPosition.extend({ newName: z.string() }),
  'code actions': z.object({ textDocument, range, context: z.object({ diagnostics: z.array(z.unknown()), only: z.array(z.string()).optional() }) }),
  'document symbols': z.object({ textDocument }),
  diagnostics: z.object({ textDocument, previousResultId: z.string().optional() }),
  'workspace diagnostics': z.object({ previousResultIds: z.array(z.object({ uri: z.string(), value: z.string() })) }),
  'workspace symbols': z.object({ query: z.string() }),
  'execute command': z.object({ command: z.string(), arguments: z.array(z.unknown()).optional() }),
  'mark choices': z.object({ textDocument, range, kind: z.enum(['actor', 'fact']) }),
  'actor or fact at': atPosition,
  'claim tree': z.object({ groupBy: z.enum(['actor', 'fact', 'conflicts']) }),
};

/** What is wrong with a request's params (undefined: nothing), in words a client developer can act on. */
export function paramsProblem(name: string, params: unknown): string | undefined {
  if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
    return `params must be an object, not ${Array.isArray(params) ? 'an array' : `${typeof params} ${JSON.stringify(params)}`.slice(0, 80)}`;
  }
  const checked = (BY_NAME[name] ?? shared).safeParse(params ?? {});
  if (checked.success) return undefined;
  return checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'params'}: ${i.message}`).join('; ');
}

/** The uri of the document a request is about, when its params name one. */
export function documentOf(params: unknown): string | undefined {
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  return typeof uri === 'string' ? uri : undefined;
}
