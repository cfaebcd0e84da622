import type { MyFloorView } from '../../core/floor/floorViews.ts';
import type { MyQuestionView } from '../../core/qa/qaViews.ts';
import type { MessageKey } from '../i18n/index.ts';

/** What of a participant's own state the announcements compare (A11Y-3). */
export interface AnnouncedState {
  readonly myVotes: Readonly<Record<string, readonly string[]>>;
  readonly myFloor: MyFloorView;
  readonly mine: readonly MyQuestionView[];
}

function sameVote(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).length === (b ?? []).length && (a ?? []).every((id) => b?.includes(id));
}

/**
 * The changes that matter to a participant between two states, as messages to announce
 * politely (A11Y-3): your vote is counted, you are next, you have the floor, your question was
 * published. Only changes are announced: a page that reconnects with the same state says nothing.
 */
export function announcementsBetween(before: AnnouncedState, after: AnnouncedState): MessageKey[] {
  const found: MessageKey[] = [];
  const voted = Object.entries(after.myVotes).some(([pollId, vote]) => vote.length > 0 && !sameVote(before.myVotes[pollId], vote));
  if (voted) found.push('poll.confirmed');
  if (after.myFloor.speaking && !before.myFloor.speaking) found.push('floor.youHaveTheFloor');
  else if (!after.myFloor.speaking && after.myFloor.position === 0 && before.myFloor.position !== 0) found.push('floor.youAreNext');
  const waitedBefore = new Set(before.mine.filter((q) => q.status === 'pending' || q.status === 'held').map((q) => q.id));
  if (after.mine.some((q) => q.status === 'published' && waitedBefore.has(q.id))) found.push('a11y.questionPublished');
  return found;
}
