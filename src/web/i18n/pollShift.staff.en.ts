/** Texts of before and after (POLL-35) for the cockpit, the projector and the report page's preview (POLL-62), in this language. Spread into the staff part. */
export const pollShiftEn = {
  'pollShift.heading': 'Before and after (compared with “{question}”)',
  'pollShift.answer': 'Answer',
  'pollShift.before': 'Before',
  'pollShift.after': 'After',
  'pollShift.change': 'Change (points)',
  'pollShift.everyone': 'Everyone',
  'pollShift.merged': 'A channel with fewer than five people before or after is merged into “Other”, so that no one’s change can be guessed.',
  'pollShift.mergedGroups': 'A group (channel, stakeholder group or region) with fewer than five people before or after is merged into “Other”, so that no one’s change can be guessed.',
  'pollShift.voters': 'Voters: {before} before, {after} after',
  'pollShift.pairWith': 'Compare with an earlier poll',
  'pollShift.noPair': 'No comparison',
} as const;
