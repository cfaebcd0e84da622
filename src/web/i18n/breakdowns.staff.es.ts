/** The moderator's choice of what the public sees beside a poll's results (POLL-60), in this language. Spread into the staff part. */
export const shownBreakdownStaffEs = {
  'shownBreakdown.label': 'En la pantalla y en los teléfonos',
  'shownBreakdown.none': 'Solo los resultados generales',
  'shownBreakdown.channel': 'Lado a lado: sala y en línea',
  'shownBreakdown.stakeholderGroup': 'Lado a lado: grupos de partes interesadas',
  'shownBreakdown.regionalGroup': 'Lado a lado: grupos regionales',
  'shownBreakdown.hint': 'Se muestra cuando los resultados son públicos; los grupos de menos de cinco se unen.',
} as const;
