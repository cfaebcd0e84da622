import type { CallMeeting, MeetingCheck } from '../../core/integrations/meetingCheck.ts';
import { checkSessionMeeting } from '../../client/joinApi.ts';
import { openedAsWebexApp, webexCall, webexContext } from './webexApp.ts';
import { openedAsZoomApp, zoomCall, zoomContext } from './zoomApp.ts';

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

/**
 * What a participant's page does about the call it runs in (INTEG-4, INTEG-12, INTEG-14):
 * `other` when it is inside a Zoom or Webex meeting that is not the session's (say so, and
 * go on only when the person does); `online` when it is inside a call otherwise (online by
 * where they are; a Zoom client that does not answer in time counts so); `ask` inside Webex but
 * not in a meeting; null outside any call.
 */
export type CallPlace = 'other' | 'online' | 'ask';

export async function callPlace(code: string): Promise<CallPlace | null> {
  if (openedAsZoomApp()) {
    const context = await zoomContext();
    return context?.runningContext === 'inMeeting' && (await participantMeetingCheck(code, zoomCall(context))) === 'other' ? 'other' : 'online';
  }
  if (openedAsWebexApp()) {
    const context = await webexContext();
    if (!context?.displayContext.startsWith('MEETING')) return 'ask';
    return (await participantMeetingCheck(code, webexCall(context))) === 'other' ? 'other' : 'online';
  }
  return null;
}

/** Whether the page runs inside a call's app at all (then `callPlace` has something to say). */
export function openedInCall(): boolean {
  return openedAsZoomApp() || openedAsWebexApp();
}
