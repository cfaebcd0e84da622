/**
 * Arabic texts of a participant's page inside a call that is not the session's meeting (issue 17,
 * INTEG-14). Spread into the later part (later.<lang>.ts).
 */
export const callMeetingAr = {
  'calls.otherMeeting.body': 'تنتمي هذه الجلسة إلى اجتماع آخر غير الذي أنت فيه. يمكنك مع ذلك المشاركة من هنا.',
  'calls.otherMeeting.goOn': 'المشاركة من هنا',
} as const;
