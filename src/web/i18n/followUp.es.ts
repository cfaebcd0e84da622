/**
 * Spanish texts of the host's follow-up event (REPORT-13): the phone's sign-up card and the
 * host's panel. Spread into the later part (later.<lang>.ts): a phone shows the card only when
 * the host announced an event, so its texts are fetched when it first shows (WEB-7).
 */
export const followUpEs = {
  'followUp.heading': 'Después de esta sesión',
  'followUp.kind.webinar': 'Seminario web',
  'followUp.kind.training': 'Formación',
  'followUp.kind.partnership_call': 'Convocatoria de alianzas',
  'followUp.when': 'Cuándo: {time}',
  'followUp.ageQuestion': '¿Tiene menos de 18 años?',
  'followUp.ageYes': 'Sí, tengo menos de 18 años',
  'followUp.ageNo': 'No, tengo 18 años o más',
  'followUp.youthLink': 'No le pedimos correo electrónico ni número de teléfono. Puede saber más en la página de los organizadores:',
  'followUp.youthNoLink': 'No le pedimos correo electrónico ni número de teléfono. Pregunte a los organizadores cómo participar.',
  'followUp.publicLink': 'La página de los organizadores',
  'followUp.contact': 'Su correo electrónico o número de teléfono',
  'followUp.contactHint': 'Solo lo ve el anfitrión. Se borra con los datos de la sesión.',
  'followUp.consent': 'Usar mi contacto solo para informarme sobre este evento.',
  'followUp.signUp': 'Inscribirme',
  'followUp.signedUp': 'Ya está inscrito. El anfitrión le contactará solo sobre este evento.',
  'followUp.failed': 'No funcionó. Revise su contacto e inténtelo de nuevo.',
  'followUp.announce': 'Anunciar',
} as const;
