import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of the quiz timer (POLL-50) in this language: the refusals of `poll.expire`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const quizTimerRefusalsRu: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noTimer' | 'timeNotUp'}`>, string>> = {
  'refusal.poll.noTimer': 'истекает таймер только у открытой викторины',
  'refusal.poll.timeNotUp': 'время викторины ещё не вышло',
};
