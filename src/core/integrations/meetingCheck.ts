import type { Platform } from './onlinePlatform.ts';

/**
 * Whether a call is the meeting the host attached to the session (INTEG-6, INTEG-13, INTEG-14):
 * one rule for the webhooks the server ignores and for the pages that run inside a meeting, on
 * every platform. Ids are compared as written, spaces around them aside; a session without a
 * meeting id accepts any.
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

/** The meeting the host attached to a session: its platform (null when none is chosen) and id. */
export interface SessionMeeting {
  readonly platform: Platform | null;
  readonly meetingId: string;
}

/** What a page inside a call knows of it: the platform it runs in, the meeting's id, and whether that id is the real one. */
export interface CallMeeting {
  readonly platform: Platform;
  readonly meetingId: string | null;
  readonly realId: boolean;
}

/**
 * The meeting check of a page inside a call (INTEG-13, INTEG-14), whatever the platform: a call
 * on another platform than the session's is another meeting (ids of two platforms are never the
 * same meeting), else the ids are compared by `checkMeeting`.
 */
export function checkCallMeeting(session: SessionMeeting, call: CallMeeting): MeetingCheck {
  if (session.meetingId.trim() === '') return 'unset';
  if (session.platform !== null && session.platform !== call.platform) return 'other';
  return checkMeeting(session.meetingId, call.meetingId, call.realId);
}
