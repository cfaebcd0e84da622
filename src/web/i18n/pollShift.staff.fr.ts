/** Texts of before and after (POLL-35) for the cockpit, the projector and the report page's preview (POLL-62), in this language. Spread into the staff part. */
export const pollShiftFr = {
  'pollShift.heading': 'Avant et après (comparé à « {question} »)',
  'pollShift.answer': 'Réponse',
  'pollShift.before': 'Avant',
  'pollShift.after': 'Après',
  'pollShift.change': 'Évolution (points)',
  'pollShift.everyone': 'Tout le monde',
  'pollShift.merged': 'Un canal comptant moins de cinq personnes avant ou après est fusionné dans « Autre », afin que l’évolution de chacun reste impossible à deviner.',
  'pollShift.mergedGroups': 'Un groupe (canal, groupe de parties prenantes ou région) comptant moins de cinq personnes avant ou après est fusionné dans « Autre », afin que l’évolution de chacun reste impossible à deviner.',
  'pollShift.voters': 'Votants : {before} avant, {after} après',
  'pollShift.pairWith': 'Comparer à un sondage antérieur',
  'pollShift.noPair': 'Aucune comparaison',
} as const;
