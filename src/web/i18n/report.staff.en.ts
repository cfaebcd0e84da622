/**
 * English texts of the report page's outcome lists (REPORT-16): best practices and partnership
 * offers, beside takeaways and calls to action, and the desk's points shown beside the form. Spread into the English staff catalog.
 */
export const reportStaffEn = {
  'report.bestPractices': 'Best practices',
  'report.partnershipOffers': 'Partnership offers',
  'report.fromDesk': 'From the rapporteur’s desk, in the report already (changed on the desk):',
} as const;
