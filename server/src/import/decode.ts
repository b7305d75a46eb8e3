// Bytes of a page to text, by its declared charset, as browsers decide it (WHATWG order): a BOM,
// then the HTTP Content-Type charset, then a `<meta charset>` or `http-equiv` in the first
// bytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252. One departure for saved
// pages: a `<meta>` charset (no BOM, no HTTP header) other than UTF-8 over valid UTF-8 bytes is
// read as UTF-8. Node's TextDecoder (full ICU) knows every WHATWG label: windows-1251, ISO-8859-1, KOI8-R, Shift_JIS, GBK...

/** How many leading bytes are searched for a `<meta>` charset (browsers use 1024; pages put scripts first). */
const PRESCAN_BYTES = 4096;

/** The page's text and the encoding it was read in (a WHATWG name such as `windows-1251`). */
export function decodePage(bytes: Uint8Array, contentType?: string): { text: string; encoding: string } {
  const sent = bomEncoding(bytes) ?? charsetParameter(contentType);
  const label = sent ?? metaCharset(bytes);
  const declared = label !== undefined ? decoderFor(label) : undefined;
  // A `<meta>` charset other than UTF-8 over bytes that are valid UTF-8 with some beyond ASCII is
  // stale: a page saved to disk is re-encoded in UTF-8 by the tool that saved it, its markup kept
  // (`<meta charset="Shift_JIS">` over UTF-8 text). Text really in another charset is almost never valid UTF-8.
  if (declared && (sent !== undefined || declared.encoding === 'utf-8' || !bytes.some((b) => b >= 0x80))) return { text: declared.decode(bytes), encoding: declared.encoding };
  const utf8 = validUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  if (declared) return { text: declared.decode(bytes), encoding: declared.encoding };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** The bytes read as UTF-8, or undefined when they are not valid UTF-8. */
function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The `charset=` of a Content-Type header. */
export function charsetParameter(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1];
}

/** The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=">` declares early in the page. */
function metaCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 maps each byte to one character, so ASCII markup reads the same in any charset.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) {
      // A page that says UTF-16 in ASCII bytes cannot be UTF-16: browsers read it as UTF-8.
      return /^utf-?16/i.test(direct[1]!) ? 'utf-8' : direct[1];
    }
  }
  return undefined;
}

/** A decoder for `label`, or undefined when no encoding has that label. */
function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}
