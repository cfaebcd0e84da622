/**
 * The French texts a page needs only after its first screen, a text part of its own
 * (I18N-2) fetched when the browser is idle or when one of them is first wanted (WEB-7): the
 * refusals, a breakdown shown beside a poll, a paired poll's before-and-after table and the
 * notes of a page inside a call, the follow-up sign-up. The phone's first script carries none of them.
 */
import { shownBreakdownFr } from './breakdowns.fr.ts';
import { callMeetingFr } from './callMeeting.fr.ts';
import { followUpFr } from './followUp.fr.ts';
import { pollShiftPublicFr } from './pollShift.fr.ts';
import { refusalsFr } from './refusals.fr.ts';
import { webexAppFr } from './webexApp.fr.ts';

export const laterFr = { ...refusalsFr, ...shownBreakdownFr, ...pollShiftPublicFr, ...callMeetingFr, ...webexAppFr, ...followUpFr };
