/**
 * The Spanish texts a page needs only after its first screen, a text part of its own
 * (I18N-2) fetched when the browser is idle or when one of them is first wanted (WEB-7): the
 * refusals, a breakdown shown beside a poll, a paired poll's before-and-after table and the
 * notes of a page inside a call, the follow-up sign-up. The phone's first script carries none of them.
 */
import { shownBreakdownEs } from './breakdowns.es.ts';
import { callMeetingEs } from './callMeeting.es.ts';
import { followUpEs } from './followUp.es.ts';
import { pollShiftPublicEs } from './pollShift.es.ts';
import { refusalsEs } from './refusals.es.ts';
import { webexAppEs } from './webexApp.es.ts';

export const laterEs = { ...refusalsEs, ...shownBreakdownEs, ...pollShiftPublicEs, ...callMeetingEs, ...webexAppEs, ...followUpEs };
