/** Texts of prepared polls on the host page (duplicate, before and after: POLL-36), in this language. Spread into the staff part. */
export const planPollsStaffZh = {
  'host.duplicate': '复制',
  'host.duplicatePoll': '复制投票 {n}',
  'host.pollRepeats': '再次提问',
  'host.pollRepeatsHint': '前后对比：选择一个类型和选项都相同的较早投票。启动后，本投票会显示变化。',
  'host.repeatsNone': '否，独立投票',
  'host.repeatsPoll': '投票 {n}：{question}',
} as const;
