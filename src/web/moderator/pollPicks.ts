import type { PollView } from '../../core/polls/pollViews.ts';

/** The open polls, most recently opened first. */
export function openPolls(polls: readonly PollView[]): PollView[] {
  return polls.filter((p) => p.status === 'open').sort((a, b) => (b.openedAt ?? 0) - (a.openedAt ?? 0));
}

/**
 * The poll the cockpit offers to open next (COCKPIT-2, the P key): the first draft prepared for
 * the running agenda item, else the first draft of the session; null when there is none.
 */
export function readyPoll(polls: readonly PollView[], agendaItem: number | null): PollView | null {
  const drafts = polls.filter((p) => p.status === 'draft');
  return (agendaItem === null ? undefined : drafts.find((p) => p.agendaItem === agendaItem)) ?? drafts[0] ?? null;
}
