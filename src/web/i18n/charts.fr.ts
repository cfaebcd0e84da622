import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of the quiz timer (POLL-50) in this language: the refusals of `poll.expire`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const quizTimerRefusalsFr: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noTimer' | 'timeNotUp'}`>, string>> = {
  'refusal.poll.noTimer': 'seul un quiz ouvert a un minuteur qui s’écoule',
  'refusal.poll.timeNotUp': 'le temps du quiz n’est pas encore écoulé',
};
