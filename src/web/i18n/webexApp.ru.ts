/**
 * Russian texts of the pages as a Webex embedded app (issue 17, INTEG-12): what the participant
 * page says inside Webex. Spread into the later part (later.<lang>.ts).
 */
export const webexAppRu = {
  'calls.inWebex': 'Подключено через Webex: вы участвуете онлайн. Поднимайте руку здесь: рука, поднятая в Webex, не доходит до OpenFloor.',
} as const;
