import type { RefusalKey } from './refusals.en.ts';
/**
 * Texts of a breakdown shown beside a poll's results (POLL-60) in this language: the group
 * names and headings the projector and phones show. Spread into the later part (later.<lang>.ts): phones show it too, fetched when wanted.
 */
export const shownBreakdownRu = {
  'shownBreakdown.everyone': 'Все',
  'shownBreakdown.otherGroup': 'Другие (малые группы объединены)',
  'shownBreakdown.undeclaredGroup': 'Не указано',
  'shownBreakdown.title.channel': 'В зале и онлайн',
  'shownBreakdown.title.stakeholderGroup': 'По группам заинтересованных сторон',
  'shownBreakdown.title.regionalGroup': 'По региональным группам',
  'shownBreakdown.caption': 'Результаты «{question}» по группам, в долях каждой группы',
  'shownBreakdown.merged': 'Группы меньше пяти человек объединены в «Другие».',
} as const;

/** The refusals of `poll.showBreakdown` in this language; English comes from `src/core/refusals.ts`. Spread into the later part (later.<lang>.ts). */
export const breakdownRefusalsRu: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noBreakdown' | 'breakdownAlreadyShown'}`>, string>> = {
  'refusal.poll.noBreakdown': 'по группам можно показать только опросы с долями по вариантам (выбор, шкала, викторина)',
  'refusal.poll.breakdownAlreadyShown': 'результаты уже показаны так',
};
