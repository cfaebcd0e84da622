/** Texts of prepared polls on the host page (duplicate, before and after: POLL-36), in this language. Spread into the staff part. */
export const planPollsStaffFr = {
  'host.duplicate': 'Dupliquer',
  'host.duplicatePoll': 'Dupliquer le sondage {n}',
  'host.pollRepeats': 'Pose à nouveau',
  'host.pollRepeatsHint': 'Avant et après : un sondage antérieur du même type avec les mêmes options. Une fois lancé, celui-ci montre l’évolution.',
  'host.repeatsNone': 'Non, un sondage à part',
  'host.repeatsPoll': 'Sondage {n} : {question}',
} as const;
