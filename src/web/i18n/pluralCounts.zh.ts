/**
 * Chinese texts of issue 18's plural counts on the participant's and the public pages (see
 * pluralCounts.en.ts): Chinese has one plural form, other.
 */
export const pluralCountsZh: Readonly<Record<string, string>> = {
  'timer.warningLeft.other': '发言时间还剩 {count} 秒。',
  'qa.charactersOf.other': '{used} / {count} 字符',
  'qa.charactersOver.other': '超出 {count} 个字符',
  'poll.hintUpToAnswers.other': '最多可选 {count} 个答案。',
  'poll.hintUpToWords.other': '最多写 {count} 个词或短语。',
  // The actions `participant.only` names (src/core), said in this language inside its refusal.
  'participantAction.raiseAHand': '举手',
  'participantAction.lowerTheirHand': '放下手',
  'participantAction.handTheFloorBack': '交还发言权',
  'participantAction.acceptTheCodeOfConduct': '接受行为准则',
  'participantAction.haveAChannel': '选择会场或线上',
  'participantAction.declareGroups': '声明所属群体',
  'participantAction.askQuestions': '提问',
  'participantAction.upvote': '为问题点赞',
  'participantAction.vote': '投票',
};

export const pluralCountsPublicZh: Readonly<Record<string, string>> = {
  'before.durationMinutes.other': '{count} 分钟',
};
