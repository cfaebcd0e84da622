/**
 * English texts of issue 18's plural counts on the participant's and the public pages: texts
 * that say a number of things, written as plural messages (`tn`) so that every language can
 * give each of its CLDR plural forms. `pluralCountsEn` is spread into the main part (en.ts),
 * `pluralCountsPublicEn` into the public part (en.public.ts).
 */
export const pluralCountsEn = {
  'timer.warningLeft.one': '{count} second of speaking time left.',
  'timer.warningLeft.other': '{count} seconds of speaking time left.',
  'qa.charactersOf.one': '{used} / {count} character',
  'qa.charactersOf.other': '{used} / {count} characters',
  'qa.charactersOver.one': '{count} character too many',
  'qa.charactersOver.other': '{count} characters too many',
  'poll.hintUpToAnswers.one': 'Choose up to {count} answer.',
  'poll.hintUpToAnswers.other': 'Choose up to {count} answers.',
  'poll.hintUpToWords.one': 'Write up to {count} word or short phrase.',
  'poll.hintUpToWords.other': 'Write up to {count} words or short phrases.',
  // The actions `participant.only` names (src/core), said in this language inside its refusal.
  'participantAction.raiseAHand': 'raise a hand',
  'participantAction.lowerTheirHand': 'lower their hand',
  'participantAction.handTheFloorBack': 'hand the floor back',
  'participantAction.acceptTheCodeOfConduct': 'accept the code of conduct',
  'participantAction.haveAChannel': 'choose the room or online',
  'participantAction.declareGroups': 'declare groups',
  'participantAction.askQuestions': 'ask questions',
  'participantAction.upvote': 'upvote',
  'participantAction.vote': 'vote',
} as const;

export const pluralCountsPublicEn = {
  'before.durationMinutes.one': '{count} minute',
  'before.durationMinutes.other': '{count} minutes',
} as const;
