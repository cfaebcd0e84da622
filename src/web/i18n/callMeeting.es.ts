/**
 * Spanish texts of a participant's page inside a call that is not the session's meeting (issue 17,
 * INTEG-14). Spread into the later part (later.<lang>.ts).
 */
export const callMeetingEs = {
  'calls.otherMeeting.body': 'Esta sesión pertenece a otra reunión distinta de la suya. Aun así, puede participar desde aquí.',
  'calls.otherMeeting.goOn': 'Participar desde aquí',
} as const;
