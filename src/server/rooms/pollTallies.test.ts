import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../core/decide.ts';
import { sessionPlanSchema } from '../../core/plan.ts';
import { BallotBox } from '../../core/polls/ballotBox.ts';
import { entryKey } from '../../core/polls/entryKey.ts';
import { evolve, replay } from '../../core/session.ts';
import type { SessionState } from '../../core/sessionState.ts';
import { PollTallies } from './pollTallies.ts';
import { pollCsv } from '../../core/charts/pollExport.ts';
import type { ParticipantProfile } from '../../core/decideContext.ts';

const NO_PROFILE = { channel: 'onsite', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } } as const;

/** A session with a word cloud (p1) and an open-text poll (p2), both open with live results. */
function sessionWithTextPolls(): SessionState {
  const plan = sessionPlanSchema.parse({
    title: 'Tallies',
    youthMode: false,
    polls: [
      { question: 'Words?', kind: 'wordcloud', resultsVisibility: 'live' },
      { question: 'Ideas?', kind: 'open_text', resultsVisibility: 'live' },
    ],
  });
  let n = 0;
  let state = replay(createSession(plan, { sessionId: 's', joinCode: '123456' }, { now: 0, newId: () => `p${String(++n)}` }));
  for (const pollId of ['p1', 'p2']) state = evolve(state, { type: 'poll.opened', at: 1, pollId });
  return state;
}

function judged(state: SessionState, pollId: string, text: string, verdict: 'approved' | 'hidden'): SessionState {
  return evolve(state, { type: 'poll.entryJudged', at: 2, pollId, key: entryKey(text), verdict });
}

describe('poll tallies of words and answers', () => {
  it('POLL-24: a ranking is built once per change of the ballots, the verdicts or the plan; both audiences and every broadcast in between share it', () => {
    const box = new BallotBox();
    const tallies = new PollTallies(box, () => NO_PROFILE);
    let state = sessionWithTextPolls();
    const poll = () => state.polls.p1 ?? (undefined as never);
    box.cast('p1', 'u1', ['light', 'air']);
    const first = tallies.ranking(state, poll());
    tallies.views(state, poll());
    expect(tallies.ranking(state, poll())).toBe(first);
    // A ballot in another poll changes nothing here.
    box.cast('p2', 'u1', ['An idea']);
    expect(tallies.ranking(state, poll())).toBe(first);
    box.cast('p1', 'u2', ['light']);
    const second = tallies.ranking(state, poll());
    expect(second).not.toBe(first);
    expect(second.all.map((e) => [e.text, e.count])).toEqual([['light', 2], ['air', 1]]);
    state = judged(state, 'p1', 'air', 'hidden');
    const third = tallies.ranking(state, poll());
    expect(third).not.toBe(second);
    expect(third.shown.map((e) => e.text)).toEqual(['light']);
    state = evolve(state, { type: 'plan.updated', at: 3, plan: { ...state.plan, title: 'Renamed' } });
    expect(tallies.ranking(state, poll())).not.toBe(third);
  });

  it('POLL-24: the public gets the top shown entries without a status (every one is shown); staff get each status', () => {
    const box = new BallotBox();
    const tallies = new PollTallies(box, () => NO_PROFILE);
    const state = judged(sessionWithTextPolls(), 'p1', 'air', 'hidden');
    const poll = state.polls.p1 ?? (undefined as never);
    box.cast('p1', 'u1', ['light', 'air']);
    box.cast('p1', 'u2', ['light']);
    const { staff, public: pub } = tallies.views(state, poll);
    expect(pub?.summary).toEqual({ kind: 'entries', entries: [{ key: entryKey('light'), text: 'light', count: 2 }], distinct: 1 });
    expect(staff?.summary).toEqual({
      kind: 'entries',
      entries: [
        { key: entryKey('light'), text: 'light', count: 2, status: 'shown' },
        { key: entryKey('air'), text: 'air', count: 1, status: 'hidden' },
      ],
      distinct: 2,
    });
  });

  it('POLL-24, POLL-25: what each audience is sent equals a ranking built afresh from the ballots, whatever the ballots and verdicts', () => {
    const words = ['light', 'Light', 'air', 'water', 'sun', 'moon'];
    const step = fc.oneof(
      fc.record({ participant: fc.integer({ min: 1, max: 8 }), pollId: fc.constantFrom('p1', 'p2'), entries: fc.subarray(words, { minLength: 1, maxLength: 3 }) }),
      fc.record({ pollId: fc.constantFrom('p1', 'p2'), text: fc.constantFrom(...words), verdict: fc.constantFrom<'approved' | 'hidden'>('approved', 'hidden') }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const box = new BallotBox();
        const kept = new PollTallies(box, () => NO_PROFILE);
        let state = sessionWithTextPolls();
        for (const s of steps) {
          if ('entries' in s) box.cast(s.pollId, `u${String(s.participant)}`, s.pollId === 'p2' ? [s.entries.join(' ')] : s.entries);
          else state = judged(state, s.pollId, s.text, s.verdict);
          for (const pollId of ['p1', 'p2']) {
            const poll = state.polls[pollId];
            if (!poll) throw new Error('no poll');
            expect(kept.views(state, poll)).toEqual(new PollTallies(box, () => NO_PROFILE).views(state, poll));
          }
        }
      }),
      { seed: 424242, numRuns: 100 },
    );
  });
});

