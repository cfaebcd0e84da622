/** Textes français des champs propres à chaque type de sondage sur la page d’organisation (POLL-39). Intégrés au catalogue du personnel. */
export const hostKindsStaffFr = {
  'hostKinds.scaleMin': 'Point le plus bas',
  'hostKinds.scaleMax': 'Point le plus haut',
  'hostKinds.correct': 'Bonnes réponses',
  'hostKinds.correctHint': 'Cochez chaque bonne réponse ; les options sont les lignes ci-dessus.',
  'hostKinds.correctNone': 'Écrivez d’abord les options ci-dessus, puis cochez ici les bonnes réponses.',
} as const;
