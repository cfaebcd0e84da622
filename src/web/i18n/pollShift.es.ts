/**
 * Texts of the before-and-after tables (POLL-35, POLL-62) in this language: the cockpit, the
 * projector, the report page's preview and the phones show them. Spread into the later part (later.<lang>.ts).
 */
export const pollShiftPublicEs = {
  'pollShift.heading': 'Antes y después (comparado con «{question}»)',
  'pollShift.answer': 'Respuesta',
  'pollShift.before': 'Antes',
  'pollShift.after': 'Después',
  'pollShift.change': 'Cambio (puntos)',
  'pollShift.everyone': 'Todos',
  'pollShift.merged': 'Un canal con menos de cinco personas antes o después se agrupa en «Otros», para que no se pueda adivinar el cambio de nadie.',
  'pollShift.mergedGroups': 'Un grupo (canal, grupo de partes interesadas o región) con menos de cinco personas antes o después se agrupa en «Otros», para que no se pueda adivinar el cambio de nadie.',
  'pollShift.voters': 'Votantes: {before} antes, {after} después',
  'pollShift.group.channel': 'Sala o en línea',
  'pollShift.group.stakeholderGroup': 'Grupo de partes interesadas',
  'pollShift.group.regionalGroup': 'Grupo regional',
} as const;
