/**
 * Texts of a breakdown shown beside a poll's results (POLL-60) in this language: the group
 * names and headings the projector and phones show. Spread into the later part (later.<lang>.ts): phones show it too, fetched when wanted.
 */
export const shownBreakdownEn = {
  'shownBreakdown.everyone': 'Everyone',
  'shownBreakdown.otherGroup': 'Other (small groups merged)',
  'shownBreakdown.undeclaredGroup': 'Not declared',
  'shownBreakdown.title.channel': 'In the room and online',
  'shownBreakdown.title.stakeholderGroup': 'By stakeholder group',
  'shownBreakdown.title.regionalGroup': 'By regional group',
  'shownBreakdown.caption': 'Results of “{question}” by group, as a share of each group',
  'shownBreakdown.merged': 'Groups of fewer than five people are merged into “Other”.',
} as const;
