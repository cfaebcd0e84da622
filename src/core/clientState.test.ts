import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialProjector, initialRun } from './agenda/runTypes.ts';
import { activePoll, applyAcknowledged, applyServerMessage, emptyClientState, participantPolls, withMyVote, type ClientState } from './clientState.ts';
import { balanceMeter, type BalanceMeter } from './floor/balanceMeter.ts';
import type { Declared } from './vocabulary.ts';
import type { FloorView, MyFloorView } from './floor/floorViews.ts';
import type { ServerMessage, ServerMessages } from './protocol/serverMessages.ts';
import type { SessionView } from './views.ts';
import type { PollView, TallyView } from './polls/pollViews.ts';
import { refusal } from './errors.ts';
import { makePollView } from '../../test/support/pollFixtures.ts';

const FC = { seed: 99, numRuns: 200 } as const;

function sessionOf(activePollId: string | null, title = 'Session'): SessionView {
  return {
    id: 's1',
    title,
    subtitle: null,
    translations: {},
    format: 'round_table',
    language: 'en',
    durationMinutes: 60,
    youthMode: true,
    joinCode: '482913',
    agenda: [],
    speakers: [],
    activePollId,
    roles: {},
    retentionDays: 30,
    run: initialRun(0),
    projector: initialProjector,
    followUp: null,
  };
}

function pollOf(id: string, status: PollView['status'] = 'open', question = `${id}?`): PollView {
  return makePollView({
    id,
    question,
    options: [
      { id: 'o1', label: 'yes' },
      { id: 'o2', label: 'no' },
    ],
    status,
    resultsPublic: status !== 'draft',
    openedAt: status === 'draft' ? null : 1000,
    closedAt: status === 'closed' ? 2000 : null,
  });
}

function tallyOf(pollId: string, total: number): TallyView {
  return { pollId, total, counts: { o1: total } };
}

function floorOf(waiting: number, policy: FloorView['policy'] = 'alternate'): FloorView {
  return {
    policy,
    limitSeconds: 180,
    warningSeconds: 30,
    current: null,
    queue: Array.from({ length: waiting }, (_, i) => ({
      id: `h${String(i + 1)}`,
      label: null,
      channel: i % 2 === 0 ? 'onsite' : 'online',
      intent: 'comment',
      kind: 'participant',
      raisedAt: 1000 + i,
      pinned: false,
      source: null,
      declared: null,
    })),
    waiting: { onsite: Math.ceil(waiting / 2), online: Math.floor(waiting / 2) },
    interventions: 0,
    overrides: null,
    balanceShown: false,
  };
}

const myHand: MyFloorView = { handId: 'h2', position: 1, intent: 'question', speaking: false };
const declaredYouth: Declared = { stakeholderGroup: 'Youth', regionalGroup: null, gender: null };
const meter: BalanceMeter = balanceMeter([], null, { attendees: [{ channel: 'online', ...declaredYouth }], invited: [] }, 1000);

function welcome(over: Partial<ServerMessages['welcome']>): ServerMessages['welcome'] {
  return {
    type: 'welcome',
    protocol: 1,
    role: 'participant',
    seq: 5,
    serverTime: 1_700_000_000_000,
    snapshot: { session: sessionOf('p1'), polls: [pollOf('p1'), pollOf('p2', 'closed')], floor: floorOf(2) },
    tallies: [tallyOf('p1', 3)],
    presence: { onsite: 4, online: 2, undeclared: 1 },
    balance: meter,
    me: { channel: 'online', declared: declaredYouth, votes: { p1: ['o1'] }, floor: myHand, conductAccepted: false },
    panelSpeaker: null,
    guidelines: { onsite: [], online: [], codeOfConduct: [], translations: {} },
    speakerNote: null,
    ...over,
  };
}

const apply = (messages: readonly ServerMessage[], from: ClientState = emptyClientState): ClientState =>
  messages.reduce(applyServerMessage, from);

