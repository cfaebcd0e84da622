/** The cockpit's texts of before and after (POLL-34: pairing a poll), in this language. Spread into the staff part; the tables' texts are in pollShift.zh.ts. */
export const pollShiftZh = {
  'pollShift.pairWith': '与之前的投票比较',
  'pollShift.noPair': '不比较',
} as const;
