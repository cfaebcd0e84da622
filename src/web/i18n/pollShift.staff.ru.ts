/** Texts of before and after (POLL-35) for the cockpit, the projector and the report page's preview (POLL-62), in this language. Spread into the staff part. */
export const pollShiftRu = {
  'pollShift.heading': 'До и после (в сравнении с «{question}»)',
  'pollShift.answer': 'Ответ',
  'pollShift.before': 'До',
  'pollShift.after': 'После',
  'pollShift.change': 'Изменение (пункты)',
  'pollShift.everyone': 'Все',
  'pollShift.merged': 'Канал, в котором до или после меньше пяти человек, объединяется с «Другими», чтобы нельзя было угадать, как изменилось чьё-либо мнение.',
  'pollShift.mergedGroups': 'Группа (канал, группа заинтересованных сторон или регион), в которой до или после меньше пяти человек, объединяется с «Другими», чтобы нельзя было угадать, как изменилось чьё-либо мнение.',
  'pollShift.voters': 'Проголосовали: {before} до, {after} после',
  'pollShift.pairWith': 'Сравнить с более ранним опросом',
  'pollShift.noPair': 'Без сравнения',
} as const;
