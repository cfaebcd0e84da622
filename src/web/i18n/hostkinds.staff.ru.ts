/** Русские тексты полей, свойственных каждому типу опроса, на странице организатора (POLL-39). Входят в каталог для персонала. */
export const hostKindsStaffRu = {
  'hostKinds.scaleMin': 'Нижняя точка',
  'hostKinds.scaleMax': 'Верхняя точка',
  'hostKinds.correct': 'Правильные ответы',
  'hostKinds.correctHint': 'Отметьте каждый правильный ответ; варианты — это строки выше.',
  'hostKinds.correctNone': 'Сначала напишите варианты выше, затем отметьте здесь правильные.',
} as const;
