import fc from 'fast-check';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createSession, decide } from './decide.ts';
import { checkBallot } from './polls/decidePolls.ts';
import { optionsFrom } from './polls/pollEvents.ts';
import { type Actor } from './decideContext.ts';
import { ERROR_CODES, type Decision, type ErrorCode } from './errors.ts';
import { FLOOR_POLICIES, INTENTS } from './floor/floorTypes.ts';
import { GENDERS, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from './vocabulary.ts';
import { sessionPlanSchema, type pollDraftSchema } from './plan.ts';
import { commandSchema, type CommandInput } from './protocol/commands.ts';
import { ROLES } from './roles.ts';
import { evolve, replay } from './session.ts';
import { isSessionEvent, type DomainEvent, type SessionEvent } from './events.ts';
import { type Poll } from './polls/pollTypes.ts';
import { type SessionState } from './sessionState.ts';

const FC = { seed: 1717, numRuns: 200 } as const;
const NOW = 1_700_000_000_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };
const participant = (participantId: string): Actor => ({ role: 'participant', participantId });

type PollDraftInput = z.input<typeof pollDraftSchema>;

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${String(++n)}`;
}

/**
 * A session built by `createSession`, then driven by parsed commands through `decide` and
 * `evolve` with a fixed clock (advancing 1 s per command) and counter-based ids p1, p2, ….
 */
function startSession(polls: PollDraftInput[] = []) {
  const newId = counter('p');
  const plan = sessionPlanSchema.parse({ title: 'Test session', polls });
  const events: SessionEvent[] = createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId });
  let state = replay(events);
  let now = NOW;
  return {
    events,
    get state(): SessionState {
      return state;
    },
    get now(): number {
      return now;
    },
    poll(id: string): Poll {
      const poll = state.polls[id];
      if (!poll) throw new Error(`no poll ${id}`);
      return poll;
    },
    run(input: CommandInput, actor: Actor = MODERATOR): Decision<DomainEvent> {
      const command = commandSchema.parse(input);
      now += 1000;
      const decision = decide(state, command, { actor, now, newId });
      if (decision.ok) {
        for (const event of decision.events) {
          if (!isSessionEvent(event)) continue;
          state = evolve(state, event);
          events.push(event);
        }
      }
      return decision;
    },
  };
}

function codeOf(decision: Decision<unknown>): ErrorCode | 'ok' {
  return decision.ok ? 'ok' : decision.error.code;
}

const single: PollDraftInput = { question: 'Pick one', kind: 'single', options: ['Red', 'Green', 'Blue'] };
const multiple: PollDraftInput = { question: 'Pick some', kind: 'multiple', options: ['Red', 'Green', 'Blue', 'Yellow'] };

describe('decide: votes', () => {
  it('POLL-3: a single-choice vote names exactly one option', () => {
    const s = startSession([single]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const ok = s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o2'] }, participant('u1'));
    expect(ok).toEqual({ ok: true, events: [{ type: 'vote.cast', at: s.now, pollId: 'p1', participantId: 'u1', optionIds: ['o2'] }] });
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2'] }, participant('u1')))).toBe('invalid_input');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o1'] }, participant('u1')))).toBe('invalid_input');
  });

  it('POLL-3: a multiple-choice vote names one or more distinct options', () => {
    const s = startSession([multiple]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, participant('u1')))).toBe('ok');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o3', 'o1'] }, participant('u1')))).toBe('ok');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2', 'o3', 'o4'] }, participant('u1')))).toBe('ok');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o2', 'o2'] }, participant('u1')))).toBe('invalid_input');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2', 'o1'] }, participant('u1')))).toBe('invalid_input');
  });

  it('POLL-3: every option must belong to the poll', () => {
    const s = startSession([single, multiple]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.run({ type: 'poll.open', pollId: 'p2', alongside: true });
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o4'] }, participant('u1')))).toBe('invalid_input');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['Red'] }, participant('u1')))).toBe('invalid_input');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p2', optionIds: ['o1', 'o5'] }, participant('u1')))).toBe('invalid_input');
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p2', optionIds: ['o0'] }, participant('u1')))).toBe('invalid_input');
  });

  it('POLL-3: checkBallot accepts exactly the valid ballots, an empty one included as invalid', () => {
    const s = startSession([single, multiple]);
    const one = s.poll('p1');
    const many = s.poll('p2');
    expect(checkBallot(one, ['o1'])).toBeNull();
    expect(checkBallot(one, [])).not.toBeNull();
    expect(checkBallot(one, ['o1', 'o2'])).not.toBeNull();
    expect(checkBallot(many, ['o4', 'o2'])).toBeNull();
    expect(checkBallot(many, [])).not.toBeNull();
    expect(checkBallot(many, ['o2', 'o2'])).not.toBeNull();
    expect(checkBallot(many, ['o9'])).not.toBeNull();
  });

  it('POLL-3: option ids are short and stable, o1…on in display order', () => {
    expect(optionsFrom(['Yes', 'No', 'Abstain'])).toEqual([
      { id: 'o1', label: 'Yes' },
      { id: 'o2', label: 'No' },
      { id: 'o3', label: 'Abstain' },
    ]);
  });

  it('POLL-4: a vote in a draft answers not_found, exactly as for an unknown poll', () => {
    const s = startSession([single]);
    const draft = s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, participant('u1'));
    const unknown = s.run({ type: 'poll.vote', pollId: 'p404', optionIds: ['o1'] }, participant('u1'));
    expect(codeOf(draft)).toBe('not_found');
    expect(draft).toEqual(unknown);
  });

  it('POLL-4: a vote in a closed poll answers invalid_state; reopened, it is accepted again', () => {
    const s = startSession([single]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.run({ type: 'poll.close', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, participant('u1')))).toBe('invalid_state');
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, participant('u1')))).toBe('ok');
  });

  it('POLL-4: a vote in a deleted poll answers not_found', () => {
    const s = startSession([single]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.run({ type: 'poll.close', pollId: 'p1' });
    s.run({ type: 'poll.delete', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, participant('u1')))).toBe('not_found');
  });

  it('POLL-4: a vote never changes the session state or its sequence', () => {
    const s = startSession([single]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const before = s.state;
    const decision = s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, participant('u1'));
    expect(decision.ok && decision.events.every((e) => !isSessionEvent(e))).toBe(true);
    expect(s.state).toBe(before);
  });

  it('AUTH-2: only an actor with a participant id can vote or declare a channel', () => {
    const s = startSession([single]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, MODERATOR))).toBe('forbidden');
    expect(codeOf(s.run({ type: 'participant.setChannel', channel: 'online' }, { role: 'projector', participantId: null }))).toBe('forbidden');
    expect(s.run({ type: 'participant.setChannel', channel: 'onsite' }, participant('u7'))).toEqual({
      ok: true,
      events: [{ type: 'participant.channelSet', at: s.now, participantId: 'u7', channel: 'onsite' }],
    });
    expect(codeOf(s.run({ type: 'participant.declare', stakeholderGroup: 'Youth' }, MODERATOR))).toBe('forbidden');
    expect(s.run({ type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: 'African Group' }, participant('u7'))).toEqual({
      ok: true,
      events: [{ type: 'participant.declared', at: s.now, participantId: 'u7', declared: { stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: null } }],
    });
  });

  it('AUTH-2/FLOOR-2: only an actor with a participant id and a known profile raises or lowers a hand', () => {
    const s = startSession();
    expect(codeOf(s.run({ type: 'floor.raise' }, MODERATOR))).toBe('forbidden');
    expect(codeOf(s.run({ type: 'floor.raise' }, participant('u1')))).toBe('forbidden');
    expect(codeOf(s.run({ type: 'floor.lower' }, MODERATOR))).toBe('forbidden');
    const withProfile: Actor = { ...participant('u1'), profile: { channel: 'online', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } } };
    expect(codeOf(s.run({ type: 'floor.raise' }, withProfile))).toBe('ok');
    expect(codeOf(s.run({ type: 'floor.lower' }, withProfile))).toBe('ok');
    // Control events, not contributions: the hand is in the session state.
    expect(s.state.floor.hands).toEqual([]);
    expect(s.events.map((e) => e.type).slice(-2)).toEqual(['floor.handRaised', 'floor.handLowered']);
  });
});

describe('decide: poll lifecycle', () => {
  it('POLL-6: a created poll starts as a draft with fresh id and the injected clock', () => {
    const s = startSession();
    const decision = s.run({ type: 'poll.create', poll: { question: '  Coffee or tea? ', options: ['Coffee', 'Tea'] } });
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: 'poll.created',
          at: s.now,
          poll: { id: 'p1', question: 'Coffee or tea?', kind: 'single', options: optionsFrom(['Coffee', 'Tea']), resultsVisibility: 'live' },
        },
      ],
    });
    expect(s.poll('p1')).toMatchObject({ status: 'draft', revealed: false, createdAt: s.now, openedAt: null, closedAt: null });
    expect(s.state.pollOrder).toEqual(['p1']);
  });

  it('POLL-6: draft → open → closed → reopened; opening makes the poll the one on the big screen', () => {
    const s = startSession([single, multiple]);
    expect(s.state.activePollId).toBeNull();

    expect(codeOf(s.run({ type: 'poll.open', pollId: 'p1' }))).toBe('ok');
    const openedAt = s.now;
    expect(s.poll('p1')).toMatchObject({ status: 'open', openedAt, closedAt: null });
    expect(s.state.activePollId).toBe('p1');

    expect(codeOf(s.run({ type: 'poll.close', pollId: 'p1' }))).toBe('ok');
    expect(s.poll('p1')).toMatchObject({ status: 'closed', openedAt, closedAt: s.now });
    expect(s.state.activePollId).toBe('p1');

    expect(codeOf(s.run({ type: 'poll.open', pollId: 'p2' }))).toBe('ok');
    expect(s.state.activePollId).toBe('p2');

    expect(codeOf(s.run({ type: 'poll.open', pollId: 'p1', alongside: true }))).toBe('ok');
    expect(s.poll('p1')).toMatchObject({ status: 'open', openedAt: s.now, closedAt: null });
    expect(s.state.activePollId).toBe('p1');
  });

  it('POLL-6: an open poll cannot be opened again, a draft or closed one cannot be closed', () => {
    const s = startSession([single, multiple]);
    expect(codeOf(s.run({ type: 'poll.close', pollId: 'p1' }))).toBe('invalid_state');
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.open', pollId: 'p1' }))).toBe('invalid_state');
    s.run({ type: 'poll.close', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.close', pollId: 'p1' }))).toBe('invalid_state');
  });

  it('POLL-8: a second poll does not open while another is open: a typed refusal naming the open one, nothing changed', () => {
    const s = startSession([single, multiple]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const before = s.state;
    const refused = s.run({ type: 'poll.open', pollId: 'p2' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_state', reason: 'poll.anotherOpen', params: { question: 'Pick one' } } });
    expect(s.state).toBe(before);
    expect(codeOf(s.run({ type: 'poll.open', pollId: 'p2', alongside: false }))).toBe('invalid_state');
    // Closing the first frees the way.
    s.run({ type: 'poll.close', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.open', pollId: 'p2' }))).toBe('ok');
  });

  it('POLL-8: with `alongside: true` the moderator keeps both open on purpose; the one opened last is on the big screen', () => {
    const s = startSession([single, multiple]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.open', pollId: 'p2', alongside: true }))).toBe('ok');
    expect([s.poll('p1').status, s.poll('p2').status]).toEqual(['open', 'open']);
    expect(s.state.activePollId).toBe('p2');
  });

  it('POLL-6: an open poll cannot be deleted; a draft or a closed one can', () => {
    const s = startSession([single, multiple]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const before = s.state;
    expect(codeOf(s.run({ type: 'poll.delete', pollId: 'p1' }))).toBe('invalid_state');
    expect(s.state).toBe(before);

    expect(codeOf(s.run({ type: 'poll.delete', pollId: 'p2' }))).toBe('ok');
    expect(s.state.polls['p2']).toBeUndefined();
    expect(s.state.pollOrder).toEqual(['p1']);

    s.run({ type: 'poll.close', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.delete', pollId: 'p1' }))).toBe('ok');
    expect(s.state.pollOrder).toEqual([]);
    expect(s.state.activePollId).toBeNull();
    expect(codeOf(s.run({ type: 'poll.delete', pollId: 'p1' }))).toBe('not_found');
  });

  it('POLL-6: commands on an unknown poll answer not_found', () => {
    const s = startSession([single]);
    for (const input of [
      { type: 'poll.open', pollId: 'p9' },
      { type: 'poll.close', pollId: 'p9' },
      { type: 'poll.reveal', pollId: 'p9', revealed: true },
      { type: 'poll.delete', pollId: 'p9' },
    ] as const) {
      expect(codeOf(s.run(input)), input.type).toBe('not_found');
    }
  });

  // Regression: polls used to be looked up with `state.polls[command.pollId]` on a plain object,
  // so an id such as "constructor" or "__proto__" found an Object.prototype member and was taken
  // for an existing poll. `pollById` (session.ts) now checks own properties only.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'POLL-4/POLL-6: a poll id named like an Object.prototype member (%s) is an unknown poll',
    (pollId) => {
      const s = startSession([single]);
      const before = s.state;
      const answers = {
        'poll.open': codeOf(s.run({ type: 'poll.open', pollId })),
        'poll.close': codeOf(s.run({ type: 'poll.close', pollId })),
        'poll.reveal': codeOf(s.run({ type: 'poll.reveal', pollId, revealed: true })),
        'poll.delete': codeOf(s.run({ type: 'poll.delete', pollId })),
        'poll.vote': codeOf(s.run({ type: 'poll.vote', pollId, optionIds: ['o1'] }, participant('u1'))),
      };
      expect(answers).toEqual({
        'poll.open': 'not_found',
        'poll.close': 'not_found',
        'poll.reveal': 'not_found',
        'poll.delete': 'not_found',
        'poll.vote': 'not_found',
      });
      expect(s.state).toBe(before);
    },
  );

  it('POLL-7: results can be revealed once the poll is not a draft, and the reveal can be undone', () => {
    const s = startSession([{ ...single, resultsVisibility: 'hidden' }]);
    expect(codeOf(s.run({ type: 'poll.reveal', pollId: 'p1', revealed: true }))).toBe('invalid_state');
    s.run({ type: 'poll.open', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.reveal', pollId: 'p1', revealed: false }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'poll.reveal', pollId: 'p1', revealed: true }))).toBe('ok');
    expect(s.poll('p1').revealed).toBe(true);
    expect(codeOf(s.run({ type: 'poll.reveal', pollId: 'p1', revealed: true }))).toBe('invalid_state');
    s.run({ type: 'poll.close', pollId: 'p1' });
    expect(codeOf(s.run({ type: 'poll.reveal', pollId: 'p1', revealed: false }))).toBe('ok');
    expect(s.poll('p1').revealed).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// decide is total: for every parsed command, in any reachable state, from any actor.

const text = (prefix: string, max: number) => fc.string({ minLength: 0, maxLength: max }).map((s) => `${prefix}${s}`);
const pollDraftArb = fc.record(
  {
    question: text('Q', 60),
    kind: fc.constantFrom('single', 'multiple'),
    options: fc.uniqueArray(text('opt ', 30), { minLength: 2, maxLength: 12, selector: (s) => s.trim().toLowerCase() }),
    resultsVisibility: fc.constantFrom('live', 'after_close', 'hidden'),
  },
  { requiredKeys: ['question', 'options'] },
);
const pollIdArb = fc.oneof(
  fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'nope'),
  fc.string({ minLength: 1, maxLength: 64 }),
);
const optionIdArb = fc.oneof(fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o13'), fc.string({ minLength: 1, maxLength: 120 }));
const handIdArb = fc.oneof(fc.constantFrom('p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'nope'), fc.string({ minLength: 1, maxLength: 64 }));
const declaredArb = fc.record({
  stakeholderGroup: fc.option(fc.constantFrom(...STAKEHOLDER_GROUPS), { nil: null }),
  regionalGroup: fc.option(fc.constantFrom(...REGIONAL_GROUPS), { nil: null }),
  gender: fc.option(fc.constantFrom(...GENDERS), { nil: null }),
});

const commandArb: fc.Arbitrary<CommandInput> = fc.oneof(
  pollDraftArb.map((poll): CommandInput => ({ type: 'poll.create', poll })),
  pollIdArb.map((pollId): CommandInput => ({ type: 'poll.open', pollId })),
  pollIdArb.map((pollId): CommandInput => ({ type: 'poll.close', pollId })),
  fc.tuple(pollIdArb, fc.boolean()).map(([pollId, revealed]): CommandInput => ({ type: 'poll.reveal', pollId, revealed })),
  pollIdArb.map((pollId): CommandInput => ({ type: 'poll.delete', pollId })),
  fc
    .tuple(pollIdArb, fc.array(optionIdArb, { minLength: 1, maxLength: 12 }))
    .map(([pollId, optionIds]): CommandInput => ({ type: 'poll.vote', pollId, optionIds })),
  fc.constantFrom('onsite', 'online').map((channel): CommandInput => ({ type: 'participant.setChannel', channel })),
  declaredArb.map((declared): CommandInput => ({ type: 'participant.declare', ...declared })),
  fc
    .tuple(fc.constantFrom(...INTENTS), fc.option(fc.constantFrom('Amina', 'Seat 3'), { nil: null }))
    .map(([intent, label]): CommandInput => ({ type: 'floor.raise', intent, label })),
  fc.constant<CommandInput>({ type: 'floor.lower' }),
  fc
    .tuple(fc.constantFrom('onsite', 'online'), fc.constantFrom(...INTENTS), declaredArb)
    .map(([channel, intent, declared]): CommandInput => ({ type: 'floor.add', label: 'Seat 7', channel, intent, ...declared })),
  fc
    .tuple(fc.option(handIdArb, { nil: null }), fc.option(fc.integer({ min: 0, max: 49 }), { nil: null }))
    .map(([handId, panelSpeaker]): CommandInput => ({ type: 'floor.give', handId, panelSpeaker })),
  fc.constant<CommandInput>({ type: 'floor.end' }),
  fc.tuple(handIdArb, fc.nat(10_000)).map(([handId, position]): CommandInput => ({ type: 'floor.move', handId, position })),
  handIdArb.map((handId): CommandInput => ({ type: 'floor.remove', handId })),
  handIdArb.map((handId): CommandInput => ({ type: 'floor.prioritiseReply', handId })),
  fc.constantFrom(...FLOOR_POLICIES).map((policy): CommandInput => ({ type: 'floor.setPolicy', policy })),
  fc
    .tuple(fc.integer({ min: 10, max: 3600 }), fc.integer({ min: 0, max: 600 }))
    .map(([limitSeconds, warningSeconds]): CommandInput => ({ type: 'floor.setLimit', limitSeconds, warningSeconds })),
  fc.boolean().map((shown): CommandInput => ({ type: 'floor.showBalance', shown })),
);
const actorArb: fc.Arbitrary<Actor> = fc.record({
  role: fc.constantFrom(...ROLES),
  participantId: fc.option(fc.constantFrom('u1', 'u2', 'u3'), { nil: null }),
  profile: fc.option(fc.record({ channel: fc.constantFrom('onsite', 'online', null), declared: declaredArb }), { nil: null }),
});

describe('decide: totality', () => {
  it('AUTH-2/PROTO-1: decide never throws for a parsed command and every refusal carries an ErrorCode', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(actorArb, commandArb), { maxLength: 40, size: 'max' }), (steps) => {
        const s = startSession([single, multiple]);
        for (const [actor, input] of steps) {
          const parsed = commandSchema.safeParse(input);
          expect(parsed.success, JSON.stringify(input)).toBe(true);
          let decision: Decision<DomainEvent> | undefined;
          expect(() => {
            decision = s.run(input, actor);
          }).not.toThrow();
          if (!decision) throw new Error('no decision');
          if (decision.ok) {
            expect(decision.events.length).toBeGreaterThan(0);
          } else {
            expect(ERROR_CODES).toContain(decision.error.code);
            expect(decision.error.message.length).toBeGreaterThan(0);
          }
        }
      }),
      FC,
    );
  });

  it('SESS-2: decide is pure: the same state, command and context give the same decision', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 20, size: 'max' }), commandArb, (prefix, last) => {
        const s = startSession([single, multiple]);
        for (const input of prefix) s.run(input, participant('u1'));
        for (const input of prefix) s.run(input);
        const command = commandSchema.parse(last);
        const ctx = () => ({ actor: participant('u1'), now: 5, newId: counter('x') });
        const state = s.state;
        expect(decide(state, command, ctx())).toEqual(decide(state, command, ctx()));
        expect(s.state).toBe(state);
      }),
      FC,
    );
  });
});
