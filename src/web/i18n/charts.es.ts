import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of the quiz timer (POLL-50) in this language: the refusals of `poll.expire`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const quizTimerRefusalsEs: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noTimer' | 'timeNotUp'}`>, string>> = {
  'refusal.poll.noTimer': 'solo un cuestionario abierto tiene un temporizador que se agota',
  'refusal.poll.timeNotUp': 'aún no se ha acabado el tiempo del cuestionario',
};
