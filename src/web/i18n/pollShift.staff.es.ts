/** Texts of before and after (POLL-35) for the cockpit, the projector and the report page's preview (POLL-62), in this language. Spread into the staff part. */
export const pollShiftEs = {
  'pollShift.heading': 'Antes y después (comparado con «{question}»)',
  'pollShift.answer': 'Respuesta',
  'pollShift.before': 'Antes',
  'pollShift.after': 'Después',
  'pollShift.change': 'Cambio (puntos)',
  'pollShift.everyone': 'Todos',
  'pollShift.merged': 'Un canal con menos de cinco personas antes o después se agrupa en «Otros», para que no se pueda adivinar el cambio de nadie.',
  'pollShift.mergedGroups': 'Un grupo (canal, grupo de partes interesadas o región) con menos de cinco personas antes o después se agrupa en «Otros», para que no se pueda adivinar el cambio de nadie.',
  'pollShift.voters': 'Votantes: {before} antes, {after} después',
  'pollShift.pairWith': 'Comparar con una encuesta anterior',
  'pollShift.noPair': 'Sin comparación',
} as const;
