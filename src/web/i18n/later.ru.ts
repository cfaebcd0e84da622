/**
 * The Russian texts a page needs only after its first screen, a text part of its own
 * (I18N-2) fetched when the browser is idle or when one of them is first wanted (WEB-7): the
 * refusals, a breakdown shown beside a poll, a paired poll's before-and-after table and the
 * notes of a page inside a call, the follow-up sign-up. The phone's first script carries none of them.
 */
import { shownBreakdownRu } from './breakdowns.ru.ts';
import { callMeetingRu } from './callMeeting.ru.ts';
import { followUpRu } from './followUp.ru.ts';
import { pollShiftPublicRu } from './pollShift.ru.ts';
import { refusalsRu } from './refusals.ru.ts';
import { webexAppRu } from './webexApp.ru.ts';

export const laterRu = { ...refusalsRu, ...shownBreakdownRu, ...pollShiftPublicRu, ...callMeetingRu, ...webexAppRu, ...followUpRu };
