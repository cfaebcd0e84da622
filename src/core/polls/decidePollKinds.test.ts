import { describe, expect, it } from 'vitest';
import type { Actor } from '../decideContext.ts';
import { pollSession as session, reason } from '../../../test/support/pollDecisions.ts';
import type { Decision } from '../errors.ts';
import type { DomainEvent } from '../events.ts';
import { sessionPlanSchema } from '../plan.ts';
import { entryKey } from './entryKey.ts';

const ALICE: Actor = { role: 'participant', participantId: 'u1' };

function castOptions(decision: Decision<DomainEvent>): readonly string[] | null {
  const event = decision.ok ? decision.events[0] : undefined;
  return event?.type === 'vote.cast' ? event.optionIds : null;
}

describe('poll kinds in decide', () => {
  it('POLL-20: a multiple-choice ballot names at most maxChoices options', () => {
    const s = session([{ question: 'Pick', kind: 'multiple', options: ['a', 'b', 'c'], maxChoices: 2 }]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2', 'o3'] }, ALICE))).toBe('poll.tooManyChoices');
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o3'] }, ALICE))).toBe('ok');
  });

  it('POLL-20: the plan refuses options where a kind takes none, too few where it needs them, and a quiz without a correct option', () => {
    const parse = (poll: object) => sessionPlanSchema.safeParse({ title: 'T', polls: [poll] }).success;
    expect(parse({ question: 'Q', kind: 'wordcloud', options: ['a', 'b'] })).toBe(false);
    expect(parse({ question: 'Q', kind: 'ranking', options: ['a'] })).toBe(false);
    expect(parse({ question: 'Q', kind: 'quiz', options: ['a', 'b'] })).toBe(false);
    expect(parse({ question: 'Q', kind: 'quiz', options: ['a', 'b'], correct: [2] })).toBe(false);
    expect(parse({ question: 'Q', kind: 'single', options: ['a', 'b'], maxChoices: 1 })).toBe(false);
    expect(parse({ question: 'Q', kind: 'rating', scale: { max: 10, minLabel: 'No', maxLabel: 'Yes' } })).toBe(true);
  });

  it('POLL-22: a rating poll’s options are its points, lowest first, and a ballot names one', () => {
    const s = session([{ question: 'Rate', kind: 'rating', scale: { min: 0, max: 4 } }]);
    expect(s.state.polls['p1']?.options.map((o) => o.label)).toEqual(['0', '1', '2', '3', '4']);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2'] }, ALICE))).toBe('poll.exactlyOne');
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o5'] }, ALICE))).toBe('ok');
  });

  it('POLL-23: a ranking ballot places every option once', () => {
    const s = session([{ question: 'Order', kind: 'ranking', options: ['a', 'b', 'c'] }]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2'] }, ALICE))).toBe('poll.rankAll');
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o1', 'o2'] }, ALICE))).toBe('poll.optionTwice');
    expect(castOptions(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o3', 'o1', 'o2'] }, ALICE))).toEqual(['o3', 'o1', 'o2']);
  });

  it('POLL-24: word-cloud words are normalised, stop words dropped, the same word counted once per ballot', () => {
    const s = session([{ question: 'One word', kind: 'wordcloud', maxWords: 2 }]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, ALICE))).toBe('poll.writeInstead');
    expect(reason(s.run({ type: 'poll.write', pollId: 'p1', entries: ['a', 'b', 'c'] }, ALICE))).toBe('poll.tooManyWords');
    expect(reason(s.run({ type: 'poll.write', pollId: 'p1', entries: ['the', 'et'] }, ALICE))).toBe('poll.noWords');
    expect(castOptions(s.run({ type: 'poll.write', pollId: 'p1', entries: ['Safety!', 'the safety'] }, ALICE))).toEqual(['safety']);
  });

  it('POLL-24/25: a moderator hides or approves an entry by its key; only word clouds and open text have entries', () => {
    const s = session([{ question: 'Say', kind: 'open_text' }, { question: 'Pick', options: ['a', 'b'] }]);
    const key = entryKey('Teach parents');
    expect(reason(s.run({ type: 'poll.judge', pollId: 'p1', key, verdict: 'hidden' }))).toBe('ok');
    expect(s.state.polls['p1']?.verdicts).toEqual({ [key]: 'hidden' });
    expect(reason(s.run({ type: 'poll.judge', pollId: 'p1', key, verdict: 'hidden' }))).toBe('poll.alreadyJudged');
    expect(reason(s.run({ type: 'poll.judge', pollId: 'p1', key, verdict: null }))).toBe('ok');
    expect(s.state.polls['p1']?.verdicts).toEqual({});
    expect(reason(s.run({ type: 'poll.judge', pollId: 'p2', key, verdict: 'hidden' }))).toBe('poll.nothingToJudge');
  });

  it('POLL-25: an open-text ballot is one answer, spaces collapsed', () => {
    const s = session([{ question: 'Say', kind: 'open_text' }]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(reason(s.run({ type: 'poll.write', pollId: 'p1', entries: ['a', 'b'] }, ALICE))).toBe('poll.oneAnswer');
    expect(reason(s.run({ type: 'poll.write', pollId: 'p1', entries: ['   '] }, ALICE))).toBe('poll.emptyAnswer');
    expect(castOptions(s.run({ type: 'poll.write', pollId: 'p1', entries: ['  Teach\n parents '] }, ALICE))).toEqual(['Teach parents']);
  });

  it('POLL-26: a quiz takes answers until its timer runs out', () => {
    const s = session([{ question: 'Capital?', kind: 'quiz', options: ['Paris', 'Rome'], correct: [0], timerSeconds: 10 }]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.tick(9_000);
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, ALICE))).toBe('ok');
    s.tick(2_000);
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o2'] }, ALICE))).toBe('poll.timeUp');
  });
});
