/**
 * Texts of the before-and-after tables (POLL-35, POLL-62) in this language: the cockpit, the
 * projector, the report page's preview and the phones show them. Spread into the later part (later.<lang>.ts).
 */
export const pollShiftPublicRu = {
  'pollShift.heading': 'До и после (в сравнении с «{question}»)',
  'pollShift.answer': 'Ответ',
  'pollShift.before': 'До',
  'pollShift.after': 'После',
  'pollShift.change': 'Изменение (пункты)',
  'pollShift.everyone': 'Все',
  'pollShift.merged': 'Канал, в котором до или после меньше пяти человек, объединяется с «Другими», чтобы нельзя было угадать, как изменилось чьё-либо мнение.',
  'pollShift.mergedGroups': 'Группа (канал, группа заинтересованных сторон или регион), в которой до или после меньше пяти человек, объединяется с «Другими», чтобы нельзя было угадать, как изменилось чьё-либо мнение.',
  'pollShift.voters': 'Проголосовали: {before} до, {after} после',
  'pollShift.group.channel': 'Зал или онлайн',
  'pollShift.group.stakeholderGroup': 'Группа заинтересованных сторон',
  'pollShift.group.regionalGroup': 'Региональная группа',
} as const;
