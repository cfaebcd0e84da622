/** Webex 中主持人控制台的中文文本（issue 17，INTEG-13）。 */
export const webexConsoleStaffZh = {
  'calls.webexConsole.connected': '已在 Webex 中打开。在 Webex 中举手不会进入发言队列：在线参与者请在自己的 OpenFloor 页面举手。',
  'calls.webexConsole.otherMeeting': '此 Webex 会议不是为本场会议设定的会议。这里不计入它的出席人数和聊天提问。请在主持人页面核对会议 ID，或在本场会议自己的 Webex 会议中打开。',
  'calls.webexConsole.meetingUnverifiable': 'Webex 没有向此应用提供会议的真实 ID，因此 OpenFloor 无法核实这是不是本场会议的 Webex 会议。',
  'calls.webexConsole.thisMeetingId': '此会议的 ID',
  'calls.webexConsole.sessionMeetingId': '本场会议设定的会议 ID',
  'calls.webexConsole.notCohost': '您不是此 Webex 会议的主持人或联席主持人：要在在线发言人获得发言权时为其取消静音，请让主持人将您设为联席主持人。',
} as const;
