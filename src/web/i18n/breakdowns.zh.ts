import type { RefusalKey } from './refusals.en.ts';
/**
 * Texts of a breakdown shown beside a poll's results (POLL-60) in this language: the group
 * names and headings the projector and phones show. Spread into the later part (later.<lang>.ts): phones show it too, fetched when wanted.
 */
export const shownBreakdownZh = {
  'shownBreakdown.everyone': '所有人',
  'shownBreakdown.otherGroup': '其他（小群体合并）',
  'shownBreakdown.undeclaredGroup': '未申报',
  'shownBreakdown.title.channel': '会场与线上',
  'shownBreakdown.title.stakeholderGroup': '按利益相关方群体',
  'shownBreakdown.title.regionalGroup': '按区域组',
  'shownBreakdown.caption': '“{question}”按群体的结果，以各群体所占比例表示',
  'shownBreakdown.merged': '不足五人的群体合并为“其他”。',
} as const;

/** The refusals of `poll.showBreakdown` in this language; English comes from `src/core/refusals.ts`. Spread into the later part (later.<lang>.ts). */
export const breakdownRefusalsZh: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'noBreakdown' | 'breakdownAlreadyShown'}`>, string>> = {
  'refusal.poll.noBreakdown': '只有按选项计算比例的投票（选择、评分、测验）才能按群体显示',
  'refusal.poll.breakdownAlreadyShown': '结果已经按此方式显示',
};
