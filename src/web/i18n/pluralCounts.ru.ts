/**
 * Russian texts of issue 18's plural counts on the participant's and the public pages (see
 * pluralCounts.en.ts), in the forms one (1, 21…), few (2–4, 22–24…), many (0, 5–20…) and other (fractions).
 */
export const pluralCountsRu: Readonly<Record<string, string>> = {
  'timer.warningLeft.one': 'До конца выступления осталась {count} секунда.',
  'timer.warningLeft.few': 'До конца выступления осталось {count} секунды.',
  'timer.warningLeft.many': 'До конца выступления осталось {count} секунд.',
  'timer.warningLeft.other': 'До конца выступления осталось {count} секунды.',
  'qa.charactersOf.one': '{used} / {count} символ',
  'qa.charactersOf.few': '{used} / {count} символа',
  'qa.charactersOf.many': '{used} / {count} символов',
  'qa.charactersOf.other': '{used} / {count} символа',
  'qa.charactersOver.one': 'На {count} символ больше допустимого',
  'qa.charactersOver.few': 'На {count} символа больше допустимого',
  'qa.charactersOver.many': 'На {count} символов больше допустимого',
  'qa.charactersOver.other': 'На {count} символа больше допустимого',
  'poll.hintUpToAnswers.one': 'Выберите не более {count} ответа.',
  'poll.hintUpToAnswers.few': 'Выберите не более {count} ответов.',
  'poll.hintUpToAnswers.many': 'Выберите не более {count} ответов.',
  'poll.hintUpToAnswers.other': 'Выберите не более {count} ответа.',
  'poll.hintUpToWords.one': 'Напишите не более {count} слова или короткой фразы.',
  'poll.hintUpToWords.few': 'Напишите не более {count} слов или коротких фраз.',
  'poll.hintUpToWords.many': 'Напишите не более {count} слов или коротких фраз.',
  'poll.hintUpToWords.other': 'Напишите не более {count} слова или короткой фразы.',
  // The actions `participant.only` names (src/core), said in this language inside its refusal.
  'participantAction.raiseAHand': 'могут поднять руку',
  'participantAction.lowerTheirHand': 'могут опустить руку',
  'participantAction.handTheFloorBack': 'могут вернуть слово',
  'participantAction.acceptTheCodeOfConduct': 'могут принять кодекс поведения',
  'participantAction.haveAChannel': 'могут выбрать зал или онлайн',
  'participantAction.declareGroups': 'могут указать свои группы',
  'participantAction.askQuestions': 'могут задавать вопросы',
  'participantAction.upvote': 'могут поддерживать вопросы',
  'participantAction.vote': 'могут голосовать',
};

export const pluralCountsPublicRu: Readonly<Record<string, string>> = {
  'before.durationMinutes.one': '{count} минута',
  'before.durationMinutes.few': '{count} минуты',
  'before.durationMinutes.many': '{count} минут',
  'before.durationMinutes.other': '{count} минуты',
};
