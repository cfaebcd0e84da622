/** Texts of a poll's downloads in the cockpit (POLL-33, POLL-51), in this language. Spread into the staff part. */
export const chartsStaffZh = {
  'pollExport.heading': '下载结果',
  'pollExport.csv': '表格（CSV）',
  'pollExport.svg': '图表（SVG）',
  'pollExport.png': '图表（PNG）',
  'pollExport.failed': '下载失败（{status}），请重试。',
} as const;