/** A session whose second poll repeats the first (POLL-36): both closed, results public after close. */
function sessionWithPair(): SessionState {
  const plan = sessionPlanSchema.parse({
    title: 'Pair',
    polls: [{ question: 'Aware?', options: ['Yes', 'No'] }, { question: 'Aware?', options: ['Yes', 'No'], repeats: 0 }],
  });
  let n = 0;
  let state = replay(createSession(plan, { sessionId: 's', joinCode: '123456' }, { now: 0, newId: () => `p${String(++n)}` }));
  for (const pollId of ['p1', 'p2']) state = evolve(evolve(state, { type: 'poll.opened', at: 1, pollId }), { type: 'poll.closed', at: 2, pollId });
  return state;
}

describe('poll tallies of a pair', () => {
  it('POLL-35: staff and exports get the shift by stakeholder group and region too; the public only overall and by channel', () => {
    // Civil Society 6, Government 5, Youth 3 (merged into other with the undeclared 2); everyone in the room.
    const groupOf = (i: number) => (i < 6 ? 'Civil Society' : i < 11 ? 'Government' : i < 14 ? 'Youth' : null);
    const profile = (id: string): ParticipantProfile => {
      const group = groupOf(Number(id.slice(1)));
      return { channel: 'onsite', declared: { stakeholderGroup: group, regionalGroup: 'African Group', gender: null } };
    };
    const box = new BallotBox();
    for (let i = 0; i < 16; i += 1) {
      box.cast('p1', `u${String(i)}`, ['o2']);
      box.cast('p2', `u${String(i)}`, [groupOf(i) === 'Civil Society' ? 'o1' : 'o2']);
    }
    const tallies = new PollTallies(box, profile);
    const state = sessionWithPair();
    const poll = state.polls.p2 ?? (undefined as never);
    const views = tallies.views(state, poll);
    const staff = views.staff?.shift;
    expect(staff?.byDeclared?.stakeholderGroup.map((c) => [c.group, c.beforeTotal, c.afterTotal, c.rows[0]?.shiftPct])).toEqual([
      ['Civil Society', 6, 6, 100],
      ['Government', 5, 5, 0],
      ['other', 5, 5, 0],
    ]);
    // One region and one channel: a lone cell repeats the overall, so none.
    expect(staff?.byDeclared?.regionalGroup).toEqual([]);
    expect(staff?.byGroup).toEqual([]);
    expect(views.public?.shift?.overall).toEqual(staff?.overall);
    expect(views.public?.shift).not.toHaveProperty('byDeclared');
    expect(tallies.view('public', state, poll)?.shift).not.toHaveProperty('byDeclared');
    const results = tallies.results(state, 'p2');
    if (!results) throw new Error('no results');
    expect(pollCsv(results)).toContain('Before and after by stakeholder group,Answer,Before %,After %,Shift (points)\r\nCivil Society,Yes,0,100,100\r\n');
    expect(pollCsv(results)).not.toContain('Before and after by region');
  });
});
