/** Textes français de la console de modération dans Webex (issue 17, INTEG-13). */
export const webexConsoleStaffFr = {
  'calls.webexConsole.connected': 'Ouvert dans Webex. Les mains levées dans Webex n’arrivent pas dans la file : les participants en ligne lèvent la main sur leur page OpenFloor.',
  'calls.webexConsole.otherMeeting': 'Cette réunion Webex n’est pas celle prévue pour cette session. Ses présences et ses questions de chat ne sont pas comptées ici. Vérifiez l’identifiant de réunion sur la page de l’hôte, ou ouvrez la session dans sa propre réunion.',
  'calls.webexConsole.meetingUnverifiable': 'Webex ne donne pas à cette application l’identifiant réel de la réunion : OpenFloor ne peut pas vérifier que c’est celle de la session.',
  'calls.webexConsole.thisMeetingId': 'Identifiant de cette réunion',
  'calls.webexConsole.sessionMeetingId': 'Identifiant de la réunion de la session',
  'calls.webexConsole.notCohost': 'Vous n’êtes ni organisateur ni co-organisateur de cette réunion Webex : pour réactiver le micro d’un intervenant en ligne quand il a la parole, demandez à l’organisateur de vous nommer co-organisateur.',
} as const;
