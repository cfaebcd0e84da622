import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSession, decide } from './decide.ts';
import { type Actor } from './decideContext.ts';
import type { ErrorCode } from './errors.ts';
import { initialFloor } from './floor/floorTypes.ts';
import { RESULTS_VISIBILITY, sessionPlanSchema, type SessionPlan } from './plan.ts';
import { FLOOR_POLICY_NAMES } from './vocabulary.ts';
import { commandSchema, type CommandInput, type CommandInputOf } from './protocol/commands.ts';
import { evolve, initialState, replay } from './session.ts';
import { isSessionEvent, type SessionEvent } from './events.ts';
import { resultsPublic, type Poll, type PollStatus } from './polls/pollTypes.ts';
import { type SessionState } from './sessionState.ts';
import { makePoll } from '../../test/support/pollFixtures.ts';

const FC = { seed: 2024, numRuns: 200 } as const;
const NOW = 1_700_000_000_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${String(++n)}`;
}

const plan: SessionPlan = sessionPlanSchema.parse({
  title: 'Replay',
  polls: [
    { question: 'First?', options: ['a', 'b'] },
    { question: 'Second?', kind: 'multiple', options: ['a', 'b', 'c'], resultsVisibility: 'hidden' },
  ],
  speakers: [{ label: 'Speaker 1' }, { label: 'Speaker 2', channel: 'online', stakeholderGroup: 'Academia' }],
  floor: { policy: 'fewest_first', speakingLimitSeconds: 120, warningSeconds: 15 },
});

describe('session creation', () => {
  it('SESS-1: the log starts with session.created and the prepared polls follow as drafts', () => {
    const events = createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: counter('p') });
    expect(events.map((e) => e.type)).toEqual(['session.created', 'poll.created', 'poll.created']);
    expect(events[0]).toEqual({ type: 'session.created', at: NOW, sessionId: 's1', joinCode: '482913', plan });

    const state = replay(events);
    expect(state).toMatchObject({ id: 's1', joinCode: '482913', plan, createdAt: NOW, seq: 3, activePollId: null });
    expect(state.pollOrder).toEqual(['p1', 'p2']);
    expect(state.polls['p1']).toEqual({
      id: 'p1',
      question: 'First?',
      kind: 'single',
      options: [
        { id: 'o1', label: 'a' },
        { id: 'o2', label: 'b' },
      ],
      resultsVisibility: 'live',
      status: 'draft',
      revealed: false,
      createdAt: NOW,
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
    });
    expect(state.polls['p2']).toMatchObject({ kind: 'multiple', resultsVisibility: 'hidden', status: 'draft' });
  });

  it('SESS-1: a log that does not start with session.created is refused', () => {
    expect(() => replay([])).toThrow();
    const events = createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: counter('p') });
    expect(() => replay(events.slice(1))).toThrow();
  });

  it('SESS-1/FLOOR-7: the floor starts empty, with the policy and time limit of the plan', () => {
    const state = replay(createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: counter('p') }));
    expect(state.floor).toEqual(initialFloor('fewest_first', 120, 15));
    expect(state.floor).toMatchObject({ hands: [], pinned: [], current: null, ledger: [], overrides: [], nextTicket: 1, balanceShown: false });
  });

  it('SESS-2: the initial state has sequence 1, one event applied', () => {
    const [created] = createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: counter('p') });
    if (created?.type !== 'session.created') throw new Error('expected session.created');
    expect(initialState(created).seq).toBe(1);
    expect(replay([created])).toEqual(initialState(created));
  });
});

// ---------------------------------------------------------------------------------------------
// Random control commands, with valid and invalid poll and hand ids, from the roles that send them.

type PollControlInput = CommandInputOf<'poll.create' | 'poll.open' | 'poll.close' | 'poll.reveal' | 'poll.delete'>;

const knownIds = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
const pollIdArb = fc.constantFrom(...knownIds, 'nope', 'p99', 'P1');
const draftArb = fc.record({
  question: fc.string({ maxLength: 20 }).map((s) => `Q${s}`),
  kind: fc.constantFrom('single', 'multiple'),
  options: fc.constantFrom<string[]>(['yes', 'no'], ['a', 'b', 'c'], ['one', 'two', 'three', 'four']),
  resultsVisibility: fc.constantFrom(...RESULTS_VISIBILITY),
});
const controlArb: fc.Arbitrary<PollControlInput> = fc.oneof(
  draftArb.map((poll): PollControlInput => ({ type: 'poll.create', poll })),
  // Half of the opens say to keep another open poll open (POLL-8).
  fc.tuple(pollIdArb, fc.boolean()).map(([pollId, alongside]): PollControlInput => (alongside ? { type: 'poll.open', pollId, alongside } : { type: 'poll.open', pollId })),
  pollIdArb.map((pollId): PollControlInput => ({ type: 'poll.close', pollId })),
  fc.tuple(pollIdArb, fc.boolean()).map(([pollId, revealed]): PollControlInput => ({ type: 'poll.reveal', pollId, revealed })),
  pollIdArb.map((pollId): PollControlInput => ({ type: 'poll.delete', pollId })),
);

/** One command and who sends it. */
interface Step {
  readonly actor: Actor;
  readonly input: CommandInput;
}

const byModerator = (input: CommandInput): Step => ({ actor: MODERATOR, input });

/** Participants as the server knows them: with a channel (or not yet) and declared groups. */
const PARTICIPANTS: readonly Actor[] = [
  { role: 'participant', participantId: 'u1', profile: { channel: 'onsite', declared: { stakeholderGroup: 'Youth', regionalGroup: null, gender: null } } },
  {
    role: 'participant',
    participantId: 'u2',
    profile: { channel: 'online', declared: { stakeholderGroup: 'Academia', regionalGroup: 'African Group', gender: 'woman' } },
  },
  { role: 'participant', participantId: 'u3', profile: { channel: 'online', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } } },
  { role: 'participant', participantId: 'u4', profile: { channel: null, declared: { stakeholderGroup: null, regionalGroup: null, gender: null } } },
];
const participantArb = fc.constantFrom(...PARTICIPANTS);
// Hands, interventions and polls share the counter, so hand ids are among p1, p2, ….
const handIdArb = fc.oneof(fc.integer({ min: 1, max: 90 }).map((n) => `p${String(n)}`), fc.constant('nope'), fc.constant('@latest'));
const intentArb = fc.constantFrom('comment', 'question', 'reply');

/** Every floor command: participants raise and lower, the moderator does the rest. */
const floorStepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .tuple(participantArb, intentArb, fc.option(fc.constantFrom('Amina', 'Seat 4'), { nil: null }))
    .map(([actor, intent, label]): Step => ({ actor, input: { type: 'floor.raise', intent, label } })),
  participantArb.map((actor): Step => ({ actor, input: { type: 'floor.lower' } })),
  fc
    .tuple(fc.constantFrom('onsite', 'online'), intentArb, fc.option(fc.constantFrom('Government', 'Youth'), { nil: null }))
    .map(([channel, intent, stakeholderGroup]) => byModerator({ type: 'floor.add', label: 'Seat 9', channel, intent, stakeholderGroup })),
  fc
    .tuple(fc.option(handIdArb, { nil: null }), fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }))
    .map(([handId, panelSpeaker]) => byModerator({ type: 'floor.give', handId, panelSpeaker })),
  fc.constant(byModerator({ type: 'floor.give' })),
  fc.constant(byModerator({ type: 'floor.end' })),
  fc.tuple(handIdArb, fc.nat(6)).map(([handId, position]) => byModerator({ type: 'floor.move', handId, position })),
  handIdArb.map((handId) => byModerator({ type: 'floor.remove', handId })),
  handIdArb.map((handId) => byModerator({ type: 'floor.prioritiseReply', handId })),
  fc.constantFrom(...FLOOR_POLICY_NAMES).map((policy) => byModerator({ type: 'floor.setPolicy', policy })),
  fc
    .tuple(fc.integer({ min: 10, max: 300 }), fc.integer({ min: 0, max: 300 }))
    .map(([limitSeconds, warningSeconds]) => byModerator({ type: 'floor.setLimit', limitSeconds, warningSeconds })),
  fc.boolean().map((shown) => byModerator({ type: 'floor.showBalance', shown })),
);

/** Poll and floor commands, mixed: the whole control vocabulary of a session. */
const stepArb: fc.Arbitrary<Step> = fc.oneof({ arbitrary: controlArb.map(byModerator), weight: 1 }, { arbitrary: floorStepArb, weight: 2 });

interface Run {
  readonly events: SessionEvent[];
  /** State after each event, applied one by one. */
  readonly states: SessionState[];
  readonly answers: (ErrorCode | 'ok')[];
}

/** Decides and evolves the commands one by one, as the server does. */
function runOneByOne(steps: readonly Step[]): Run {
  const newId = counter('p');
  const events: SessionEvent[] = createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId });
  let state = events.reduce<SessionState | null>((s, e) => (s === null ? replay([e]) : evolve(s, e)), null);
  if (!state) throw new Error('no state');
  const states: SessionState[] = [state];
  const answers: (ErrorCode | 'ok')[] = [];
  let now = NOW;
  for (const { actor, input: given } of steps) {
    now += 250;
    // '@latest' stands for the hand raised last, so that commands on hands often find one.
    const latest = state.floor.hands.at(-1)?.id ?? 'none';
    const input = 'handId' in given && given.handId === '@latest' ? { ...given, handId: latest } : given;
    const decision = decide(state, commandSchema.parse(input), { actor, now, newId });
    answers.push(decision.ok ? 'ok' : decision.error.code);
    if (!decision.ok) continue;
    for (const event of decision.events) {
      if (!isSessionEvent(event)) throw new Error(`control command produced ${event.type}`);
      state = evolve(state, event);
      events.push(event);
      states.push(state);
    }
  }
  return { events, states, answers };
}

describe('replay', () => {
  it('SESS-2: applying decided events one by one equals replay of the whole log; seq equals the number of events', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80, size: 'max' }), (steps) => {
        const { events, states, answers } = runOneByOne(steps);
        for (const event of events) seen.add(event.type);
        for (const answer of answers) seen.add(answer);
        const last = states.at(-1);
        expect(replay(events)).toEqual(last);
        expect(last?.seq).toBe(events.length);
        // Every prefix of the log, too: a client resuming at any sequence sees the same state.
        states.forEach((state, i) => {
          expect(state.seq).toBe(i + 3);
          expect(replay(events.slice(0, i + 3))).toEqual(state);
        });
      }),
      FC,
    );
    // The generator reaches every control event, floor events included, and every kind of answer.
    expect([...seen].sort()).toEqual(
      [
        'invalid_input',
        'invalid_state',
        'not_found',
        'ok',
        'poll.closed',
        'poll.created',
        'poll.deleted',
        'poll.opened',
        'poll.revealed',
        'session.created',
        'floor.handRaised',
        'floor.handLowered',
        'floor.handMoved',
        'floor.replyPrioritised',
        'floor.given',
        'floor.ended',
        'floor.policySet',
        'floor.limitSet',
        'floor.balanceShown',
      ].sort(),
    );
  });

  it('SESS-2: replaying a log through a JSON round trip (as stored) rebuilds the same state', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80, size: 'max' }), (steps) => {
        const { events, states } = runOneByOne(steps);
        const stored = JSON.parse(JSON.stringify(events)) as SessionEvent[];
        expect(replay(stored)).toEqual(states.at(-1));
      }),
      FC,
    );
  });

  it('POLL-6, POLL-8: the lifecycle follows an independent model (draft → open → closed → reopened; open polls are not deleted; a second open poll only alongside)', () => {
    interface ModelPoll {
      status: PollStatus;
      revealed: boolean;
    }
    fc.assert(
      fc.property(fc.array(controlArb, { maxLength: 40, size: 'max' }), (commands) => {
        const { answers, states } = runOneByOne(commands.map(byModerator));
        const model = new Map<string, ModelPoll>([
          ['p1', { status: 'draft', revealed: false }],
          ['p2', { status: 'draft', revealed: false }],
        ]);
        let nextId = 3;
        let active: string | null = null;

        const expected = commands.map((command): ErrorCode | 'ok' => {
          if (command.type === 'poll.create') {
            model.set(`p${String(nextId++)}`, { status: 'draft', revealed: false });
            return 'ok';
          }
          const poll = model.get(command.pollId);
          if (!poll) return 'not_found';
          switch (command.type) {
            case 'poll.open':
              if (poll.status === 'open') return 'invalid_state';
              if (command.alongside !== true && [...model.values()].some((p) => p.status === 'open')) return 'invalid_state';
              poll.status = 'open';
              active = command.pollId;
              return 'ok';
            case 'poll.close':
              if (poll.status !== 'open') return 'invalid_state';
              poll.status = 'closed';
              return 'ok';
            case 'poll.reveal':
              if (poll.status === 'draft' || poll.revealed === command.revealed) return 'invalid_state';
              poll.revealed = command.revealed;
              return 'ok';
            case 'poll.delete':
              if (poll.status === 'open') return 'invalid_state';
              model.delete(command.pollId);
              if (active === command.pollId) active = null;
              return 'ok';
          }
        });

        expect(answers).toEqual(expected);
        const final = states.at(-1);
        if (!final) throw new Error('no state');
        expect(final.pollOrder).toEqual([...model.keys()]);
        expect(Object.keys(final.polls).sort()).toEqual([...model.keys()].sort());
        for (const [id, poll] of model) expect(final.polls[id]).toMatchObject(poll);
        expect(final.activePollId).toBe(active);
        // The big screen only ever shows a poll that exists and has been opened.
        for (const state of states) {
          if (state.activePollId === null) continue;
          expect(state.polls[state.activePollId]?.status).toMatch(/^(open|closed)$/);
        }
      }),
      FC,
    );
  });
});

describe('resultsPublic', () => {
  function poll(over: Partial<Poll>): Poll {
    return makePoll({ createdAt: NOW, ...over });
  }

  // The table of POLL-7, written out: [visibility, status, revealed] → public?
  const table: [Poll['resultsVisibility'], PollStatus, boolean, boolean][] = [
    ['live', 'draft', false, false],
    ['live', 'open', false, true],
    ['live', 'closed', false, true],
    ['live', 'open', true, true],
    ['live', 'closed', true, true],
    ['after_close', 'draft', false, false],
    ['after_close', 'open', false, false],
    ['after_close', 'closed', false, true],
    ['after_close', 'open', true, true],
    ['after_close', 'closed', true, true],
    ['hidden', 'draft', false, false],
    ['hidden', 'open', false, false],
    ['hidden', 'closed', false, false],
    ['hidden', 'open', true, true],
    ['hidden', 'closed', true, true],
  ];

  it.each(table)('POLL-7: %s results of a %s poll (revealed: %s) are public: %s', (resultsVisibility, status, revealed, expected) => {
    expect(resultsPublic(poll({ resultsVisibility, status, revealed }))).toBe(expected);
  });
});
