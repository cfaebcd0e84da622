/**
 * Chinese texts of issue 18's plural counts on the participant's and the public pages (see
 * langs2.en.ts): Chinese has one plural form, other.
 */
export const langs2Zh: Readonly<Record<string, string>> = {
  'timer.warningLeft.other': '发言时间还剩 {count} 秒。',
  'qa.charactersOf.other': '{used} / {count} 字符',
  'qa.charactersOver.other': '超出 {count} 个字符',
  'poll.hintUpToAnswers.other': '最多可选 {count} 个答案。',
  'poll.hintUpToWords.other': '最多写 {count} 个词或短语。',
};

export const langs2PublicZh: Readonly<Record<string, string>> = {
  'before.durationMinutes.other': '{count} 分钟',
};