describe('applyServerMessage', () => {
  it('PROTO-5/FLOOR-12: a welcome with a snapshot installs the session, polls, floor, tallies, presence, balance and the participant’s own state', () => {
    const state = apply([welcome({})]);
    expect(state).toStrictEqual({
      role: 'participant',
      seq: 5,
      session: sessionOf('p1'),
      polls: [pollOf('p1'), pollOf('p2', 'closed')],
      tallies: { p1: tallyOf('p1', 3) },
      tallyTexts: {},
      presence: { onsite: 4, online: 2, undeclared: 1 },
      channel: 'online',
      myVotes: { p1: ['o1'] },
      floor: floorOf(2),
      myFloor: myHand,
      declared: declaredYouth,
      balance: meter,
      guidelines: { onsite: [], online: [], codeOfConduct: [], translations: {} },
      conductAccepted: false,
      panelSpeaker: null,
      speakerNote: null,
      qa: { board: null, questions: [], mine: [], upvoted: {} },
      desk: null,
    });
  });

  it('PROTO-5: a welcome without a snapshot keeps the session and polls the client already has', () => {
    const before = apply([welcome({})]);
    const after = applyServerMessage(
      before,
      welcome({ snapshot: null, tallies: [tallyOf('p1', 9), tallyOf('p2', 1)], presence: { onsite: 1, online: 1, undeclared: 0 } }),
    );
    expect(after.session).toBe(before.session);
    expect(after.polls).toBe(before.polls);
    expect(after.floor).toBe(before.floor);
    expect(after.seq).toBe(5);
    expect(after.tallies).toEqual({ p1: tallyOf('p1', 9), p2: tallyOf('p2', 1) });
    expect(after.presence).toEqual({ onsite: 1, online: 1, undeclared: 0 });
  });

  it('PROTO-5: a welcome with a snapshot replaces what the client had', () => {
    const before = apply([welcome({})]);
    const after = applyServerMessage(
      before,
      welcome({ seq: 8, snapshot: { session: sessionOf(null, 'Renamed'), polls: [pollOf('p3')], floor: floorOf(0, 'first_come') }, tallies: [] }),
    );
    expect(after.seq).toBe(8);
    expect(after.session).toEqual(sessionOf(null, 'Renamed'));
    expect(after.polls).toEqual([pollOf('p3')]);
    expect(after.floor).toEqual(floorOf(0, 'first_come'));
    expect(after.tallies).toEqual({});
  });

  it('PRIV-3: a staff welcome carries no participant state', () => {
    const before = apply([welcome({})]);
    const after = applyServerMessage(before, welcome({ role: 'moderator', me: null }));
    expect(after.role).toBe('moderator');
    expect(after.channel).toBeNull();
    expect(after.myVotes).toEqual({});
    expect(after.myFloor).toEqual(emptyClientState.myFloor);
    expect(after.declared).toEqual(emptyClientState.declared);
  });

  it('FLOOR-12: floor.updated replaces the floor view and advances the sequence; floor.mine replaces the participant’s own place', () => {
    const before = apply([welcome({})]);
    const updated = applyServerMessage(before, { type: 'floor.updated', seq: 6, serverTime: 2000, floor: floorOf(3) });
    expect(updated.floor).toEqual(floorOf(3));
    expect(updated.seq).toBe(6);
    expect(updated.myFloor).toBe(before.myFloor);
    const stale = applyServerMessage(updated, { type: 'floor.updated', seq: 4, serverTime: 2100, floor: floorOf(1) });
    expect(stale.seq).toBe(6);

    const mine = applyServerMessage(updated, { type: 'floor.mine', handId: null, position: null, intent: null, speaking: true });
    expect(mine.myFloor).toEqual({ handId: null, position: null, intent: null, speaking: true });
    expect(mine.seq).toBe(6);
    expect(mine.floor).toBe(updated.floor);
  });

  it('FLOOR-9: a balance message replaces the meter, or removes it (null) when the role is no longer shown it', () => {
    const before = apply([welcome({ balance: null })]);
    expect(before.balance).toBeNull();
    const shown = applyServerMessage(before, { type: 'balance', meter });
    expect(shown.balance).toEqual(meter);
    expect(shown.seq).toBe(before.seq);
    expect(applyServerMessage(shown, { type: 'balance', meter: null }).balance).toBeNull();
  });

  it('POLL-6: poll.updated appends a new poll and replaces a known one in place', () => {
    const before = apply([welcome({})]);
    const added = applyServerMessage(before, { type: 'poll.updated', seq: 6, poll: pollOf('p3', 'draft') });
    expect(added.polls.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(added.seq).toBe(6);

    const changed = applyServerMessage(added, { type: 'poll.updated', seq: 7, poll: pollOf('p1', 'closed', 'Changed?') });
    expect(changed.polls).toEqual([pollOf('p1', 'closed', 'Changed?'), pollOf('p2', 'closed'), pollOf('p3', 'draft')]);
    expect(changed.seq).toBe(7);
    expect(before.polls).toEqual([pollOf('p1'), pollOf('p2', 'closed')]);
  });

  it('POLL-6: poll.removed drops the poll and its tally, and nothing else', () => {
    const before = apply([welcome({ tallies: [tallyOf('p1', 3), tallyOf('p2', 4)] })]);
    const after = applyServerMessage(before, { type: 'poll.removed', seq: 6, pollId: 'p2' });
    expect(after.polls.map((p) => p.id)).toEqual(['p1']);
    expect(after.tallies).toEqual({ p1: tallyOf('p1', 3) });
    expect(after.seq).toBe(6);
    expect(after.myVotes).toEqual(before.myVotes);
    expect(before.tallies).toEqual({ p1: tallyOf('p1', 3), p2: tallyOf('p2', 4) });
  });

  it('POLL-6: session.updated replaces the session view', () => {
    const after = apply([welcome({}), { type: 'session.updated', seq: 6, session: sessionOf('p2') }]);
    expect(after.session).toEqual(sessionOf('p2'));
    expect(after.seq).toBe(6);
  });

  it('PROTO-7: a tally message replaces the poll’s tally and leaves the sequence alone', () => {
    const after = apply([welcome({}), { type: 'tally', pollId: 'p1', total: 7, counts: null }, { type: 'tally', pollId: 'p2', total: 1, counts: { o2: 1 } }]);
    expect(after.tallies).toEqual({ p1: { pollId: 'p1', total: 7, counts: null }, p2: { pollId: 'p2', total: 1, counts: { o2: 1 } } });
    expect(after.seq).toBe(5);
  });

  it('POLL-24: a welcome brings the texts of the last broadcast; each public tally is read by them and leaves its own for the next; poll.removed forgets them', () => {
    const entries = (list: readonly (readonly [string | number, number])[], base?: readonly string[]) => ({ kind: 'entries' as const, entries: list, distinct: list.length, ...(base ? { base } : {}) });
    const shown = (state: ClientState, pollId: string) => {
      const summary = state.tallies[pollId]?.summary;
      return summary?.kind === 'entries' ? summary.entries.map((e) => [e.text, e.count]) : null;
    };
    let state = apply([welcome({ tallies: [{ pollId: 'w', total: 5, counts: {}, summary: entries([[1, 4], ['privacy', 1]], ['children', 'safety']) }] })]);
    expect(shown(state, 'w')).toEqual([['safety', 4], ['privacy', 1]]);
    // The next broadcast names the texts of the last one by place: the welcome's base.
    state = applyServerMessage(state, { type: 'tally', pollId: 'w', total: 9, counts: {}, summary: entries([[0, 5], [1, 4], ['trust', 2]]) });
    expect(shown(state, 'w')).toEqual([['children', 5], ['safety', 4], ['trust', 2]]);
    // And the one after, by places in that broadcast.
    state = applyServerMessage(state, { type: 'tally', pollId: 'w', total: 10, counts: {}, summary: entries([[2, 6], [0, 5]]) });
    expect(shown(state, 'w')).toEqual([['trust', 6], ['children', 5]]);
    expect(state.tallyTexts.w).toEqual(['trust', 'children']);
    state = applyServerMessage(state, { type: 'poll.removed', seq: 6, pollId: 'w' });
    expect(state.tallyTexts).toEqual({});
  });

  it('PROTO-7: a presence message replaces the counts', () => {
    const after = apply([welcome({}), { type: 'presence', onsite: 10, online: 20, undeclared: 0 }]);
    expect(after.presence).toEqual({ onsite: 10, online: 20, undeclared: 0 });
  });

  it('PROTO-4: ack and error change nothing', () => {
    const before = apply([welcome({})]);
    expect(applyServerMessage(before, { type: 'ack', id: 'c1', seq: 9 })).toBe(before);
    expect(applyServerMessage(before, { type: 'error', id: 'c2', ...refusal('poll.closed') })).toBe(before);
  });

  it('DUR-2: the sequence a client resumes from never goes backwards, whatever arrives after the welcome', () => {
    const seqArb = fc.integer({ min: 0, max: 50 });
    const idArb = fc.constantFrom('p1', 'p2', 'p3');
    const messageArb: fc.Arbitrary<ServerMessage> = fc.oneof(
      seqArb.map((seq): ServerMessage => ({ type: 'session.updated', seq, session: sessionOf('p1') })),
      fc.tuple(seqArb, idArb).map(([seq, id]): ServerMessage => ({ type: 'poll.updated', seq, poll: pollOf(id) })),
      fc.tuple(seqArb, idArb).map(([seq, pollId]): ServerMessage => ({ type: 'poll.removed', seq, pollId })),
      fc.tuple(seqArb, fc.nat(7)).map(([seq, waiting]): ServerMessage => ({ type: 'floor.updated', seq, serverTime: 5000, floor: floorOf(waiting) })),
      fc.constant<ServerMessage>({ type: 'floor.mine', ...myHand }),
      fc.constant<ServerMessage>({ type: 'balance', meter }),
      fc.tuple(idArb, fc.nat(9)).map(([pollId, total]): ServerMessage => ({ type: 'tally', ...tallyOf(pollId, total) })),
      fc.nat(9).map((n): ServerMessage => ({ type: 'presence', onsite: n, online: 0, undeclared: 0 })),
      fc.option(seqArb, { nil: null }).map((seq): ServerMessage => ({ type: 'ack', id: 'c', seq })),
      fc.constant<ServerMessage>({ type: 'error', id: null, ...refusal('frame.notJson') }),
    );
    fc.assert(
      fc.property(seqArb, fc.array(messageArb, { maxLength: 30, size: 'max' }), (welcomeSeq, messages) => {
        let state = applyServerMessage(emptyClientState, welcome({ seq: welcomeSeq }));
        let highest = welcomeSeq;
        for (const message of messages) {
          const next = applyServerMessage(state, message);
          expect(next.seq).toBeGreaterThanOrEqual(state.seq);
          if ('seq' in message && message.type !== 'ack' && message.seq > highest) highest = message.seq;
          state = next;
        }
        expect(state.seq).toBe(highest);
      }),
      FC,
    );
  });

  it('PROTO-4: withMyVote records the participant’s acknowledged ballot, replacing an earlier one', () => {
    const state = apply([welcome({})]);
    const voted = withMyVote(state, 'p2', ['o2']);
    expect(voted.myVotes).toEqual({ p1: ['o1'], p2: ['o2'] });
    expect(withMyVote(voted, 'p1', ['o2']).myVotes).toEqual({ p1: ['o2'], p2: ['o2'] });
    expect(state.myVotes).toEqual({ p1: ['o1'] });
  });
});

describe('applyAcknowledged', () => {
  it('PROTO-4/POLL-2: an acknowledged poll.vote records the participant’s ballot, replacing an earlier one in that poll only', () => {
    const before = apply([welcome({})]);
    const after = applyAcknowledged(before, { type: 'poll.vote', pollId: 'p1', optionIds: ['o2'] });
    expect(after.myVotes).toEqual({ p1: ['o2'] });
    expect(applyAcknowledged(after, { type: 'poll.vote', pollId: 'p2', optionIds: ['o1'] }).myVotes).toEqual({ p1: ['o2'], p2: ['o1'] });
    expect(before.myVotes).toEqual({ p1: ['o1'] });
  });

  it('PROTO-4/QA-7: an acknowledged qa.upvote sets or clears the participant’s upvote of that question', () => {
    const before = apply([welcome({})]);
    const up = applyAcknowledged(before, { type: 'qa.upvote', questionId: 'q1', up: true });
    expect(up.qa.upvoted).toEqual({ q1: true });
    const both = applyAcknowledged(up, { type: 'qa.upvote', questionId: 'q2', up: true });
    expect(applyAcknowledged(both, { type: 'qa.upvote', questionId: 'q1', up: false }).qa.upvoted).toEqual({ q2: true });
    expect(up.qa.questions).toBe(before.qa.questions);
    expect(before.qa.upvoted).toEqual({});
  });

  it('PROTO-4/FLOOR-2: an acknowledged participant.setChannel records the channel', () => {
    const before = apply([welcome({})]);
    expect(before.channel).toBe('online');
    expect(applyAcknowledged(before, { type: 'participant.setChannel', channel: 'onsite' }).channel).toBe('onsite');
  });

  it('PROTO-4/GUIDE-3: an acknowledged participant.acceptConduct marks the code of conduct accepted', () => {
    const before = apply([welcome({})]);
    expect(before.conductAccepted).toBe(false);
    expect(applyAcknowledged(before, { type: 'participant.acceptConduct' }).conductAccepted).toBe(true);
  });

  it('PROTO-4/FLOOR-10: an acknowledged participant.declare records the groups, a field left out cleared as the server clears it', () => {
    const before = apply([welcome({})]);
    expect(before.declared).toEqual(declaredYouth);
    const declared = applyAcknowledged(before, { type: 'participant.declare', regionalGroup: 'African Group', gender: 'woman' });
    expect(declared.declared).toEqual({ stakeholderGroup: null, regionalGroup: 'African Group', gender: 'woman' });
    expect(applyAcknowledged(declared, { type: 'participant.declare' }).declared).toEqual(emptyClientState.declared);
  });

  it('PROTO-4: an acknowledged command whose effect arrives as server messages (floor.raise, poll.open, qa.ask) returns the same state', () => {
    const before = apply([welcome({})]);
    expect(applyAcknowledged(before, { type: 'floor.raise' })).toBe(before);
    expect(applyAcknowledged(before, { type: 'poll.open', pollId: 'p2' })).toBe(before);
    expect(applyAcknowledged(before, { type: 'qa.ask', text: 'Why?' })).toBe(before);
  });
});

describe('selectors', () => {
  it('POLL-6: activePoll is the poll the session puts on the big screen, or none', () => {
    expect(activePoll(emptyClientState)).toBeNull();
    const state = apply([welcome({})]);
    expect(activePoll(state)).toEqual(pollOf('p1'));
    expect(activePoll(applyServerMessage(state, { type: 'session.updated', seq: 6, session: sessionOf('p2') }))).toEqual(pollOf('p2', 'closed'));
    expect(activePoll(applyServerMessage(state, { type: 'session.updated', seq: 6, session: sessionOf(null) }))).toBeNull();
  });

  it('PRIV-2: participantPolls leaves drafts out, newest first, without reordering the state', () => {
    const state = apply([welcome({ snapshot: { session: sessionOf(null), polls: [pollOf('p1', 'closed'), pollOf('p2', 'draft'), pollOf('p3')], floor: floorOf(0) } })]);
    expect(participantPolls(state).map((p) => p.id)).toEqual(['p3', 'p1']);
    expect(state.polls.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });
});
