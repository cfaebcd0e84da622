import { findPersonalData } from './personalData.ts';
import { hasInsult } from './insult.ts';
import { hasProfanity } from './profanity.ts';

/**
 * Text filters for Q&A questions (FILTER-1..FILTER-10): profanity and personal data. Pure,
 * deterministic and synchronous: the Q&A decide code calls `screenText` on every submitted or
 * edited question and holds a flagged one for review. A flag is a reason for a moderator to
 * look, never a verdict: nothing here publishes or rejects by itself.
 *
 * Server-side only: the web app never imports this module (obscenity and the phone metadata
 * would weigh on the participant bundle).
 */

export type ScreeningFlag = 'profanity' | 'insult' | 'email' | 'phone' | 'url' | 'handle' | 'address' | 'age_with_name';

/** Every flag, in the order `screenText` reports them. */
export const SCREENING_FLAGS: readonly ScreeningFlag[] = ['profanity', 'insult', 'email', 'phone', 'url', 'handle', 'address', 'age_with_name'];

export interface ScreeningOptions {
  /** ISO 3166 regions tried for national phone formats */
  readonly phoneRegions?: readonly string[];
  /**
   * Domains the host allows (the organisers' own, FILTER-13): links to them and e-mail
   * addresses on them are not flagged. Intergovernmental domains are allowed for links always.
   */
  readonly allowedDomains?: readonly string[];
}

export interface Screening {
  /** Empty = clean. Each flag at most once, in SCREENING_FLAGS order. */
  readonly flags: readonly ScreeningFlag[];
}

/**
 * Regions whose national phone formats are tried (international `+…` and `00…` numbers are
 * found whatever the list): the seed session's audience spans these.
 */
export const DEFAULT_PHONE_REGIONS: readonly string[] = [
  'GB', 'US', 'FR', 'DE', 'ES', 'IT', 'RU', 'UA', 'NG', 'KE', 'ZA', 'IN', 'JP', 'BR', 'MX', 'AU',
  // The six UN languages' other large audiences: China, the Arab world, Latin America.
  'CN', 'EG', 'SA', 'AE', 'MA', 'AR', 'CO', 'CL', 'PE', 'KZ',
];

/** Screens one question's text (FILTER-1): the flags it raises, none when clean. */
export function screenText(text: string, options: ScreeningOptions = {}): Screening {
  const found = new Set<ScreeningFlag>(findPersonalData(text, options.phoneRegions ?? DEFAULT_PHONE_REGIONS, options.allowedDomains ?? []));
  if (hasProfanity(text)) found.add('profanity');
  if (hasInsult(text)) found.add('insult');
  return { flags: SCREENING_FLAGS.filter((flag) => found.has(flag)) };
}
