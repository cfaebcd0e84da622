/**
 * Chinese texts of a participant's page inside a call that is not the session's meeting (issue 17,
 * INTEG-14). Spread into the later part (later.<lang>.ts).
 */
export const callMeetingZh = {
  'calls.otherMeeting.body': '本场会议属于另一个视频会议，不是您现在所在的会议。您仍然可以在这里参与。',
  'calls.otherMeeting.goOn': '在这里参与',
} as const;
