import { describe, expect, it } from 'vitest';
import { pollSession as session, reason } from '../../../test/support/pollDecisions.ts';
import { STAFF_ROLES } from '../roles.ts';
import { pollCommands } from './pollCommands.ts';

describe('poll pairs in decide (POLL-34)', () => {
  const yesNo = { question: 'Do you know the SDGs?', options: ['Yes', 'No'] };

  it('POLL-34: a later poll with the same question pairs with an earlier one; unpairing and deleting the earlier poll end the pair', () => {
    const s = session([yesNo, yesNo, { ...yesNo, kind: 'multiple' as const }, { question: 'Other', options: ['Yes', 'Maybe'] }, { question: 'Words', kind: 'wordcloud' as const }, { question: 'Words', kind: 'wordcloud' as const }]);
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p1', beforeId: 'p2' }))).toBe('poll.pairOrder');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p2' }))).toBe('poll.pairSelf');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p3', beforeId: 'p1' }))).toBe('poll.pairKind');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p4', beforeId: 'p1' }))).toBe('poll.pairOptions');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p6', beforeId: 'p5' }))).toBe('poll.pairKind');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'nope' }))).toBe('poll.notFound');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: null }))).toBe('poll.notPaired');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p1' }))).toBe('ok');
    expect(s.state.polls['p2']?.pairedWith).toBe('p1');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p1' }))).toBe('poll.alreadyPaired');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: null }))).toBe('ok');
    expect(s.state.polls['p2']?.pairedWith).toBeNull();
    s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p1' });
    expect(reason(s.run({ type: 'poll.delete', pollId: 'p1' }))).toBe('ok');
    expect(s.state.polls['p2']?.pairedWith).toBeNull();
  });

  it('POLL-34: only staff may pair polls', () => {
    expect(pollCommands['poll.pair'].roles).toEqual(STAFF_ROLES);
  });
});
