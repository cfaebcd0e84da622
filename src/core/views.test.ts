import { describe, expect, it } from 'vitest';
import { BallotBox, type Tally } from './polls/ballotBox.ts';
import { RESULTS_VISIBILITY, sessionPlanSchema } from './plan.ts';
import { audienceOf, ROLES, type Role } from './roles.ts';
import { evolve, replay } from './session.ts';
import { type SessionEvent } from './events.ts';
import { type Poll } from './polls/pollTypes.ts';
import { type SessionState } from './sessionState.ts';
import { sessionView } from './views.ts';
import { pollView, pollViews, seesDistribution, tallyView } from './polls/pollViews.ts';

const NOW = 1_700_000_000_000;
const STAFF: readonly Role[] = ['host', 'moderator', 'online_moderator'];
const AUDIENCE: readonly Role[] = ['participant', 'projector'];

type Visibility = (typeof RESULTS_VISIBILITY)[number];
type Stage = 'draft' | 'open' | 'closed' | 'open+revealed' | 'closed+revealed' | 'revealed+unrevealed';
const STAGES: readonly Stage[] = ['draft', 'open', 'closed', 'open+revealed', 'closed+revealed', 'revealed+unrevealed'];

/** Whether participants and the projector may see the distribution, by POLL-7, written out. */
function expectedPublic(visibility: Visibility, stage: Stage): boolean {
  if (stage === 'draft') return false;
  if (stage === 'open+revealed' || stage === 'closed+revealed') return true;
  if (visibility === 'live') return true;
  if (visibility === 'after_close') return stage === 'closed' || stage === 'revealed+unrevealed';
  return false;
}

/** One poll per (visibility, stage), driven there by its events; id `${visibility}/${stage}`. */
function buildState(): SessionState {
  const plan = sessionPlanSchema.parse({ title: 'Views', subtitle: 'PRIV', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }] });
  let state = replay([{ type: 'session.created', at: NOW, sessionId: 's1', joinCode: '482913', plan }]);
  let at = NOW;
  const apply = (event: SessionEvent) => {
    state = evolve(state, event);
  };
  for (const visibility of RESULTS_VISIBILITY) {
    for (const stage of STAGES) {
      const pollId = `${visibility}/${stage}`;
      at += 10;
      apply({
        type: 'poll.created',
        at,
        poll: {
          id: pollId,
          question: `${stage}?`,
          kind: 'single',
          options: [
            { id: 'o1', label: 'yes' },
            { id: 'o2', label: 'no' },
          ],
          resultsVisibility: visibility,
        },
      });
      if (stage === 'draft') continue;
      apply({ type: 'poll.opened', at, pollId });
      if (stage === 'open+revealed') apply({ type: 'poll.revealed', at, pollId, revealed: true });
      if (stage === 'closed' || stage === 'closed+revealed' || stage === 'revealed+unrevealed') apply({ type: 'poll.closed', at, pollId });
      if (stage === 'closed+revealed' || stage === 'revealed+unrevealed') apply({ type: 'poll.revealed', at, pollId, revealed: true });
      if (stage === 'revealed+unrevealed') apply({ type: 'poll.revealed', at, pollId, revealed: false });
    }
  }
  return state;
}

const state = buildState();
const tally: Tally = { total: 3, counts: { o1: 2, o2: 1 } };
const allPolls: Poll[] = state.pollOrder.map((id) => {
  const poll = state.polls[id];
  if (!poll) throw new Error(`no poll ${id}`);
  return poll;
});
const cases = RESULTS_VISIBILITY.flatMap((visibility) =>
  STAGES.map((stage) => {
    const poll = state.polls[`${visibility}/${stage}`];
    if (!poll) throw new Error(`no poll ${visibility}/${stage}`);
    return { visibility, stage, poll, public: expectedPublic(visibility, stage) };
  }),
);

