/** The cockpit's texts of before and after (POLL-34: pairing a poll), in this language. Spread into the staff part; the tables' texts are in pollShift.ar.ts. */
export const pollShiftAr = {
  'pollShift.pairWith': 'المقارنة باستطلاع سابق',
  'pollShift.noPair': 'بلا مقارنة',
} as const;
