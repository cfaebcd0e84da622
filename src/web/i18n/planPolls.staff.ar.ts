/** Texts of prepared polls on the host page (duplicate, before and after: POLL-36), in this language. Spread into the staff part. */
export const planPollsStaffAr = {
  'host.duplicate': 'تكرار',
  'host.duplicatePoll': 'تكرار الاستطلاع {n}',
  'host.pollRepeats': 'يعيد طرح',
  'host.pollRepeatsHint': 'قبل وبعد: استطلاع سابق من النوع نفسه وبالخيارات نفسها. عند إطلاق هذا الاستطلاع يعرض التغيّر.',
  'host.repeatsNone': 'لا، استطلاع مستقل',
  'host.repeatsPoll': 'الاستطلاع {n}: {question}',
} as const;
