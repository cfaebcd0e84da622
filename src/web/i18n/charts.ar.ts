import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of the quiz timer (POLL-50) in this language: the refusals of `poll.expire`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const quizTimerRefusalsAr: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noTimer' | 'timeNotUp'}`>, string>> = {
  'refusal.poll.noTimer': 'لا يوجد مؤقت ينتهي إلا لاختبار مفتوح',
  'refusal.poll.timeNotUp': 'لم ينتهِ وقت الاختبار بعد',
};
