/**
 * Texts of the before-and-after tables (POLL-35, POLL-62) in this language: the cockpit, the
 * projector, the report page's preview and the phones show them. Spread into the later part (later.<lang>.ts).
 */
export const pollShiftPublicZh = {
  'pollShift.heading': '前后对比（与“{question}”相比）',
  'pollShift.answer': '答案',
  'pollShift.before': '之前',
  'pollShift.after': '之后',
  'pollShift.change': '变化（百分点）',
  'pollShift.everyone': '所有人',
  'pollShift.merged': '之前或之后不足五人的渠道并入“其他”，以免有人的变化被猜出。',
  'pollShift.mergedGroups': '之前或之后不足五人的群体（渠道、利益攸关方群体或地区）并入“其他”，以免有人的变化被猜出。',
  'pollShift.voters': '投票人数：之前 {before}，之后 {after}',
  'pollShift.group.channel': '会场或在线',
  'pollShift.group.stakeholderGroup': '利益攸关方群体',
  'pollShift.group.regionalGroup': '区域组',
} as const;
