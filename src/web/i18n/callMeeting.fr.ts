/**
 * French texts of a participant's page inside a call that is not the session's meeting (issue 17,
 * INTEG-14). Spread into the later part (later.<lang>.ts).
 */
export const callMeetingFr = {
  'calls.otherMeeting.body': 'Cette session appartient à une autre réunion que celle où vous êtes. Vous pouvez tout de même participer d’ici.',
  'calls.otherMeeting.goOn': 'Participer d’ici',
} as const;
