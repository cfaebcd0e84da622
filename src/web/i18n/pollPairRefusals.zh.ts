import type { RefusalKey } from './refusals.en.ts';

/**
 * Texts of poll pairs (before and after, POLL-34) in this language: the refusals of `poll.pair`.
 * Spread into the main catalog; English comes from `src/core/refusals.ts`.
 */
export const pollPairRefusalsZh: Readonly<Record<Extract<RefusalKey, `refusal.poll.${'pairSelf' | 'pairKind' | 'pairOptions' | 'pairOrder' | 'notPaired' | 'alreadyPaired'}`>, string>> = {
  'refusal.poll.pairSelf': '投票不能与自身配对',
  'refusal.poll.pairKind': '只有同一类型、按选项计算比例的两个投票（选择、评分、测验）才能配对',
  'refusal.poll.pairOptions': '配对提出的是同一个问题：两个投票须有相同的选项且顺序相同',
  'refusal.poll.pairOrder': '配对中的前一个投票必须先于后一个投票准备',
  'refusal.poll.notPaired': '该投票未配对',
  'refusal.poll.alreadyPaired': '该投票已与那个投票配对',
};
