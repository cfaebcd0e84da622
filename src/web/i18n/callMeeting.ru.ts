/**
 * Russian texts of a participant's page inside a call that is not the session's meeting (issue 17,
 * INTEG-14). Spread into the later part (later.<lang>.ts).
 */
export const callMeetingRu = {
  'calls.otherMeeting.body': 'Эта сессия относится к другой встрече, а не к той, в которой вы находитесь. Вы всё равно можете участвовать отсюда.',
  'calls.otherMeeting.goOn': 'Участвовать отсюда',
} as const;
