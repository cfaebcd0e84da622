/** Texts of prepared polls on the host page (duplicate, before and after: POLL-36), in this language. Spread into the staff part. */
export const planPollsStaffEs = {
  'host.duplicate': 'Duplicar',
  'host.duplicatePoll': 'Duplicar la encuesta {n}',
  'host.pollRepeats': 'Vuelve a preguntar',
  'host.pollRepeatsHint': 'Antes y después: una encuesta anterior del mismo tipo con las mismas opciones. Una vez lanzada, esta muestra el cambio.',
  'host.repeatsNone': 'No, una encuesta propia',
  'host.repeatsPoll': 'Encuesta {n}: {question}',
} as const;
