/** Chinese texts of issue 18's plural counts on the staff pages (see langs2.staff.en.ts): one form, other. */
export const langs2StaffZh: Readonly<Record<string, string>> = {
  'pollForm.optionsBetween.other': '{min} 至 {count} 个选项。',
  'pollForm.errorFewOptions.other': '请至少提供 {count} 个选项。',
  'moderator.time.limitBetween.other': '请选择 {min} 至 {count} 秒。',
  'moderator.time.warningUpTo.other': '提醒必须在结束之前：0 至 {count} 秒。',
  'host.access.revokedPages.other': '已撤销“{label}”；关闭了 {count} 个已打开的页面。',
  'host.guidelines.charactersOf.other': '{used} / {count} 字符',
  'host.agendaPlannedOf.other': '已计划：{minutes} / {count} 分钟。',
  'rapporteur.interventionsSoFar.other': '迄今 {count} 次发言',
  'rapporteur.resultsHiddenVotes.other': '结果尚未公开（{count} 票）。',
  'report.joinedCount.other': '共 {count} 人加入：会场 {onsite} 人，在线 {online} 人。',
  'report.floorSummary': '{interventions}；{overrides}。',
  'report.interventionsMinutes.other': '{count} 次发言，{minutes} 分钟',
  'report.queueOverrides.other': '主持人 {count} 次未按排队规则安排',
  'report.votersCount.other': '{count} 人投票',
  'cockpit.next.onlineWaiting.other': '在线：{count} 人等待，第一位排在第 {place} 位',
};
