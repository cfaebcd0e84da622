/** Texts of prepared polls on the host page (duplicate, before and after: POLL-36), in this language. Spread into the staff part. */
export const planPollsStaffRu = {
  'host.duplicate': 'Дублировать',
  'host.duplicatePoll': 'Дублировать опрос {n}',
  'host.pollRepeats': 'Повторяет опрос',
  'host.pollRepeatsHint': 'До и после: более ранний опрос того же типа с теми же вариантами. После запуска этот опрос покажет изменение.',
  'host.repeatsNone': 'Нет, отдельный опрос',
  'host.repeatsPoll': 'Опрос {n}: {question}',
} as const;
