import { describe, expect, it } from 'vitest';
import type { PollView } from '../../core/polls/pollViews.ts';
import type { QuestionView } from '../../core/qa/qaViews.ts';
import { openPolls, readyPoll } from './pollPicks.ts';
import { keptSelection, stepSelection, waitingQuestions } from './reviewQueue.ts';
import { makePollView } from '../../../test/support/pollFixtures.ts';

function question(id: string, status: QuestionView['status'], channel: QuestionView['channel'], askedAt: number): QuestionView {
  return { id, version: 1, text: id, displayName: null, status, channel, askedAt, agendaItem: null, upvotes: 0, labels: [], reply: null, answeredAt: null, flags: [], stakeholderGroup: null, forwarded: null, mergedInto: null, mergedCount: 0, editedByModerator: false };
}

const questions = [
  question('a', 'pending', 'onsite', 1),
  question('b', 'held', 'online', 2),
  question('c', 'published', 'online', 3),
  question('d', 'pending', 'online', 4),
  question('e', 'held', 'onsite', 5),
];

describe('the review queue (COCKPIT-3, COCKPIT-4)', () => {
  it('COCKPIT-3: held questions first, then pending, each by time of asking; published ones are not waiting', () => {
    expect(waitingQuestions(questions).map((q) => q.id)).toEqual(['b', 'e', 'a', 'd']);
  });

  it('COCKPIT-4: the online moderator’s console lists the online room’s questions first', () => {
    expect(waitingQuestions(questions, 'online').map((q) => q.id)).toEqual(['b', 'd', 'e', 'a']);
  });

  it('COCKPIT-3: J and K walk the list and stop at its ends; without a selection they start at an end', () => {
    const ids = ['b', 'e', 'a'];
    expect(stepSelection(ids, null, 1)).toBe('b');
    expect(stepSelection(ids, null, -1)).toBe('a');
    expect(stepSelection(ids, 'b', 1)).toBe('e');
    expect(stepSelection(ids, 'a', 1)).toBe('a');
    expect(stepSelection(ids, 'b', -1)).toBe('b');
    expect(stepSelection([], 'b', 1)).toBeNull();
  });

  it('COCKPIT-3: a question that leaves the list hands the selection to the one after it, else the last', () => {
    expect(keptSelection(['b', 'e', 'a'], ['b', 'a'], 'e')).toBe('a');
    expect(keptSelection(['b', 'e', 'a'], ['b', 'e'], 'a')).toBe('e');
    expect(keptSelection(['b', 'e', 'a'], ['e', 'a', 'x'], 'e')).toBe('e');
    expect(keptSelection(['b'], [], 'b')).toBeNull();
    expect(keptSelection(['b'], ['x'], null)).toBeNull();
  });
});

function poll(id: string, status: PollView['status'], agendaItem: number | null, openedAt: number | null = null): PollView {
  return makePollView({ id, question: id, options: [], status, resultsPublic: true, openedAt, closedAt: null, agendaItem });
}

describe('the poll the P key acts on (COCKPIT-2)', () => {
  it('COCKPIT-2: the ready poll is the running item’s first draft, else the first draft; open polls newest first', () => {
    const polls = [poll('p1', 'closed', 0), poll('p2', 'draft', null), poll('p3', 'draft', 2), poll('p4', 'open', 1, 10), poll('p5', 'open', null, 20)];
    expect(readyPoll(polls, 2)?.id).toBe('p3');
    expect(readyPoll(polls, 1)?.id).toBe('p2');
    expect(readyPoll(polls, null)?.id).toBe('p2');
    expect(readyPoll([poll('p1', 'closed', 0)], 0)).toBeNull();
    expect(openPolls(polls).map((p) => p.id)).toEqual(['p5', 'p4']);
  });
});
