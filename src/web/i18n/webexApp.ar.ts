/**
 * Arabic texts of the pages as a Webex embedded app (issue 17, INTEG-12): what the participant
 * page says inside Webex. Spread into the later part (later.<lang>.ts).
 */
export const webexAppAr = {
  'calls.inWebex': 'متصل عبر Webex: أنت تشارك عبر الإنترنت. ارفع يدك هنا: اليد المرفوعة في Webex لا تصل إلى OpenFloor.',
} as const;
