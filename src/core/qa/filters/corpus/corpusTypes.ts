import type { ScreeningFlag } from '../index.ts';

/**
 * Test corpora for the text filters (FILTER-9): realistic questions for a session on child
 * online safety, written for these tests. A should-flag entry lists the flags it must raise
 * (others may come too); a clean entry must raise none.
 */

export type FlagCategory =
  | 'plain'
  | 'leetspeak'
  | 'spacing'
  | 'repeated-letters'
  | 'zero-width'
  | 'homoglyph'
  | 'mixed-case'
  | 'language:fr'
  | 'language:es'
  | 'language:de'
  | 'language:pt'
  | 'language:ru'
  | 'language:it'
  | 'pii-email'
  | 'pii-email-obfuscated'
  | 'pii-phone'
  | 'pii-url'
  | 'pii-address'
  | 'pii-age-name';

export type CleanCategory =
  | 'clean-tricky'
  | 'clean-policy'
  | 'clean-numbers'
  | 'clean-dotted'
  | 'clean-names-ages'
  | 'clean-ordinary'
  | 'clean-language:fr'
  | 'clean-language:es'
  | 'clean-language:de'
  | 'clean-language:pt'
  | 'clean-language:ru';

export interface FlagEntry {
  readonly text: string;
  /** Flags the text must raise (at least these). */
  readonly flags: readonly ScreeningFlag[];
  readonly category: FlagCategory;
}

export interface CleanEntry {
  readonly text: string;
  readonly category: CleanCategory;
}
