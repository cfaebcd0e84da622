/** The moderator's choice of what the public sees beside a poll's results (POLL-60), in this language. Spread into the staff part. */
export const shownBreakdownStaffZh = {
  'shownBreakdown.label': '在屏幕和手机上',
  'shownBreakdown.none': '仅显示总体结果',
  'shownBreakdown.channel': '并排：会场与线上',
  'shownBreakdown.stakeholderGroup': '并排：利益相关方群体',
  'shownBreakdown.regionalGroup': '并排：区域组',
  'shownBreakdown.hint': '结果公开时显示；不足五人的群体会被合并。',
} as const;
