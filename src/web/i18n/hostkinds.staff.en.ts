/** English texts of the host page's kind-specific poll fields (POLL-39). Spread into the staff catalog. */
export const hostKindsStaffEn = {
  'hostKinds.scaleMin': 'Lowest point',
  'hostKinds.scaleMax': 'Highest point',
  'hostKinds.correct': 'Correct options',
  'hostKinds.correctHint': 'Tick every correct option; the options are the lines above.',
  'hostKinds.correctNone': 'Write the options above first, then tick the correct ones here.',
} as const;
