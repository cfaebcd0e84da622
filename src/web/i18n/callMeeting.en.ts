/**
 * English texts of a participant's page inside a call that is not the session's meeting (issue 17,
 * INTEG-14). Spread into the later part (later.<lang>.ts).
 */
export const callMeetingEn = {
  'calls.otherMeeting.body': 'This session belongs to another meeting than the one you are in. You can still take part from here.',
  'calls.otherMeeting.goOn': 'Take part from here',
} as const;
