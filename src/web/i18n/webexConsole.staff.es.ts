/** Textos en español de la consola de moderación en Webex (issue 17, INTEG-13). */
export const webexConsoleStaffEs = {
  'calls.webexConsole.connected': 'Abierto en Webex. Las manos levantadas en Webex no llegan a la cola: los participantes en línea levantan la mano en su página de OpenFloor.',
  'calls.webexConsole.otherMeeting': 'Esta reunión de Webex no es la asignada a esta sesión. Su asistencia y sus preguntas del chat no se cuentan aquí. Compruebe el identificador de la reunión en la página del anfitrión o abra la sesión en su propia reunión.',
  'calls.webexConsole.meetingUnverifiable': 'Webex no da a esta aplicación el identificador real de la reunión, así que OpenFloor no puede comprobar que sea la reunión de la sesión.',
  'calls.webexConsole.thisMeetingId': 'Id. de esta reunión',
  'calls.webexConsole.sessionMeetingId': 'Id. de la reunión de la sesión',
  'calls.webexConsole.notCohost': 'No es anfitrión ni coanfitrión de esta reunión de Webex: para activar el micrófono de un orador en línea cuando tenga la palabra, pida al anfitrión que le haga coanfitrión.',
} as const;
