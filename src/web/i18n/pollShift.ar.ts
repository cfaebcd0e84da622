/**
 * Texts of the before-and-after tables (POLL-35, POLL-62) in this language: the cockpit, the
 * projector, the report page's preview and the phones show them. Spread into the later part (later.<lang>.ts).
 */
export const pollShiftPublicAr = {
  'pollShift.heading': 'قبل وبعد (مقارنةً بـ «{question}»)',
  'pollShift.answer': 'الإجابة',
  'pollShift.before': 'قبل',
  'pollShift.after': 'بعد',
  'pollShift.change': 'التغيّر (نقاط)',
  'pollShift.everyone': 'الجميع',
  'pollShift.merged': 'تُدمج القناة التي يقل عدد أفرادها عن خمسة قبل أو بعد في «أخرى»، حتى لا يمكن تخمين تغيّر رأي أي شخص.',
  'pollShift.mergedGroups': 'تُدمج أي مجموعة (قناة أو فئة أصحاب مصلحة أو منطقة) يقل عدد أفرادها عن خمسة قبل أو بعد في «أخرى»، حتى لا يمكن تخمين تغيّر رأي أي شخص.',
  'pollShift.voters': 'المصوّتون: {before} قبل، {after} بعد',
  'pollShift.group.channel': 'القاعة أو الإنترنت',
  'pollShift.group.stakeholderGroup': 'فئة أصحاب المصلحة',
  'pollShift.group.regionalGroup': 'المجموعة الإقليمية',
} as const;
