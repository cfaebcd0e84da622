import { describe, expect, it } from 'vitest';
import { pollSession as session, reason } from '../../../test/support/pollDecisions.ts';
import { STAFF_ROLES } from '../roles.ts';
import { pollCommands } from './pollCommands.ts';
import { pollView } from './pollViews.ts';

describe('a breakdown shown to the public (POLL-60)', () => {
  it('POLL-60: a moderator shows a choice poll by channel, switches to regions and hides it again; words and ranks have no shares to show', () => {
    const s = session([{ question: 'Safe online?', options: ['Yes', 'No'] }, { question: 'One word', kind: 'wordcloud' as const }, { question: 'Order', kind: 'ranking' as const, options: ['A', 'B'] }]);
    expect(s.state.polls['p1']?.shownBreakdown).toBeNull();
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'p1', dimension: null }))).toBe('poll.breakdownAlreadyShown');
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'p1', dimension: 'channel' }))).toBe('ok');
    expect(s.state.polls['p1']?.shownBreakdown).toBe('channel');
    expect(pollView('public', { ...(s.state.polls['p1'] ?? fail()), status: 'open' })?.shownBreakdown).toBe('channel');
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'p1', dimension: 'channel' }))).toBe('poll.breakdownAlreadyShown');
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'p1', dimension: 'regionalGroup' }))).toBe('ok');
    expect(s.state.polls['p1']?.shownBreakdown).toBe('regionalGroup');
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'p1', dimension: null }))).toBe('ok');
    expect(s.state.polls['p1']?.shownBreakdown).toBeNull();
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'p2', dimension: 'channel' }))).toBe('poll.noBreakdown');
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'p3', dimension: 'channel' }))).toBe('poll.noBreakdown');
    expect(reason(s.run({ type: 'poll.showBreakdown', pollId: 'nope', dimension: 'channel' }))).toBe('poll.notFound');
  });

  it('POLL-60: only staff choose what the public sees', () => {
    expect(pollCommands['poll.showBreakdown'].roles).toEqual(STAFF_ROLES);
    expect(pollCommands['poll.showBreakdown'].schema.safeParse({ type: 'poll.showBreakdown', pollId: 'p1', dimension: 'gender' }).success).toBe(false);
  });
});

function fail(): never {
  throw new Error('no such poll');
}
