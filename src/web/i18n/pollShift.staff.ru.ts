/** The cockpit's texts of before and after (POLL-34: pairing a poll), in this language. Spread into the staff part; the tables' texts are in pollShift.ru.ts. */
export const pollShiftRu = {
  'pollShift.pairWith': 'Сравнить с более ранним опросом',
  'pollShift.noPair': 'Без сравнения',
} as const;
