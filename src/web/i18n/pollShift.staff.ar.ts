/** Texts of before and after (POLL-35) for the cockpit, the projector and the report page's preview (POLL-62), in this language. Spread into the staff part. */
export const pollShiftAr = {
  'pollShift.heading': 'قبل وبعد (مقارنةً بـ «{question}»)',
  'pollShift.answer': 'الإجابة',
  'pollShift.before': 'قبل',
  'pollShift.after': 'بعد',
  'pollShift.change': 'التغيّر (نقاط)',
  'pollShift.everyone': 'الجميع',
  'pollShift.merged': 'تُدمج القناة التي يقل عدد أفرادها عن خمسة قبل أو بعد في «أخرى»، حتى لا يمكن تخمين تغيّر رأي أي شخص.',
  'pollShift.mergedGroups': 'تُدمج أي مجموعة (قناة أو فئة معنية أو منطقة) يقل عدد أفرادها عن خمسة قبل أو بعد في «أخرى»، حتى لا يمكن تخمين تغيّر رأي أي شخص.',
  'pollShift.voters': 'المصوّتون: {before} قبل، {after} بعد',
  'pollShift.pairWith': 'المقارنة باستطلاع سابق',
  'pollShift.noPair': 'بلا مقارنة',
} as const;
