/**
 * Arabic texts of issue 18's plural counts on the participant's and the public pages (see
 * pluralCounts.en.ts), in the six Arabic plural forms: zero, one, two, few (3–10), many (11–99) and
 * other (100 and up).
 */
export const pluralCountsAr: Readonly<Record<string, string>> = {
  'timer.warningLeft.zero': 'لم تبقَ أي ثانية من وقت الكلمة.',
  'timer.warningLeft.one': 'تبقّت ثانية واحدة من وقت الكلمة.',
  'timer.warningLeft.two': 'تبقّت ثانيتان من وقت الكلمة.',
  'timer.warningLeft.few': 'تبقّت {count} ثوانٍ من وقت الكلمة.',
  'timer.warningLeft.many': 'تبقّت {count} ثانية من وقت الكلمة.',
  'timer.warningLeft.other': 'تبقّت {count} ثانية من وقت الكلمة.',
  'qa.charactersOf.zero': '{used} / {count} حرف',
  'qa.charactersOf.one': '{used} / {count} حرف',
  'qa.charactersOf.two': '{used} / {count} حرفان',
  'qa.charactersOf.few': '{used} / {count} أحرف',
  'qa.charactersOf.many': '{used} / {count} حرفًا',
  'qa.charactersOf.other': '{used} / {count} حرف',
  'qa.charactersOver.zero': 'لا زيادة في الأحرف',
  'qa.charactersOver.one': 'زيادة حرف واحد',
  'qa.charactersOver.two': 'زيادة حرفين',
  'qa.charactersOver.few': 'زيادة {count} أحرف',
  'qa.charactersOver.many': 'زيادة {count} حرفًا',
  'qa.charactersOver.other': 'زيادة {count} حرف',
  'poll.hintUpToAnswers.zero': 'لا يمكن اختيار أي إجابة.',
  'poll.hintUpToAnswers.one': 'اختر إجابة واحدة.',
  'poll.hintUpToAnswers.two': 'اختر حتى إجابتين.',
  'poll.hintUpToAnswers.few': 'اختر حتى {count} إجابات.',
  'poll.hintUpToAnswers.many': 'اختر حتى {count} إجابة.',
  'poll.hintUpToAnswers.other': 'اختر حتى {count} إجابة.',
  'poll.hintUpToWords.zero': 'لا يمكن كتابة أي كلمة.',
  'poll.hintUpToWords.one': 'اكتب كلمة واحدة أو عبارة قصيرة.',
  'poll.hintUpToWords.two': 'اكتب حتى كلمتين أو عبارتين قصيرتين.',
  'poll.hintUpToWords.few': 'اكتب حتى {count} كلمات أو عبارات قصيرة.',
  'poll.hintUpToWords.many': 'اكتب حتى {count} كلمة أو عبارة قصيرة.',
  'poll.hintUpToWords.other': 'اكتب حتى {count} كلمة أو عبارة قصيرة.',
  // The actions `participant.only` names (src/core), said in this language inside its refusal.
  'participantAction.raiseAHand': 'يرفعون أيديهم',
  'participantAction.lowerTheirHand': 'يُنزلون أيديهم',
  'participantAction.handTheFloorBack': 'يعيدون الكلمة',
  'participantAction.acceptTheCodeOfConduct': 'يقبلون مدونة السلوك',
  'participantAction.haveAChannel': 'يختارون القاعة أو الإنترنت',
  'participantAction.declareGroups': 'يصرّحون بمجموعاتهم',
  'participantAction.askQuestions': 'يطرحون الأسئلة',
  'participantAction.upvote': 'يؤيدون الأسئلة',
  'participantAction.vote': 'يصوّتون',
};

export const pluralCountsPublicAr: Readonly<Record<string, string>> = {
  'before.durationMinutes.zero': '{count} دقيقة',
  'before.durationMinutes.one': 'دقيقة واحدة',
  'before.durationMinutes.two': 'دقيقتان',
  'before.durationMinutes.few': '{count} دقائق',
  'before.durationMinutes.many': '{count} دقيقة',
  'before.durationMinutes.other': '{count} دقيقة',
};
