// Downloads one page over http(s): redirects followed by hand (at most 5, to http(s) only),
// one deadline for the whole exchange, a size cap counted on the decoded bytes (so a gzip or
// brotli bomb stops too), and every failure turned into one sentence.

/** Limits of one download. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

/** The defaults: 30 s, 10 MB, 5 redirects. */
export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

/** A downloaded page, or why there is none. */
export type Fetched = { ok: true; bytes: Uint8Array; contentType: string | undefined; url: string } | { ok: false; message: string };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;
const HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  'user-agent': 'Mozilla/5.0 (compatible; claimmark-import; +https://github.com/claimmark/claimmark)',
};

/** Fetches `url` (already known to be http or https). Never throws. */
export async function fetchPage(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    let res: Response;
    try {
      res = await fetch(current, { redirect: 'manual', signal, headers: HEADERS });
    } catch (e) {
      return { ok: false, message: networkError(e, limits) };
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location !== null) {
      await res.body?.cancel().catch(() => undefined);
      if (hop >= limits.maxRedirects) return { ok: false, message: `too many redirects (more than ${limits.maxRedirects})` };
      const next = new URL(location, current);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return { ok: false, message: `redirected to ${next.protocol} (only http and https are followed)` };
      current = next.href;
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, message: `the server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
    }
    const contentType = res.headers.get('content-type') ?? undefined;
    const mime = contentType?.split(';')[0]!.trim();
    if (mime && !HTML_TYPES.test(mime)) {
      await res.body?.cancel().catch(() => undefined);
      return { ok: false, message: `not an HTML page (Content-Type: ${mime})` };
    }
    const body = await readCapped(res, limits);
    return body.ok ? { ok: true, bytes: body.bytes, contentType, url: current } : body;
  }
}

/** The body, stopping as soon as it passes the cap. */
async function readCapped(res: Response, limits: FetchLimits): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  const tooLarge = { ok: false as const, message: `the page is larger than ${limits.maxBytes / (1024 * 1024)} MB` };
  const declared = Number(res.headers.get('content-length'));
  if (!res.headers.get('content-encoding') && declared > limits.maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return tooLarge;
  }
  if (!res.body) return { ok: true, bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(value);
    }
  } catch (e) {
    return { ok: false, message: networkError(e, limits) };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/** One sentence for a failed request: timeout, DNS, refused, TLS, or what the error says. */
function networkError(e: unknown, limits: FetchLimits): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no complete answer within ${limits.timeoutMs / 1000} s`;
  const code = err.cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'the host name could not be resolved (DNS)';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was closed by the server';
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) || /certificate|TLS|SSL/i.test(err.cause?.message ?? '')) return `TLS error: ${err.cause?.message ?? code}`;
  if (/Z_|decompress|brotli|gzip/i.test(`${code} ${err.cause?.message ?? ''}`)) return `the compressed answer could not be decoded (${err.cause?.message ?? code})`;
  return err.cause?.message ?? err.message ?? String(e);
}
