/**
 * English texts of the report page's outcome lists (REPORT-16): best practices and partnership
 * offers, beside takeaways and calls to action. Spread into the English staff catalog.
 */
export const reportStaffEn = {
  'report.bestPractices': 'Best practices',
  'report.partnershipOffers': 'Partnership offers',
} as const;
