import { describe, expect, it } from 'vitest';
import { sessionPlanSchema, type PreparedPoll } from '../../core/plan.ts';
import { blankPlan, blankPoll, planFromDraft, POLL_KIND_LIST, withPollKind, type PlanDraft } from './planDraft.ts';

/** POLL-39..POLL-41: every poll kind the plan takes, prepared on the host page. */

const planOf = (...polls: PreparedPoll[]): PlanDraft => ({ ...blankPlan(), title: 'Kinds', polls });
const pollOf = (kind: PreparedPoll['kind'], patch: Partial<PreparedPoll> = {}): PreparedPoll => ({ ...withPollKind({ ...blankPoll(), question: `A ${kind} poll` }, kind), ...patch });
/** The plan check's issues as "path: message". */
const issuesOf = (draft: PlanDraft) => {
  const result = sessionPlanSchema.safeParse(planFromDraft(draft));
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('POLL-39: the host form offers every kind the plan takes, with the fields each needs', () => {
  it('POLL-39: the kind list is the plan schema\'s', () => {
    expect([...POLL_KIND_LIST].sort()).toEqual([...sessionPlanSchema.shape.polls.unwrap().element.shape.kind.unwrap().options].sort());
  });

  it('POLL-39: a new kind starts with its own fields at the server defaults and without the old kind\'s', () => {
    const quiz = withPollKind({ ...blankPoll(), options: ['Yes', 'No'], maxChoices: 2 }, 'quiz');
    expect(quiz).toMatchObject({ kind: 'quiz', options: ['Yes', 'No'], correct: [], timerSeconds: 30 });
    expect(quiz).not.toHaveProperty('maxChoices');
    const rating = withPollKind(quiz, 'rating');
    expect(rating).toMatchObject({ kind: 'rating', options: [], scale: { min: 1, max: 5 } });
    expect(rating).not.toHaveProperty('correct');
    expect(rating).not.toHaveProperty('timerSeconds');
    expect(withPollKind(rating, 'wordcloud')).toMatchObject({ options: [], maxWords: 3 });
    expect(withPollKind(rating, 'wordcloud')).not.toHaveProperty('scale');
    expect(withPollKind(rating, 'open_text')).toEqual({ question: rating.question, kind: 'open_text', options: [], resultsVisibility: 'live' });
    // Back to a kind with options: two lines to fill.
    expect(withPollKind(rating, 'ranking').options).toEqual(['', '']);
    // What the host set survives a round through another kind of the same fields.
    expect(withPollKind(withPollKind(rating, 'rating'), 'rating').scale).toEqual({ min: 1, max: 5 });
  });
});

describe('POLL-40: draft and plan convert both ways for each kind', () => {
  const filled: PreparedPoll[] = [
    pollOf('single', { options: ['Yes', 'No'] }),
    pollOf('multiple', { options: ['A', 'B', 'C'], maxChoices: 2 }),
    pollOf('rating', { scale: { min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Completely' } }),
    pollOf('ranking', { options: ['First', 'Second', 'Third'] }),
    pollOf('wordcloud', { maxWords: 5 }),
    pollOf('open_text'),
    pollOf('quiz', { options: ['Paris', 'Lyon', 'Nice'], correct: [0, 2], timerSeconds: 45 }),
  ];

  it.each(filled.map((poll) => [poll.kind, poll] as const))('POLL-40: a %s poll goes from the form to a valid plan and back unchanged', (_kind, poll) => {
    const sent = planFromDraft(planOf(poll));
    const parsed = sessionPlanSchema.parse(sent);
    expect(parsed.polls).toEqual([poll]);
    // The saved plan comes back into the form as it is, and is sent again the same.
    expect(planFromDraft(parsed).polls).toEqual([poll]);
  });

  it('POLL-40: blank option lines are dropped and a quiz\'s ticked options follow their lines', () => {
    const draft = planOf(pollOf('quiz', { options: ['', 'Paris', '  ', 'Lyon', 'Nice'], correct: [1, 4] }));
    expect(planFromDraft(draft).polls[0]).toMatchObject({ options: ['Paris', 'Lyon', 'Nice'], correct: [0, 2] });
    // A tick on a line since emptied is dropped rather than moved to another option.
    expect(planFromDraft(planOf(pollOf('quiz', { options: ['Paris', '', 'Nice'], correct: [1, 2] }))).polls[0]?.correct).toEqual([1]);
  });

  it('POLL-40: a rating\'s blank end labels are left out, not sent empty', () => {
    const sent = planFromDraft(planOf(pollOf('rating', { scale: { min: 1, max: 7, minLabel: '', maxLabel: 'Very' } })));
    expect(sent.polls[0]?.scale).toEqual({ min: 1, max: 7, maxLabel: 'Very' });
  });
});

describe('POLL-41: the plan schema checks the kind fields and names the field in error', () => {
  it('POLL-41: a quiz with no correct option ticked is refused on its correct options', () => {
    expect(issuesOf(planOf(pollOf('quiz', { options: ['Yes', 'No'] })))).toEqual(['polls.0.correct']);
  });

  it('POLL-41: a scale, a word count or a timer out of range is refused on its own field', () => {
    expect(issuesOf(planOf(pollOf('rating', { scale: { min: 1, max: 11 } })))).toEqual(['polls.0.scale.max']);
    expect(issuesOf(planOf(pollOf('wordcloud', { maxWords: 6 })))).toEqual(['polls.0.maxWords']);
    expect(issuesOf(planOf(pollOf('quiz', { options: ['Yes', 'No'], correct: [0], timerSeconds: 2 })))).toEqual(['polls.0.timerSeconds']);
    expect(issuesOf(planOf(pollOf('ranking', { options: ['Only one'] })))).toEqual(['polls.0.options']);
  });

  it('POLL-41: every kind as it starts in the form is refused only where the host has yet to write', () => {
    for (const kind of POLL_KIND_LIST) {
      const issues = issuesOf(planOf(withPollKind({ ...blankPoll(), question: 'Q' }, kind)));
      const expected = kind === 'quiz' ? ['polls.0.options', 'polls.0.correct'] : ['single', 'multiple', 'ranking'].includes(kind) ? ['polls.0.options'] : [];
      expect([...issues].sort()).toEqual([...expected].sort());
    }
  });
});
