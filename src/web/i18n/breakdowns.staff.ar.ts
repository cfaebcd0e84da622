/** The moderator's choice of what the public sees beside a poll's results (POLL-60), in this language. Spread into the staff part. */
export const shownBreakdownStaffAr = {
  'shownBreakdown.label': 'على الشاشة وفي الهواتف',
  'shownBreakdown.none': 'النتائج الإجمالية فقط',
  'shownBreakdown.channel': 'جنبًا إلى جنب: القاعة وعبر الإنترنت',
  'shownBreakdown.stakeholderGroup': 'جنبًا إلى جنب: مجموعات أصحاب المصلحة',
  'shownBreakdown.regionalGroup': 'جنبًا إلى جنب: المجموعات الإقليمية',
  'shownBreakdown.hint': 'تُعرض عندما تكون النتائج علنية؛ تُدمج المجموعات التي تضم أقل من خمسة.',
} as const;
