import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of the quiz timer (POLL-50) in this language: the refusals of `poll.expire`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const quizTimerRefusalsZh: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noTimer' | 'timeNotUp'}`>, string>> = {
  'refusal.poll.noTimer': '只有进行中的测验才有会结束的计时器',
  'refusal.poll.timeNotUp': '测验的时间还没有到',
};
