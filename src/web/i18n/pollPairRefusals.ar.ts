import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of poll pairs (before and after, POLL-34) in this language: the refusals of `poll.pair`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const pollPairRefusalsAr: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'pairSelf' | 'pairKind' | 'pairOptions' | 'pairOrder' | 'notPaired' | 'alreadyPaired'}`>, string>> = {
  'refusal.poll.pairSelf': 'لا يمكن إقران استطلاع بنفسه',
  'refusal.poll.pairKind': 'لا يمكن إقران إلا استطلاعين من النوع نفسه، بنسب لكل خيار (اختيار، مقياس، اختبار)',
  'refusal.poll.pairOptions': 'الزوج يطرح السؤال نفسه: يلزم أن يكون للاستطلاعين الخيارات نفسها بالترتيب نفسه',
  'refusal.poll.pairOrder': 'يجب إعداد الاستطلاع الأول في الزوج قبل الثاني',
  'refusal.poll.notPaired': 'الاستطلاع غير مقترن',
  'refusal.poll.alreadyPaired': 'الاستطلاع مقترن بذلك الاستطلاع بالفعل',
};
