import type { RefusalKey } from './refusals.en.ts';
/**
 * Texts of a breakdown shown beside a poll's results (POLL-60) in this language: the group
 * names and headings the projector and phones show. Spread into the later part (later.<lang>.ts): phones show it too, fetched when wanted.
 */
export const shownBreakdownFr = {
  'shownBreakdown.everyone': 'Tout le monde',
  'shownBreakdown.otherGroup': 'Autres (petits groupes réunis)',
  'shownBreakdown.undeclaredGroup': 'Non déclaré',
  'shownBreakdown.title.channel': 'Dans la salle et en ligne',
  'shownBreakdown.title.stakeholderGroup': 'Par groupe de parties prenantes',
  'shownBreakdown.title.regionalGroup': 'Par groupe régional',
  'shownBreakdown.caption': 'Résultats de « {question} » par groupe, en part de chaque groupe',
  'shownBreakdown.merged': 'Les groupes de moins de cinq personnes sont réunis dans « Autres ».',
} as const;

/** The refusals of `poll.showBreakdown` in this language; English comes from `src/core/refusals.ts`. Spread into the later part (later.<lang>.ts). */
export const breakdownRefusalsFr: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noBreakdown' | 'breakdownAlreadyShown'}`>, string>> = {
  'refusal.poll.noBreakdown': 'seuls les sondages avec des parts par option (choix, échelle, quiz) peuvent être montrés par groupe',
  'refusal.poll.breakdownAlreadyShown': 'les résultats sont déjà montrés ainsi',
};
