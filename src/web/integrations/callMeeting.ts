import type { CallMeeting, MeetingCheck } from '../../core/integrations/meetingCheck.ts';
import { checkSessionMeeting } from '../../client/joinApi.ts';

/**
 * Whether a participant's page inside a call (any platform whose SDK names the meeting) is in
 * the session's meeting (INTEG-14). The server compares, by the rule every platform shares
 * (`checkCallMeeting`): a participant is never given the session's meeting id. A derived or
 * missing id is not sent; null when the server could not be asked (the page then goes on as if
 * nothing were set: the check must never keep anyone out).
 */
export async function participantMeetingCheck(code: string, call: CallMeeting): Promise<MeetingCheck | null> {
  const meetingId = call.meetingId?.trim() ?? '';
  if (!call.realId || meetingId === '') return 'unverifiable';
  try {
    return await checkSessionMeeting(location.origin, code, call.platform, meetingId);
  } catch {
    return null;
  }
}