describe('role views', () => {
  it.each(AUDIENCE)('PRIV-2: %s never receives a draft poll, nor its tally', (role) => {
    const ids = pollViews(audienceOf(role), state).map((p) => p.id);
    for (const poll of allPolls) {
      if (poll.status === 'draft') {
        expect(ids).not.toContain(poll.id);
        expect(pollView(audienceOf(role), poll)).toBeNull();
        expect(tallyView(audienceOf(role), poll, tally)).toBeNull();
      } else {
        expect(ids).toContain(poll.id);
      }
    }
    // In creation order.
    expect(ids).toEqual(state.pollOrder.filter((id) => state.polls[id]?.status !== 'draft'));
  });

  it.each(AUDIENCE.flatMap((role) => cases.map((c) => ({ role, ...c }))).filter((c) => c.stage !== 'draft'))(
    'POLL-7/PRIV-1: $role sees the distribution of a $visibility poll at stage $stage only if public ($public); always the number of votes',
    ({ role, poll, public: isPublic }) => {
      const view = tallyView(audienceOf(role), poll, tally);
      expect(view).toEqual({ pollId: poll.id, total: 3, counts: isPublic ? { o1: 2, o2: 1 } : null, summary: null });
      expect(pollView(audienceOf(role), poll)?.resultsPublic).toBe(isPublic);
      expect(seesDistribution(audienceOf(role), poll)).toBe(isPublic);
    },
  );

  it.each(STAFF)('POLL-7: %s sees every poll, drafts included, and always the distribution', (role) => {
    expect(pollViews(audienceOf(role), state).map((p) => p.id)).toEqual(state.pollOrder);
    for (const { poll, public: isPublic } of cases) {
      expect(tallyView(audienceOf(role), poll, tally)).toEqual({ pollId: poll.id, total: 3, counts: { o1: 2, o2: 1 }, summary: null });
      expect(seesDistribution(audienceOf(role), poll)).toBe(true);
      // resultsPublic says what the audience sees, whoever looks.
      expect(pollView(audienceOf(role), poll)?.resultsPublic).toBe(isPublic);
    }
  });

  it('POLL-7: a poll view carries the poll as it is, for staff and audience alike', () => {
    const poll = state.polls['after_close/closed'];
    if (!poll) throw new Error('missing poll');
    const expected = {
      id: poll.id,
      question: poll.question,
      kind: 'single',
      options: poll.options,
      status: 'closed',
      resultsVisibility: 'after_close',
      revealed: false,
      resultsPublic: true,
      openedAt: poll.openedAt,
      closedAt: poll.closedAt,
      agendaItem: null,
      maxChoices: null,
      scale: null,
      maxWords: null,
      timerSeconds: null,
      shownBreakdown: null,
    };
    for (const role of ROLES) expect(pollView(audienceOf(role), poll)).toEqual(expected);
  });

  it('POLL-6: the session view names the poll on the big screen', () => {
    const view = sessionView(state);
    expect(view).toEqual({
      id: 's1',
      title: 'Views',
      subtitle: 'PRIV',
      format: 'round_table',
      durationMinutes: 60,
      language: 'en',
      translations: {},
      youthMode: true,
      joinCode: '482913',
      agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }],
      speakers: [],
      activePollId: state.activePollId,
      roles: {},
      retentionDays: 30,
      run: state.run,
      projector: { mode: 'auto', pollId: null },
      followUp: null,
    });
    expect(state.activePollId).toBe('hidden/revealed+unrevealed');
  });

  it('PRIV-3: no view of the session, its polls or tallies carries a participant id', () => {
    const box = new BallotBox();
    const secret = 'participant-3f9a';
    const poll = state.polls['live/open'];
    if (!poll) throw new Error('missing poll');
    box.cast(poll.id, secret, ['o1']);
    box.cast(poll.id, `${secret}-2`, ['o2']);
    for (const role of ROLES) {
      const views = { session: sessionView(state), polls: pollViews(audienceOf(role), state), tally: tallyView(audienceOf(role), poll, box.tally(poll.id)) };
      expect(JSON.stringify(views)).not.toContain(secret);
      expect(views.tally).toMatchObject({ total: 2 });
    }
  });
});
