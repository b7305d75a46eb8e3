// Which name the front matter's `outlet` takes when the page gives two: the site's name from the
// meta tags (`og:site_name`: the site as a whole, by definition) or the JSON-LD publisher (the
// organisation behind it, sometimes a company's legal name, a parent firm or a sub-publication).

/** A company's legal form in its name: the publisher's firm, not the outlet's name. */
const LEGAL_NAME = /(?:^|[\s,])(?:g?GmbH|AG|KG|KGaA|SE|e\.\s?V\.|S\.[AL]\.?|SAS|SARL|S\.p\.A\.|S\.r\.l\.|N\.V\.|B\.V\.|Inc\.?|LLC|L\.L\.C\.|LLP|Ltd\.?|Limited|PLC|plc|Corp\.?|Corporation|Pty|Oy|AB|ASA|A\/S)(?=$|[\s,.()])/;

/**
 * The outlet: the meta tags' site name, unless it is the publisher's name with a domain ending
 * (`Libération.fr` for `Libération`), or it names no part of the page's domain while the publisher
 * does (a section, `U.S.`, for `Reuters` on reuters.com); the publisher alone when the meta tags
 * name no site. A company's legal name (`Tamedia AG`) never wins over a site name.
 */
export function outletOf(siteName: string | undefined, publisher: string | undefined, url: string | undefined): string | undefined {
  if (!siteName || !publisher) return siteName ?? publisher;
  if (LEGAL_NAME.test(publisher)) return siteName;
  const hasEnding = (n: string) => /\.[a-z]{2,6}$/i.test(n.trim());
  if (siteKey(siteName) === siteKey(publisher)) return hasEnding(siteName) && !hasEnding(publisher) ? publisher : siteName;
  const host = hostName(url);
  const onDomain = (n: string) => {
    const [k, h] = [siteKey(n), host ? siteKey(host.split('.').slice(-2).join('.')) : ''];
    return k.length >= 3 && h.length >= 3 && (k.includes(h) || h.includes(k));
  };
  return !onDomain(siteName) && onDomain(publisher) ? publisher : siteName;
}

/** A site's name or domain as compared: lower-case letters and digits, without a leading "the", `www.` or a final domain ending. */
export function siteKey(name: string): string {
  return name.toLowerCase().trim().replace(/^the\s+/, '').replace(/^www\./, '').replace(/(?:\.(?:co|com|org|net|gov|ac))?\.[a-z]{2,6}$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The host of an http(s) URL, or undefined. */
export function hostName(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}
