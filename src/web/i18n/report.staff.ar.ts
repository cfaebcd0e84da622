import type { reportStaffEn } from './report.staff.en.ts';

/**
 * Arabic texts of the report page's outcome lists (REPORT-16): best practices and partnership
 * offers, beside takeaways and calls to action. Spread into the Arabic staff catalog.
 */
export const reportStaffAr: Readonly<Record<keyof typeof reportStaffEn, string>> = {
  'report.bestPractices': 'الممارسات الفضلى',
  'report.partnershipOffers': 'عروض الشراكة',
  'report.fromDesk': 'من مكتب المقرر، وهي في التقرير بالفعل (تُعدَّل في المكتب):',
};
