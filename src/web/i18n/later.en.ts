/**
 * The English texts a page needs only after its first screen, a text part of its own
 * (I18N-2) fetched when the browser is idle or when one of them is first wanted (WEB-7): the
 * refusals, a breakdown shown beside a poll, a paired poll's before-and-after table and the
 * notes of a page inside a call, the follow-up sign-up. The phone's first script carries none of them.
 */
import { shownBreakdownEn } from './breakdowns.en.ts';
import { callMeetingEn } from './callMeeting.en.ts';
import { followUpEn } from './followUp.en.ts';
import { pollShiftPublicEn } from './pollShift.en.ts';
import { refusalsEn } from './refusals.en.ts';
import { webexAppEn } from './webexApp.en.ts';

export const laterEn = { ...refusalsEn, ...shownBreakdownEn, ...pollShiftPublicEn, ...callMeetingEn, ...webexAppEn, ...followUpEn };
