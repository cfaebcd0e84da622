import { MAIL_PROVIDERS, SPOKEN_TLDS } from './webTerms.ts';

/**
 * E-mail addresses (FILTER-4), written plainly ("anna@example.org") or spelled out to get past
 * a filter: "anna at gmail dot com", "anna[at]mail.ru", "anna (at) mail (dot) ru", and the
 * words for @ and dot in French, Spanish, Portuguese, German, Russian, Arabic ("ات", "على …
 * دوت كوم") and Chinese ("艾特", "圈a", "点", a # typed for the @).
 */

// Bounded (RFC 5321: 64 and 63 characters) so that a long run of letters is not rescanned at length.
const LOCAL = String.raw`[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}`;
const LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]{0,62}`;

const PLAIN = new RegExp(String.raw`${LOCAL}\s?[@＠﹫]\s?${LABEL}(?:\s?\.\s?${LABEL})*\s?\.\s?\p{L}{2,}`, 'u');

// Bracketed forms are unambiguous; bare words ("at", "dot") only when the address ends in a
// known TLD or names a mail provider, so "meet at school" stays clean.
const AT_BRACKETED = String.raw`\s*[[({<]\s*(?:at|@|arroba|arobase|собака)\s*[\])}>]\s*`;
const AT_WORD = String.raw`(?:\s+(?:at|arroba|arobase|chez|собака|ät|ات|آت|أت|ايت|على)\s+|\s*(?:艾特|圈[aA])\s*)`;
const DOT_BRACKETED = String.raw`\s*[[({<]\s*(?:dot|\.|punto|point|ponto|punkt|точка)\s*[\])}>]\s*`;
const DOT_WORD = String.raw`(?:\s+(?:dot|punto|point|ponto|punkt|точка|دوت|نقطة|نقطه)\s+|\s*[点點]\s*)`;
const DOT = String.raw`(?:${DOT_BRACKETED}|${DOT_WORD}|\s?\.\s?)`;
const TLD = String.raw`(?:${SPOKEN_TLDS.map((tld) => tld.replace('.', DOT)).join('|')})(?![\p{L}\p{N}])`;
const PROVIDER = String.raw`(?:${MAIL_PROVIDERS.map((provider) => provider.replace('.', DOT).replace(' ', String.raw`\s?`)).join('|')})(?![\p{L}\p{N}])`;

/** "lihua_12#163.com (# for @)": a # typed for the @ before a domain with a known TLD. */
const HASHED = new RegExp(String.raw`${LOCAL}\s?#\s?${LABEL}(?:\.${LABEL})*\.(?:${SPOKEN_TLDS.filter((tld) => /^[a-z.]+$/u.test(tld)).join('|')})(?![\p{L}\p{N}])`, 'u');

const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${LOCAL}(?:${AT_BRACKETED}${LABEL}(?:${DOT}${LABEL})*|(?:${AT_WORD}|${AT_BRACKETED})(?:${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD}|${PROVIDER}))`,
  'iu',
);

/** Every e-mail address in a text, plain or spelled out (global: for replacing). */
export const EMAIL_ADDRESSES = new RegExp(`${PLAIN.source}|${SPELLED.source}|${HASHED.source}`, 'giu');

/** A linear pre-check: the address patterns scan back and forth, so they run only when an @ or an @ word is there. */
const AT_ANYWHERE = /[@＠﹫#]|艾特|圈[aA]|(?<![\p{L}])(?:at|arroba|arobase|chez|собака|ät|ات|آت|أت|ايت|على)(?![\p{L}])/iu;

/** True when the (normalised) text holds an e-mail address. */
export function hasEmail(text: string): boolean {
  return AT_ANYWHERE.test(text) && (PLAIN.test(text) || SPELLED.test(text) || HASHED.test(text));
}

/** The domain of each plain address in the text ("anna@unicef.org" → "unicef.org"), null for a spelled-out one. */
export function emailDomains(text: string): (string | null)[] {
  if (!AT_ANYWHERE.test(text)) return [];
  return [...text.matchAll(EMAIL_ADDRESSES)].map((match) => {
    const at = /[@＠﹫]\s?(.*)$/u.exec(match[0]);
    return at ? (at[1] ?? '').replace(/\s+/gu, '') : null;
  });
}
