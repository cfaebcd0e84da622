import type { RefusalKey } from './refusals.en.ts';
/**
 * Texts of a breakdown shown beside a poll's results (POLL-60) in this language: the group
 * names and headings the projector and phones show. Spread into the later part (later.<lang>.ts): phones show it too, fetched when wanted.
 */
export const shownBreakdownEs = {
  'shownBreakdown.everyone': 'Todos',
  'shownBreakdown.otherGroup': 'Otros (grupos pequeños unidos)',
  'shownBreakdown.undeclaredGroup': 'No declarado',
  'shownBreakdown.title.channel': 'En la sala y en línea',
  'shownBreakdown.title.stakeholderGroup': 'Por grupo de partes interesadas',
  'shownBreakdown.title.regionalGroup': 'Por grupo regional',
  'shownBreakdown.caption': 'Resultados de «{question}» por grupo, en porcentaje de cada grupo',
  'shownBreakdown.merged': 'Los grupos de menos de cinco personas se unen en «Otros».',
} as const;

/** The refusals of `poll.showBreakdown` in this language; English comes from `src/core/refusals.ts`. Spread into the later part (later.<lang>.ts). */
export const breakdownRefusalsEs: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noBreakdown' | 'breakdownAlreadyShown'}`>, string>> = {
  'refusal.poll.noBreakdown': 'solo las encuestas con porcentajes por opción (elección, escala, cuestionario) pueden mostrarse por grupo',
  'refusal.poll.breakdownAlreadyShown': 'los resultados ya se muestran así',
};
