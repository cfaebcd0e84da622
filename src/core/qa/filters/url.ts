import { isAllowedLinkHost } from './allowedDomains.ts';
import { AMBIGUOUS_TLDS, SPOKEN_TLDS, TLDS } from './webTerms.ts';

/**
 * Links (FILTER-6): URLs with a scheme, "www." addresses, bare domains ending in a known TLD
 * ("example.com/x", "mail.ru"), and domains with the dot spelled out or bracketed ("example dot
 * com", "example[.]com"). Run on text with e-mail addresses already taken out, so an address
 * raises only its own flag. "e.g.", "U.N.", "node.js" and "report.pdf" are not domains. A link
 * to an allowed host (FILTER-13: intergovernmental domains, and the host's own list) is not
 * flagged.
 */

const SCHEME = /(?<![\p{L}\p{N}])(?:https?|ftp):\/\/([^\s/?#]+)|(?<![\p{L}\p{N}.])www\s?\.\s?((?:[\p{L}\p{N}-]{1,63}\s?\.\s?){0,5}[\p{L}\p{N}-]{1,63})/giu;

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
// Case-sensitive on purpose: a TLD is typed in lower case; "school.It was" is a missing space.
const BARE = new RegExp(String.raw`(?<![\p{L}\p{N}@.])(?:${LABEL}\.)+(${TLDS.join('|')})(?![\p{L}\p{N}-])(\/[^\s]*)?`, 'gu');

const SPELLED_DOT = String.raw`(?:\s*[[({<]\s*(?:dot|\.|punto|point|ponto|punkt|точка)\s*[\])}>]\s*|\s+(?:dot|punto|ponto|punkt|точка)\s+)`;
const SPELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])${LABEL}${SPELLED_DOT}(?:${SPOKEN_TLDS.join('|')})(?![\p{L}\p{N}])`, 'giu');
const SPELLED_DOT_ONLY = new RegExp(SPELLED_DOT, 'giu');

/** True when the (normalised) text holds a link to a host not allowed (`hostAllowed`: the organisers' domains). */
export function hasUrl(text: string, hostAllowed: readonly string[] = []): boolean {
  const allowed = (host: string): boolean => isAllowedLinkHost(host.replace(/\s+/gu, '').replace(/^[^@]*@/u, '').replace(/:\d+$/u, ''), hostAllowed);
  for (const match of text.matchAll(SCHEME)) {
    const host = match[1] ?? `www.${match[2] ?? ''}`;
    if (!allowed(host)) return true;
  }
  for (const match of text.matchAll(SPELLED)) if (!allowed(match[0].replace(SPELLED_DOT_ONLY, '.'))) return true;
  for (const match of text.matchAll(BARE)) {
    const [whole, tld = '', path] = match;
    if ((!AMBIGUOUS_TLDS.has(tld) || (path !== undefined && path.length > 1)) && !allowed(whole.slice(0, whole.length - (path?.length ?? 0)))) return true;
  }
  return false;
}
