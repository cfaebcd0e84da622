/** Texts of a poll's downloads in the cockpit (POLL-33, POLL-51), in this language. Spread into the staff part. */
export const chartsStaffRu = {
  'pollExport.heading': 'Скачать результаты',
  'pollExport.csv': 'Таблица (CSV)',
  'pollExport.svg': 'Диаграмма (SVG)',
  'pollExport.png': 'Диаграмма (PNG)',
  'pollExport.failed': 'Не удалось скачать ({status}). Попробуйте ещё раз.',
} as const;
