import type { reportStaffEn } from './report.staff.en.ts';

/**
 * French texts of the report page's outcome lists (REPORT-16): best practices and partnership
 * offers, beside takeaways and calls to action. Spread into the French staff catalog.
 */
export const reportStaffFr: Readonly<Record<keyof typeof reportStaffEn, string>> = {
  'report.bestPractices': 'Bonnes pratiques',
  'report.partnershipOffers': 'Offres de partenariat',
  'report.fromDesk': 'Depuis le bureau du rapporteur, déjà dans le rapport (à modifier sur le bureau) :',
};
