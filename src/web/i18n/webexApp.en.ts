/**
 * English texts of the pages as a Webex embedded app (issue 17, INTEG-12): what the participant
 * page says inside Webex. Spread into the later part (later.<lang>.ts).
 */
export const webexAppEn = {
  'calls.inWebex': 'Connected in Webex: you take part online. Raise your hand here: a hand raised in Webex does not reach OpenFloor.',
} as const;
