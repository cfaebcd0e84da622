/** Texts of a poll's downloads in the cockpit (POLL-33, POLL-51), in this language. Spread into the staff part. */
export const chartsStaffEn = {
  'pollExport.heading': 'Download the results',
  'pollExport.csv': 'Table (CSV)',
  'pollExport.svg': 'Chart (SVG)',
  'pollExport.png': 'Chart (PNG)',
  'pollExport.failed': 'The download failed ({status}). Try again.',
} as const;
