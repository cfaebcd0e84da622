/**
 * The Arabic texts a page needs only after its first screen, a text part of its own
 * (I18N-2) fetched when the browser is idle or when one of them is first wanted (WEB-7): the
 * refusals, a breakdown shown beside a poll, a paired poll's before-and-after table and the
 * notes of a page inside a call, the follow-up sign-up. The phone's first script carries none of them.
 */
import { shownBreakdownAr } from './breakdowns.ar.ts';
import { callMeetingAr } from './callMeeting.ar.ts';
import { followUpAr } from './followUp.ar.ts';
import { pollShiftPublicAr } from './pollShift.ar.ts';
import { refusalsAr } from './refusals.ar.ts';
import { webexAppAr } from './webexApp.ar.ts';

export const laterAr = { ...refusalsAr, ...shownBreakdownAr, ...pollShiftPublicAr, ...callMeetingAr, ...webexAppAr, ...followUpAr };
