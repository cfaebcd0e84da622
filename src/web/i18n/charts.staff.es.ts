/** Texts of a poll's downloads in the cockpit (POLL-33, POLL-51), in this language. Spread into the staff part. */
export const chartsStaffEs = {
  'pollExport.heading': 'Descargar los resultados',
  'pollExport.csv': 'Tabla (CSV)',
  'pollExport.svg': 'Gráfico (SVG)',
  'pollExport.png': 'Gráfico (PNG)',
  'pollExport.failed': 'La descarga falló ({status}). Inténtelo de nuevo.',
} as const;
