import type { reportStaffEn } from './report.staff.en.ts';

/**
 * Chinese texts of the report page's outcome lists (REPORT-16): best practices and partnership
 * offers, beside takeaways and calls to action. Spread into the Chinese staff catalog.
 */
export const reportStaffZh: Readonly<Record<keyof typeof reportStaffEn, string>> = {
  'report.bestPractices': '最佳做法',
  'report.partnershipOffers': '合作提议',
  'report.fromDesk': '来自报告员工作台，已在报告中（在工作台上修改）：',
};
