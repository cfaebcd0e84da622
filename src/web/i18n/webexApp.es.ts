/**
 * Spanish texts of the pages as a Webex embedded app (issue 17, INTEG-12): what the participant
 * page says inside Webex. Spread into the later part (later.<lang>.ts).
 */
export const webexAppEs = {
  'calls.inWebex': 'Conectado en Webex: participa en línea. Levante la mano aquí: una mano levantada en Webex no llega a OpenFloor.',
} as const;
