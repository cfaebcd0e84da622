/**
 * Spanish texts of issue 18's plural counts on the participant's and the public pages (see
 * pluralCounts.en.ts): one, many (millions) and other.
 */
export const pluralCountsEs: Readonly<Record<string, string>> = {
  'timer.warningLeft.one': 'Queda {count} segundo de intervención.',
  'timer.warningLeft.many': 'Quedan {count} de segundos de intervención.',
  'timer.warningLeft.other': 'Quedan {count} segundos de intervención.',
  'qa.charactersOf.one': '{used} / {count} carácter',
  'qa.charactersOf.many': '{used} / {count} de caracteres',
  'qa.charactersOf.other': '{used} / {count} caracteres',
  'qa.charactersOver.one': '{count} carácter de más',
  'qa.charactersOver.many': '{count} de caracteres de más',
  'qa.charactersOver.other': '{count} caracteres de más',
  'poll.hintUpToAnswers.one': 'Elija hasta {count} respuesta.',
  'poll.hintUpToAnswers.many': 'Elija hasta {count} de respuestas.',
  'poll.hintUpToAnswers.other': 'Elija hasta {count} respuestas.',
  'poll.hintUpToWords.one': 'Escriba hasta {count} palabra o frase corta.',
  'poll.hintUpToWords.many': 'Escriba hasta {count} de palabras o frases cortas.',
  'poll.hintUpToWords.other': 'Escriba hasta {count} palabras o frases cortas.',
  // The actions `participant.only` names (src/core), said in this language inside its refusal.
  'participantAction.raiseAHand': 'levantar la mano',
  'participantAction.lowerTheirHand': 'bajar la mano',
  'participantAction.handTheFloorBack': 'devolver la palabra',
  'participantAction.acceptTheCodeOfConduct': 'aceptar el código de conducta',
  'participantAction.haveAChannel': 'elegir la sala o en línea',
  'participantAction.declareGroups': 'declarar sus grupos',
  'participantAction.askQuestions': 'hacer preguntas',
  'participantAction.upvote': 'apoyar preguntas',
  'participantAction.vote': 'votar',
};

export const pluralCountsPublicEs: Readonly<Record<string, string>> = {
  'before.durationMinutes.one': '{count} minuto',
  'before.durationMinutes.many': '{count} de minutos',
  'before.durationMinutes.other': '{count} minutos',
};
