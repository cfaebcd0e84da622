/** The cockpit's texts of before and after (POLL-34: pairing a poll), in this language. Spread into the staff part; the tables' texts are in pollShift.en.ts. */
export const pollShiftEn = {
  'pollShift.pairWith': 'Compare with an earlier poll',
  'pollShift.noPair': 'No comparison',
} as const;
