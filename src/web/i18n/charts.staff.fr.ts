/** Texts of a poll's downloads in the cockpit (POLL-33, POLL-51), in this language. Spread into the staff part. */
export const chartsStaffFr = {
  'pollExport.heading': 'Télécharger les résultats',
  'pollExport.csv': 'Tableau (CSV)',
  'pollExport.svg': 'Graphique (SVG)',
  'pollExport.png': 'Graphique (PNG)',
  'pollExport.failed': 'Le téléchargement a échoué ({status}). Réessayez.',
} as const;
