/** The moderator's choice of what the public sees beside a poll's results (POLL-60), in this language. Spread into the staff part. */
export const shownBreakdownStaffRu = {
  'shownBreakdown.label': 'На экране и в телефонах',
  'shownBreakdown.none': 'Только общие результаты',
  'shownBreakdown.channel': 'Рядом: зал и онлайн',
  'shownBreakdown.stakeholderGroup': 'Рядом: группы заинтересованных сторон',
  'shownBreakdown.regionalGroup': 'Рядом: региональные группы',
  'shownBreakdown.hint': 'Показывается, когда результаты открыты; группы меньше пяти объединяются.',
} as const;
