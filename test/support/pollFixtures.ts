import type { Poll } from '../../src/core/polls/pollTypes.ts';
import { pollView, type PollView } from '../../src/core/polls/pollViews.ts';

/**
 * One builder of polls for tests: every field at the value a fresh yes/no draft has, so a test
 * names only what it is about, and a field added to `Poll` is added here once.
 */
export function makePoll(over: Partial<Poll> = {}): Poll {
  return {
    id: 'p1',
    question: 'Q',
    kind: 'single',
    options: [
      { id: 'o1', label: 'Yes' },
      { id: 'o2', label: 'No' },
    ],
    resultsVisibility: 'live',
    status: 'draft',
    revealed: false,
    createdAt: 0,
    openedAt: null,
    closedAt: null,
    agendaItem: null,
    maxChoices: null,
    scale: null,
    maxWords: null,
    correct: [],
    timerSeconds: null,
    verdicts: {},
    pairedWith: null,
    shownBreakdown: null,
    ...over,
  };
}

/** A poll as staff's client sees it (an open yes/no poll unless told otherwise). */
export function makePollView(over: Partial<PollView> = {}): PollView {
  const view = pollView('staff', makePoll({ status: 'open' }));
  if (!view) throw new Error('staff see every poll');
  return { ...view, ...over };
}
