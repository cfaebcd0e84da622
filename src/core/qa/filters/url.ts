import { AMBIGUOUS_TLDS, SPOKEN_TLDS, TLDS } from './webTerms.ts';

/**
 * Links (FILTER-6): URLs with a scheme, "www." addresses, bare domains ending in a known TLD
 * ("example.com/x", "mail.ru"), and domains with the dot spelled out or bracketed ("example dot
 * com", "example[.]com"). Run on text with e-mail addresses already taken out, so an address
 * raises only its own flag. "e.g.", "U.N.", "node.js" and "report.pdf" are not domains.
 */

const SCHEME = /(?<![\p{L}\p{N}])(?:https?|ftp):\/\/\S|(?<![\p{L}\p{N}.])www\s?\.\s?[\p{L}\p{N}-]+/iu;

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
// Case-sensitive on purpose: a TLD is typed in lower case; "school.It was" is a missing space.
const BARE = new RegExp(String.raw`(?<![\p{L}\p{N}@.])(?:${LABEL}\.)+(${TLDS.join('|')})(?![\p{L}\p{N}-])(\/[^\s]*)?`, 'gu');

const SPELLED_DOT = String.raw`(?:\s*[[({<]\s*(?:dot|\.|punto|point|ponto|punkt|точка)\s*[\])}>]\s*|\s+(?:dot|punto|ponto|punkt|точка)\s+)`;
const SPELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])${LABEL}${SPELLED_DOT}(?:${SPOKEN_TLDS.join('|')})(?![\p{L}\p{N}])`, 'iu');

/** True when the (normalised) text holds a link. */
export function hasUrl(text: string): boolean {
  if (SCHEME.test(text) || SPELLED.test(text)) return true;
  for (const match of text.matchAll(BARE)) {
    const [, tld = '', path] = match;
    if (!AMBIGUOUS_TLDS.has(tld) || (path !== undefined && path.length > 1)) return true;
  }
  return false;
}
