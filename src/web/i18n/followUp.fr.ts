/**
 * French texts of the host's follow-up event (REPORT-13): the phone's sign-up card and the
 * host's panel. Spread into the later part (later.<lang>.ts): a phone shows the card only when
 * the host announced an event, so its texts are fetched when it first shows (WEB-7).
 */
export const followUpFr = {
  'followUp.heading': 'Après cette session',
  'followUp.kind.webinar': 'Webinaire',
  'followUp.kind.training': 'Formation',
  'followUp.kind.partnership_call': 'Appel à partenariats',
  'followUp.when': 'Quand : {time}',
  'followUp.ageQuestion': 'Avez-vous moins de 18 ans ?',
  'followUp.ageYes': 'Oui, j’ai moins de 18 ans',
  'followUp.ageNo': 'Non, j’ai 18 ans ou plus',
  'followUp.youthLink': 'Nous ne vous demandons ni e-mail ni numéro de téléphone. Pour en savoir plus, voyez la page des organisateurs :',
  'followUp.youthNoLink': 'Nous ne vous demandons ni e-mail ni numéro de téléphone. Demandez aux organisateurs comment participer.',
  'followUp.publicLink': 'La page des organisateurs',
  'followUp.contact': 'Votre e-mail ou numéro de téléphone',
  'followUp.contactHint': 'Seul l’hôte le voit. Il est supprimé avec les données de la session.',
  'followUp.consent': 'Utiliser mon contact uniquement pour m’informer de cet événement.',
  'followUp.signUp': 'M’inscrire',
  'followUp.signedUp': 'Vous êtes inscrit(e). L’hôte vous contactera uniquement au sujet de cet événement.',
  'followUp.failed': 'Cela n’a pas marché. Vérifiez votre contact et réessayez.',
  'followUp.announce': 'Annoncer',
} as const;
