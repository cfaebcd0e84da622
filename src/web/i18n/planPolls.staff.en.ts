/** Texts of prepared polls on the host page (duplicate, before and after: POLL-36), in this language. Spread into the staff part. */
export const planPollsStaffEn = {
  'host.duplicate': 'Duplicate',
  'host.duplicatePoll': 'Duplicate poll {n}',
  'host.pollRepeats': 'Asks again',
  'host.pollRepeatsHint': 'Before and after: an earlier poll of the same kind with the same options. Launched, this one shows the change.',
  'host.repeatsNone': 'No, a poll of its own',
  'host.repeatsPoll': 'Poll {n}: {question}',
} as const;
