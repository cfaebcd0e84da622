/** The cockpit's texts of before and after (POLL-34: pairing a poll), in this language. Spread into the staff part; the tables' texts are in pollShift.fr.ts. */
export const pollShiftFr = {
  'pollShift.pairWith': 'Comparer à un sondage antérieur',
  'pollShift.noPair': 'Aucune comparaison',
} as const;
