import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of poll pairs (before and after, POLL-34) in this language: the refusals of `poll.pair`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const pollPairRefusalsFr: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'pairSelf' | 'pairKind' | 'pairOptions' | 'pairOrder' | 'notPaired' | 'alreadyPaired'}`>, string>> = {
  'refusal.poll.pairSelf': 'un sondage ne peut pas être associé à lui-même',
  'refusal.poll.pairKind': 'seuls deux sondages du même type, avec des parts par option (choix, échelle, quiz), peuvent être associés',
  'refusal.poll.pairOptions': 'une paire pose la même question : les deux sondages doivent avoir les mêmes options dans le même ordre',
  'refusal.poll.pairOrder': 'le premier sondage d’une paire doit avoir été préparé avant le second',
  'refusal.poll.notPaired': 'le sondage n’est associé à aucun autre',
  'refusal.poll.alreadyPaired': 'le sondage est déjà associé à celui-ci',
};
