/**
 * Arabic texts of the host's follow-up event (REPORT-13): the phone's sign-up card and the
 * host's panel. Spread into the later part (later.<lang>.ts): a phone shows the card only when
 * the host announced an event, so its texts are fetched when it first shows (WEB-7).
 */
export const followUpAr = {
  'followUp.heading': 'بعد هذه الجلسة',
  'followUp.kind.webinar': 'ندوة عبر الإنترنت',
  'followUp.kind.training': 'تدريب',
  'followUp.kind.partnership_call': 'اجتماع شراكة',
  'followUp.when': 'الموعد: {time}',
  'followUp.ageQuestion': 'هل عمرك أقل من 18 سنة؟',
  'followUp.ageYes': 'نعم، عمري أقل من 18 سنة',
  'followUp.ageNo': 'لا، عمري 18 سنة أو أكثر',
  'followUp.youthLink': 'لا نطلب منك بريدًا إلكترونيًا أو رقم هاتف. يمكنك معرفة المزيد في صفحة المنظمين:',
  'followUp.youthNoLink': 'لا نطلب منك بريدًا إلكترونيًا أو رقم هاتف. اسأل المنظمين عن طريقة المشاركة.',
  'followUp.publicLink': 'صفحة المنظمين',
  'followUp.contact': 'بريدك الإلكتروني أو رقم هاتفك',
  'followUp.contactHint': 'لا يراه إلا المضيف. ويُحذف مع بيانات الجلسة.',
  'followUp.consent': 'استخدام وسيلة الاتصال بي فقط لإبلاغي بهذا الحدث.',
  'followUp.signUp': 'سجِّلني',
  'followUp.signedUp': 'تم تسجيلك. سيتواصل معك المضيف بشأن هذا الحدث فقط.',
  'followUp.failed': 'لم ينجح ذلك. تحقق من وسيلة الاتصال وحاول مرة أخرى.',
  'followUp.announce': 'إعلان',
} as const;
