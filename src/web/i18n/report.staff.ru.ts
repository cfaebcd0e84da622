import type { reportStaffEn } from './report.staff.en.ts';

/**
 * Russian texts of the report page's outcome lists (REPORT-16): best practices and partnership
 * offers, beside takeaways and calls to action. Spread into the Russian staff catalog.
 */
export const reportStaffRu: Readonly<Record<keyof typeof reportStaffEn, string>> = {
  'report.bestPractices': 'Передовой опыт',
  'report.partnershipOffers': 'Предложения о партнёрстве',
  'report.fromDesk': 'С рабочего стола докладчика, уже в отчёте (меняются на рабочем столе):',
};
