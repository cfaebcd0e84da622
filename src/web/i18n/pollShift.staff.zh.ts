/** Texts of before and after (POLL-35) for the cockpit, the projector and the report page's preview (POLL-62), in this language. Spread into the staff part. */
export const pollShiftZh = {
  'pollShift.heading': '前后对比（与“{question}”相比）',
  'pollShift.answer': '答案',
  'pollShift.before': '之前',
  'pollShift.after': '之后',
  'pollShift.change': '变化（百分点）',
  'pollShift.everyone': '所有人',
  'pollShift.merged': '之前或之后不足五人的渠道并入“其他”，以免有人的变化被猜出。',
  'pollShift.mergedGroups': '之前或之后不足五人的群体（渠道、利益攸关方群体或地区）并入“其他”，以免有人的变化被猜出。',
  'pollShift.voters': '投票人数：之前 {before}，之后 {after}',
  'pollShift.pairWith': '与之前的投票比较',
  'pollShift.noPair': '不比较',
} as const;
