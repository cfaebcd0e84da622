import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of poll pairs (before and after, POLL-34) in this language: the refusals of `poll.pair`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const pollPairRefusalsRu: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'pairSelf' | 'pairKind' | 'pairOptions' | 'pairOrder' | 'notPaired' | 'alreadyPaired'}`>, string>> = {
  'refusal.poll.pairSelf': 'опрос нельзя связать с самим собой',
  'refusal.poll.pairKind': 'связать можно только два опроса одного типа с долями по вариантам (выбор, шкала, викторина)',
  'refusal.poll.pairOptions': 'пара задаёт один и тот же вопрос: у обоих опросов должны быть одинаковые варианты в том же порядке',
  'refusal.poll.pairOrder': 'первый опрос пары должен быть подготовлен раньше второго',
  'refusal.poll.notPaired': 'опрос ни с чем не связан',
  'refusal.poll.alreadyPaired': 'опрос уже связан с этим опросом',
};
