/**
 * The shared words of every capability: the groups a person may declare and the floor's
 * ordering policies. Capabilities and the plan depend on this file; it depends on nothing,
 * so no capability has to import another's types to name a group.
 */

/** The six UN languages a session and its pages can speak (I18N-1, I18N-4). */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** The writing direction of each of them: Arabic right to left (I18N-1, I18N-13). */
export function languageDirection(language: UnLanguage): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Stakeholder groups of a multistakeholder forum. */
export const STAKEHOLDER_GROUPS = [
  'Government',
  'Private Sector',
  'Civil Society',
  'Technical Community',
  'Intergovernmental Organization',
  'Academia',
  'Youth',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/** The UN regional groups. */
export const REGIONAL_GROUPS = [
  'African Group',
  'Asia-Pacific Group',
  'Eastern European Group',
  'Latin American and Caribbean Group (GRULAC)',
  'Western European and Others Group (WEOG)',
] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

/** Self-declared, optional, never required. */
export const GENDERS = ['woman', 'man', 'another_gender'] as const;
export type Gender = (typeof GENDERS)[number];

/** Groups a person declared (or a moderator noted for someone without the app). */
export interface Declared {
  readonly stakeholderGroup: StakeholderGroup | null;
  readonly regionalGroup: RegionalGroup | null;
  readonly gender: Gender | null;
}

/** How the next speaker is chosen when the moderator gives the floor without naming anyone. */
export const FLOOR_POLICY_NAMES = ['first_come', 'alternate', 'fewest_first', 'balance_stakeholder', 'balance_region'] as const;
