/**
 * English texts of the moderator's console as a Webex embedded app (issue 17, INTEG-13). Spread
 * into the English staff catalog.
 */
export const webexConsoleStaffEn = {
  'calls.webexConsole.connected': 'Open in Webex. Hands raised in Webex do not reach the queue: online participants raise theirs on their OpenFloor page.',
  'calls.webexConsole.otherMeeting': 'This Webex meeting is not the one set for this session. Its attendance and chat questions are not counted here. Check the meeting id on the host page, or open the session in its own meeting.',
  'calls.webexConsole.meetingUnverifiable': 'Webex does not give this app the meeting’s real id, so OpenFloor cannot check that this is the session’s meeting.',
  'calls.webexConsole.thisMeetingId': 'This meeting’s id',
  'calls.webexConsole.sessionMeetingId': 'The session’s meeting id',
  'calls.webexConsole.notCohost': 'You are not host or cohost of this Webex meeting: to unmute an online speaker when they get the floor, ask the host to make you cohost.',
} as const;
