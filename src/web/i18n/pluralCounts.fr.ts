/**
 * French texts of issue 18's plural counts on the participant's and the public pages (see
 * pluralCounts.en.ts): one (0 and 1), many (millions) and other.
 */
export const pluralCountsFr: Readonly<Record<string, string>> = {
  'timer.warningLeft.one': 'Il reste {count} seconde de temps de parole.',
  'timer.warningLeft.many': 'Il reste {count} de secondes de temps de parole.',
  'timer.warningLeft.other': 'Il reste {count} secondes de temps de parole.',
  'qa.charactersOf.one': '{used} / {count} caractère',
  'qa.charactersOf.many': '{used} / {count} de caractères',
  'qa.charactersOf.other': '{used} / {count} caractères',
  'qa.charactersOver.one': '{count} caractère de trop',
  'qa.charactersOver.many': '{count} de caractères de trop',
  'qa.charactersOver.other': '{count} caractères de trop',
  'poll.hintUpToAnswers.one': 'Choisissez jusqu’à {count} réponse.',
  'poll.hintUpToAnswers.many': 'Choisissez jusqu’à {count} de réponses.',
  'poll.hintUpToAnswers.other': 'Choisissez jusqu’à {count} réponses.',
  'poll.hintUpToWords.one': 'Écrivez jusqu’à {count} mot ou expression courte.',
  'poll.hintUpToWords.many': 'Écrivez jusqu’à {count} de mots ou expressions courtes.',
  'poll.hintUpToWords.other': 'Écrivez jusqu’à {count} mots ou expressions courtes.',
  // The actions `participant.only` names (src/core), said in this language inside its refusal.
  'participantAction.raiseAHand': 'lever la main',
  'participantAction.lowerTheirHand': 'baisser la main',
  'participantAction.handTheFloorBack': 'rendre la parole',
  'participantAction.acceptTheCodeOfConduct': 'accepter le code de conduite',
  'participantAction.haveAChannel': 'choisir la salle ou en ligne',
  'participantAction.declareGroups': 'déclarer leurs groupes',
  'participantAction.askQuestions': 'poser des questions',
  'participantAction.upvote': 'soutenir des questions',
  'participantAction.vote': 'voter',
};

export const pluralCountsPublicFr: Readonly<Record<string, string>> = {
  'before.durationMinutes.one': '{count} minute',
  'before.durationMinutes.many': '{count} de minutes',
  'before.durationMinutes.other': '{count} minutes',
};
