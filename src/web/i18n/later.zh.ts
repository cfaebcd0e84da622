/**
 * The Chinese texts a page needs only after its first screen, a text part of its own
 * (I18N-2) fetched when the browser is idle or when one of them is first wanted (WEB-7): the
 * refusals, a breakdown shown beside a poll, a paired poll's before-and-after table and the
 * notes of a page inside a call, the follow-up sign-up. The phone's first script carries none of them.
 */
import { shownBreakdownZh } from './breakdowns.zh.ts';
import { callMeetingZh } from './callMeeting.zh.ts';
import { followUpZh } from './followUp.zh.ts';
import { pollShiftPublicZh } from './pollShift.zh.ts';
import { refusalsZh } from './refusals.zh.ts';
import { webexAppZh } from './webexApp.zh.ts';

export const laterZh = { ...refusalsZh, ...shownBreakdownZh, ...pollShiftPublicZh, ...callMeetingZh, ...webexAppZh, ...followUpZh };
