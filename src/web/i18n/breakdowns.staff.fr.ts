/** The moderator's choice of what the public sees beside a poll's results (POLL-60), in this language. Spread into the staff part. */
export const shownBreakdownStaffFr = {
  'shownBreakdown.label': 'À l’écran et sur les téléphones',
  'shownBreakdown.none': 'Résultats d’ensemble seulement',
  'shownBreakdown.channel': 'Côte à côte : salle et en ligne',
  'shownBreakdown.stakeholderGroup': 'Côte à côte : groupes de parties prenantes',
  'shownBreakdown.regionalGroup': 'Côte à côte : groupes régionaux',
  'shownBreakdown.hint': 'Montré dès que les résultats sont publics ; les groupes de moins de cinq sont réunis.',
} as const;
