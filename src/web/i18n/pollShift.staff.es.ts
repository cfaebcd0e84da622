/** The cockpit's texts of before and after (POLL-34: pairing a poll), in this language. Spread into the staff part; the tables' texts are in pollShift.es.ts. */
export const pollShiftEs = {
  'pollShift.pairWith': 'Comparar con una encuesta anterior',
  'pollShift.noPair': 'Sin comparación',
} as const;
