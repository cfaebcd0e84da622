import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of poll pairs (before and after, POLL-34) in this language: the refusals of `poll.pair`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const pollPairRefusalsEs: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'pairSelf' | 'pairKind' | 'pairOptions' | 'pairOrder' | 'notPaired' | 'alreadyPaired'}`>, string>> = {
  'refusal.poll.pairSelf': 'una encuesta no puede emparejarse consigo misma',
  'refusal.poll.pairKind': 'solo pueden emparejarse dos encuestas del mismo tipo, con porcentajes por opción (elección, escala, cuestionario)',
  'refusal.poll.pairOptions': 'un par plantea la misma pregunta: ambas encuestas necesitan las mismas opciones en el mismo orden',
  'refusal.poll.pairOrder': 'la primera encuesta de un par debe haberse preparado antes que la segunda',
  'refusal.poll.notPaired': 'la encuesta no está emparejada',
  'refusal.poll.alreadyPaired': 'la encuesta ya está emparejada con esa',
};
