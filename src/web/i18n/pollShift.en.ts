/**
 * Texts of the before-and-after tables (POLL-35, POLL-62) in this language: the cockpit, the
 * projector, the report page's preview and the phones show them. Spread into the later part (later.<lang>.ts).
 */
export const pollShiftPublicEn = {
  'pollShift.heading': 'Before and after (compared with “{question}”)',
  'pollShift.answer': 'Answer',
  'pollShift.before': 'Before',
  'pollShift.after': 'After',
  'pollShift.change': 'Change (points)',
  'pollShift.everyone': 'Everyone',
  'pollShift.merged': 'A channel with fewer than five people before or after is merged into “Other”, so that no one’s change can be guessed.',
  'pollShift.mergedGroups': 'A group (channel, stakeholder group or region) with fewer than five people before or after is merged into “Other”, so that no one’s change can be guessed.',
  'pollShift.voters': 'Voters: {before} before, {after} after',
  'pollShift.group.channel': 'Room or online',
  'pollShift.group.stakeholderGroup': 'Stakeholder group',
  'pollShift.group.regionalGroup': 'Regional group',
} as const;
