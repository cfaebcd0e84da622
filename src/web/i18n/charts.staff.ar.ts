/** Texts of a poll's downloads in the cockpit (POLL-33, POLL-51), in this language. Spread into the staff part. */
export const chartsStaffAr = {
  'pollExport.heading': 'تنزيل النتائج',
  'pollExport.csv': 'جدول (CSV)',
  'pollExport.svg': 'رسم بياني (SVG)',
  'pollExport.png': 'رسم بياني (PNG)',
  'pollExport.failed': 'تعذّر التنزيل ({status}). حاول مرة أخرى.',
} as const;
