/**
 * Whether a call is the meeting the host attached to the session (INTEG-6, INTEG-13): one rule
 * for the webhooks the server ignores and for the pages that run inside a meeting. Ids are
 * compared as written, spaces around them aside; a session without a meeting id accepts any.
 */

/** What a page inside a meeting can say about it. */
export type MeetingCheck =
  /** The host attached no meeting id: nothing to compare. */
  | 'unset'
  | 'same'
  /** Another meeting than the session's: the moderator is told so. */
  | 'other'
  /** The platform gave no id, or a stand-in that cannot be compared (Webex's derived ids). */
  | 'unverifiable';

/** Whether a call named `meetingId` is another meeting than the session's `sessionMeetingId`; an unnamed call is not. */
export function isOtherMeeting(sessionMeetingId: string, meetingId: string | null): boolean {
  const expected = sessionMeetingId.trim();
  const actual = meetingId?.trim() ?? '';
  return expected !== '' && actual !== '' && actual !== expected;
}

/**
 * What a page inside a meeting knows of it against the session's meeting id. `realId` says the
 * platform gave the meeting's real id (Webex gives a derived one unless the app may read private
 * data), without which no comparison can be made.
 */
export function checkMeeting(sessionMeetingId: string, meetingId: string | null, realId: boolean): MeetingCheck {
  if (sessionMeetingId.trim() === '') return 'unset';
  if (!realId || meetingId === null || meetingId.trim() === '') return 'unverifiable';
  return isOtherMeeting(sessionMeetingId, meetingId) ? 'other' : 'same';
}
