/**
 * Texts of the before-and-after tables (POLL-35, POLL-62) in this language: the cockpit, the
 * projector, the report page's preview and the phones show them. Spread into the later part (later.<lang>.ts).
 */
export const pollShiftPublicFr = {
  'pollShift.heading': 'Avant et après (comparé à « {question} »)',
  'pollShift.answer': 'Réponse',
  'pollShift.before': 'Avant',
  'pollShift.after': 'Après',
  'pollShift.change': 'Évolution (points)',
  'pollShift.everyone': 'Tout le monde',
  'pollShift.merged': 'Un canal comptant moins de cinq personnes avant ou après est fusionné dans « Autre », afin que l’évolution de chacun reste impossible à deviner.',
  'pollShift.mergedGroups': 'Un groupe (canal, groupe de parties prenantes ou région) comptant moins de cinq personnes avant ou après est fusionné dans « Autre », afin que l’évolution de chacun reste impossible à deviner.',
  'pollShift.voters': 'Votants : {before} avant, {after} après',
  'pollShift.group.channel': 'Salle ou en ligne',
  'pollShift.group.stakeholderGroup': 'Groupe de parties prenantes',
  'pollShift.group.regionalGroup': 'Groupe régional',
} as const;
