/** النصوص العربية للحقول الخاصة بكل نوع من الاستطلاعات في صفحة المضيف (POLL-39). تُدمج في فهرس صفحات الفريق. */
export const hostKindsStaffAr = {
  'hostKinds.scaleMin': 'أدنى نقطة',
  'hostKinds.scaleMax': 'أعلى نقطة',
  'hostKinds.correct': 'الخيارات الصحيحة',
  'hostKinds.correctHint': 'ضع علامة على كل خيار صحيح؛ الخيارات هي الأسطر أعلاه.',
  'hostKinds.correctNone': 'اكتب الخيارات أعلاه أولًا، ثم ضع علامة هنا على الصحيحة منها.',
} as const;
