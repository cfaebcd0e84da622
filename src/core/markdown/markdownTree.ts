/**
 * A small, safe document tree for Markdown written by hosts (guidelines, code of conduct).
 * The server parses Markdown into this tree (`parseMarkdown.ts`); browsers render it as
 * elements, never as HTML, so no markup in the source can reach the page (GUIDE-2). Only
 * these nodes exist; links are http, https or mailto only.
 */
export type MdInline =
  | { readonly t: 'text'; readonly v: string }
  | { readonly t: 'em'; readonly c: readonly MdInline[] }
  | { readonly t: 'strong'; readonly c: readonly MdInline[] }
  | { readonly t: 'code'; readonly v: string }
  | { readonly t: 'link'; readonly href: string; readonly c: readonly MdInline[] }
  | { readonly t: 'br' };

export type MdBlock =
  | { readonly t: 'p'; readonly c: readonly MdInline[] }
  /** Level 1–6 as written; the page places it under its own headings. */
  | { readonly t: 'h'; readonly level: number; readonly c: readonly MdInline[] }
  | { readonly t: 'ul'; readonly items: readonly (readonly MdBlock[])[] }
  | { readonly t: 'ol'; readonly start: number; readonly items: readonly (readonly MdBlock[])[] }
  | { readonly t: 'pre'; readonly v: string };

/** A parsed document: its blocks in order. Empty for empty source. */
export type MdDoc = readonly MdBlock[];

/** Link targets a document may carry (GUIDE-2). */
export const SAFE_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Whether `href` is an absolute http, https or mailto URL. */
export function isSafeHref(href: string): boolean {
  // Control characters and spaces can hide a scheme from naive checks; refuse them outright.
  if (/[\p{Cc}\p{Cf}\s]/u.test(href)) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href);
  if (!scheme?.[1]) return false;
  return SAFE_LINK_PROTOCOLS.includes(`${scheme[1].toLowerCase()}:`);
}
