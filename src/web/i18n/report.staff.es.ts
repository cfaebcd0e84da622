import type { reportStaffEn } from './report.staff.en.ts';

/**
 * Spanish texts of the report page's outcome lists (REPORT-16): best practices and partnership
 * offers, beside takeaways and calls to action. Spread into the Spanish staff catalog.
 */
export const reportStaffEs: Readonly<Record<keyof typeof reportStaffEn, string>> = {
  'report.bestPractices': 'Buenas prácticas',
  'report.partnershipOffers': 'Ofertas de alianza',
  'report.fromDesk': 'Desde el escritorio del relator, ya en el informe (se cambian en el escritorio):',
};
