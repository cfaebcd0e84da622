/**
 * Arabic texts a page shows for a refusal while the refusals' own texts (refusals.ar.ts) are
 * still being fetched: one per error code, true of every reason with that code. Spread into the
 * main part (I18N-2).
 */
import type { refusalCodesEn } from './refusalCodes.en.ts';

export const refusalCodesAr: Readonly<Record<keyof typeof refusalCodesEn, string>> = {
  'error.badFrame': 'تعذّر على الخادم قراءة هذا. أعد تحميل الصفحة وحاول مرة أخرى.',
  'error.tooLarge': 'هذا أطول من أن يُرسَل.',
  'error.notConnected': 'جارٍ الاتصال. حاول مرة أخرى بعد لحظة.',
  'error.linkInvalid': 'هذا الرابط لم يعد صالحًا.',
  'error.gone': 'هذا لم يعد موجودًا.',
  'error.notNow': 'هذا غير ممكن الآن.',
  'error.notAccepted': 'لم يُقبل هذا. تحقّق مما أدخلته وحاول مرة أخرى.',
  'error.alreadySent': 'أُرسل هذا من قبل.',
};
