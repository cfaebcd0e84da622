/** 主持人页面上各类投票专有字段的中文文本（POLL-39）。并入工作人员目录。 */
export const hostKindsStaffZh = {
  'hostKinds.scaleMin': '最低分',
  'hostKinds.scaleMax': '最高分',
  'hostKinds.correct': '正确选项',
  'hostKinds.correctHint': '勾选每个正确选项；选项即上方的各行。',
  'hostKinds.correctNone': '请先在上方填写选项，再在此勾选正确选项。',
} as const;
