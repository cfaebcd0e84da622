import type { RefusalKey } from './refusals.en.ts';
/**
 * Texts of a breakdown shown beside a poll's results (POLL-60) in this language: the group
 * names and headings the projector and phones show. Spread into the later part (later.<lang>.ts): phones show it too, fetched when wanted.
 */
export const shownBreakdownAr = {
  'shownBreakdown.everyone': 'الجميع',
  'shownBreakdown.otherGroup': 'أخرى (دُمجت المجموعات الصغيرة)',
  'shownBreakdown.undeclaredGroup': 'غير مُصرَّح به',
  'shownBreakdown.title.channel': 'في القاعة وعبر الإنترنت',
  'shownBreakdown.title.stakeholderGroup': 'حسب مجموعة أصحاب المصلحة',
  'shownBreakdown.title.regionalGroup': 'حسب المجموعة الإقليمية',
  'shownBreakdown.caption': 'نتائج «{question}» حسب المجموعة، بنسبة كل مجموعة',
  'shownBreakdown.merged': 'تُدمج المجموعات التي تضم أقل من خمسة أشخاص في «أخرى».',
} as const;

/** The refusals of `poll.showBreakdown` in this language; English comes from `src/core/refusals.ts`. Spread into the later part (later.<lang>.ts). */
export const breakdownRefusalsAr: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noBreakdown' | 'breakdownAlreadyShown'}`>, string>> = {
  'refusal.poll.noBreakdown': 'لا يمكن عرض النتائج حسب المجموعة إلا للاستطلاعات ذات النسب لكل خيار (اختيار، مقياس، اختبار)',
  'refusal.poll.breakdownAlreadyShown': 'النتائج معروضة بهذه الطريقة بالفعل',
};
