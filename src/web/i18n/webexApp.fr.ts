/**
 * French texts of the pages as a Webex embedded app (issue 17, INTEG-12): what the participant
 * page says inside Webex. Spread into the later part (later.<lang>.ts).
 */
export const webexAppFr = {
  'calls.inWebex': 'Connecté dans Webex : vous participez en ligne. Levez la main ici : une main levée dans Webex n’arrive pas dans OpenFloor.',
} as const;
