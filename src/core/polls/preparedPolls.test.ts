import { describe, expect, it } from 'vitest';
import { createSession } from '../decide.ts';
import { evolve, replay } from '../session.ts';
import { sessionPlanSchema, type SessionPlanInput } from '../plan.ts';
import type { SessionState } from '../sessionState.ts';
import { updatedPollEvents } from './preparedPolls.ts';

const NOW = 1_700_000_000_000;

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${String(++n)}`;
}

const yesNo = { question: 'Do you trust platforms to protect children?', options: ['Yes', 'No', 'Not sure'] };

function plan(polls: SessionPlanInput['polls']): SessionPlanInput {
  return { title: 'Round table', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }, { title: 'Closing', plannedMinutes: 5, kind: 'closing' }], polls };
}

/** The messages of a refused plan by path. */
function problems(input: SessionPlanInput): Record<string, string> {
  const result = sessionPlanSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]));
}

function started(input: SessionPlanInput): SessionState {
  return replay(createSession(sessionPlanSchema.parse(input), { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: counter('p') }));
}

describe('prepared before-and-after polls (POLL-36)', () => {
  it('POLL-36: a prepared poll may repeat an earlier one of the same kind with the same options', () => {
    expect(problems(plan([{ ...yesNo, agendaItem: 0 }, { ...yesNo, agendaItem: 1, repeats: 0 }]))).toEqual({});
    expect(problems(plan([{ question: 'Rate it', kind: 'rating' }, { question: 'Rate it again', kind: 'rating', repeats: 0 }]))).toEqual({});
  });

  it('POLL-36: the repeated poll must exist, come earlier, be of the same pairable kind, and ask with the same options', () => {
    expect(problems(plan([yesNo, { ...yesNo, repeats: 5 }]))).toEqual({ 'polls.1.repeats': 'there is no poll 6' });
    expect(problems(plan([{ ...yesNo, repeats: 1 }, yesNo]))).toEqual({ 'polls.0.repeats': 'poll 2 does not come before this one' });
    expect(problems(plan([yesNo, { ...yesNo, repeats: 1 }]))).toEqual({ 'polls.1.repeats': 'poll 2 does not come before this one' });
    expect(problems(plan([yesNo, { ...yesNo, kind: 'multiple', repeats: 0 }]))).toEqual({ 'polls.1.repeats': 'poll 1 is of another kind' });
    expect(problems(plan([yesNo, { ...yesNo, options: ['Yes', 'Not sure', 'No'], repeats: 0 }]))).toEqual({ 'polls.1.repeats': 'poll 1 has other options' });
    expect(problems(plan([yesNo, { ...yesNo, options: ['Yes', 'No'], repeats: 0 }]))).toEqual({ 'polls.1.repeats': 'poll 1 has other options' });
    expect(problems(plan([{ question: 'Rate', kind: 'rating' }, { question: 'Rate', kind: 'rating', scale: { min: 0, max: 10 }, repeats: 0 }]))).toEqual({ 'polls.1.repeats': 'poll 1 has other options' });
    expect(problems(plan([{ question: 'Words', kind: 'wordcloud' }, { question: 'Words', kind: 'wordcloud', repeats: 0 }]))).toEqual({ 'polls.1.repeats': 'a wordcloud poll has no shares to compare' });
  });

  it('POLL-36: a new session pairs a repeat with the poll it repeats, both drafts, without a poll.pair', () => {
    const state = started(plan([yesNo, { question: 'Other', options: ['A', 'B'] }, { ...yesNo, repeats: 0 }]));
    expect(state.pollOrder).toEqual(['p1', 'p2', 'p3']);
    expect(state.polls['p3']?.pairedWith).toBe('p1');
    expect(state.polls['p3']?.status).toBe('draft');
    expect(state.polls['p1']?.pairedWith).toBeNull();
    expect(state.polls['p2']?.pairedWith).toBeNull();
  });

  it('POLL-36: saving the plan again changes nothing; a repeat added to a live plan becomes a paired draft', () => {
    const first = sessionPlanSchema.parse(plan([yesNo, { ...yesNo, repeats: 0 }]));
    const state = started(first);
    expect(updatedPollEvents(state, first.polls, { now: NOW, newId: counter('q') })).toEqual([]);

    const grown = sessionPlanSchema.parse(plan([yesNo, { ...yesNo, repeats: 0 }, { question: 'Again?', options: ['Yes', 'No', 'Not sure'] }, { question: 'Again?', options: ['Yes', 'No', 'Not sure'], repeats: 2 }]));
    const events = updatedPollEvents(state, grown.polls, { now: NOW, newId: counter('q') });
    expect(events.map((e) => (e.type === 'poll.created' ? `created ${e.poll.id}` : e.type === 'poll.paired' ? `paired ${e.pollId}→${String(e.beforeId)}` : e.type))).toEqual(['created q1', 'created q2', 'paired q2→q1']);
    const after = events.reduce<SessionState>((s, e, i) => evolve(s, { ...e, seq: s.seq + i + 1 } as never), state);
    expect(after.polls['q2']?.pairedWith).toBe('q1');
    expect(updatedPollEvents(after, grown.polls, { now: NOW, newId: counter('r') })).toEqual([]);
  });

  it('POLL-36: a repeat of an existing unpaired poll is paired when the plan is saved; one paired elsewhere by a moderator is left', () => {
    const alone = sessionPlanSchema.parse(plan([yesNo, { question: 'Other', options: ['Yes', 'No', 'Not sure'] }]));
    const state = started(alone);
    const repeated = sessionPlanSchema.parse(plan([yesNo, { question: 'Other', options: ['Yes', 'No', 'Not sure'], repeats: 0 }]));
    expect(updatedPollEvents(state, repeated.polls, { now: NOW, newId: counter('q') })).toEqual([{ type: 'poll.paired', at: NOW, pollId: 'p2', beforeId: 'p1' }]);
    const p2 = state.polls['p2'];
    if (!p2) throw new Error('poll 2 was not created');
    const movedByHand: SessionState = { ...state, polls: { ...state.polls, p2: { ...p2, pairedWith: 'elsewhere' } } };
    expect(updatedPollEvents(movedByHand, repeated.polls, { now: NOW, newId: counter('q') })).toEqual([]);
  });
});
