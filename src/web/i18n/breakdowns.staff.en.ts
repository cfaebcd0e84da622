/** The moderator's choice of what the public sees beside a poll's results (POLL-60), in this language. Spread into the staff part. */
export const shownBreakdownStaffEn = {
  'shownBreakdown.label': 'On screen and phones',
  'shownBreakdown.none': 'Overall results only',
  'shownBreakdown.channel': 'Side by side: room and online',
  'shownBreakdown.stakeholderGroup': 'Side by side: stakeholder groups',
  'shownBreakdown.regionalGroup': 'Side by side: regional groups',
  'shownBreakdown.hint': 'Shown while the results are public; groups under five are merged.',
} as const;
