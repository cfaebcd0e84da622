/** النصوص العربية لوحدة تحكم المشرف داخل Webex (issue 17، INTEG-13). */
export const webexConsoleStaffAr = {
  'calls.webexConsole.connected': 'مفتوح في Webex. الأيدي المرفوعة في Webex لا تصل إلى قائمة الانتظار: يرفع المشاركون عبر الإنترنت أيديهم في صفحة OpenFloor الخاصة بهم.',
  'calls.webexConsole.otherMeeting': 'اجتماع Webex هذا ليس الاجتماع المحدد لهذه الجلسة. لا يُحتسب هنا حضوره ولا أسئلة الدردشة فيه. تحقق من معرّف الاجتماع في صفحة المضيف، أو افتح الجلسة في اجتماعها الخاص.',
  'calls.webexConsole.meetingUnverifiable': 'لا يعطي Webex هذا التطبيق المعرّف الحقيقي للاجتماع، لذلك لا يستطيع OpenFloor التحقق من أنه اجتماع الجلسة.',
  'calls.webexConsole.thisMeetingId': 'معرّف هذا الاجتماع',
  'calls.webexConsole.sessionMeetingId': 'معرّف اجتماع الجلسة',
  'calls.webexConsole.notCohost': 'لست مضيفًا ولا مضيفًا مشاركًا في اجتماع Webex هذا: لإلغاء كتم صوت متحدث عبر الإنترنت عندما يُعطى الكلمة، اطلب من المضيف أن يجعلك مضيفًا مشاركًا.',
} as const;
