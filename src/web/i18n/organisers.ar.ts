import type { RefusalKey } from './refusals.en.ts';
import type { organisersEn } from './organisers.en.ts';

/**
 * Arabic texts of organiser access (issue 19 part 8), for the lead to spread into the Arabic
 * catalogs when merging: `organisersAr` into the staff part, `organiserRefusalsAr` into
 * the main part (where the refusals live). Typed against the English keys, so none is missing.
 */
export const organisersAr: Readonly<Record<keyof typeof organisersEn, string>> = {
  'organisers.eyebrow': 'إدارة النشر',
  'organisers.heading': 'المنظِّمون',
  'organisers.intro': 'امنح كل منظِّم رابطًا خاصًا به لجلساته. لا يرى ولا يغيّر إلا تلك الجلسات، وتُضاف إليها الجلسات التي ينشئها. يمكنك إلغاء الرابط في أي وقت فيتوقف عن العمل فورًا.',
  'organisers.backToHost': 'العودة إلى الجلسات',
  'organisers.formHeading': 'رابط منظِّم جديد',
  'organisers.label': 'لمن هذا الرابط',
  'organisers.labelHint': 'كما ستتعرّف عليه، مثل «فريق القاعة ب» (60 حرفًا على الأكثر).',
  'organisers.labelMissing': 'اذكر لمن هذا الرابط.',
  'organisers.sessions': 'جلساته',
  'organisers.sessionsMissing': 'اختر جلسة واحدة على الأقل.',
  'organisers.noSessions': 'لا توجد جلسات بعد: أنشئ جلسة أولًا.',
  'organisers.create': 'إنشاء الرابط',
  'organisers.created': 'الرابط الخاص بـ {label}. لا يُعرض إلا هذه المرة: أرسله الآن.',
  'organisers.listHeading': 'روابط المنظِّمين',
  'organisers.empty': 'لا توجد روابط منظِّمين بعد.',
  'organisers.col.label': 'لمن',
  'organisers.col.sessions': 'الجلسات',
  'organisers.sessionGone': '(محذوفة)',
  'organisers.revokeConfirm': 'إلغاء الرابط الخاص بـ {label}؟ سيتوقف عن العمل فورًا وتُقطع صفحاته المفتوحة.',
  'organisers.revokeLabel': 'إلغاء الرابط الخاص بـ {label}',
  'organisers.revokedDone': 'أُلغي الرابط الخاص بـ {label}. الاتصالات المفتوحة التي أُغلقت: {count}.',
  'organisers.adminOnly': 'لا يدير المنظِّمين إلا مسؤول النشر (برمز المضيف).',
  'organisers.manage': 'المنظِّمون',
  'organisers.signedInAs': 'المنظِّم: {label}. لا ترى إلا جلساتك.',
  'audit.action.organiser.granted': 'منح منظِّمًا صلاحية الوصول',
  'audit.action.organiser.revoked': 'ألغى صلاحية وصول منظِّم',
};

export const organiserRefusalsAr: Readonly<Record<Extract<RefusalKey, `refusal.organiser.${string}`>, string>> = {
  'refusal.organiser.revoked': 'أُلغيت صلاحية وصول هذا المنظِّم',
  'refusal.organiser.notYourSession': 'صلاحية وصول هذا المنظِّم لا تشمل هذه الجلسة',
  'refusal.organiser.adminOnly': 'لا يفعل هذا إلا مسؤول النشر',
  'refusal.organiser.notFound': 'لا توجد صلاحية وصول منظِّم كهذه، أو أنها أُلغيت من قبل',
  'refusal.organiser.unknownSession': 'لا توجد جلسة {sessionId}',
};
