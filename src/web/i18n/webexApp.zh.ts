/**
 * Chinese texts of the pages as a Webex embedded app (issue 17, INTEG-12): what the participant
 * page says inside Webex. Spread into the later part (later.<lang>.ts).
 */
export const webexAppZh = {
  'calls.inWebex': '已通过 Webex 连接：你在线参与。请在这里举手：在 Webex 中举手不会传到 OpenFloor。',
} as const;
