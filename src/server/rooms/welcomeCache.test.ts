import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../../core/decide.ts';
import { floorView } from '../../core/floor/floorViews.ts';
import { guidelinesView } from '../../core/guidelines/guidelinesView.ts';
import { sessionPlanSchema } from '../../core/plan.ts';
import type { ServerMessages } from '../../core/protocol/serverMessages.ts';
import { PROTOCOL_VERSION } from '../../core/protocol/version.ts';
import { audienceOf, type Role } from '../../core/roles.ts';
import { evolve, replay } from '../../core/session.ts';
import { isSessionEvent } from '../../core/events.ts';
import { type SessionState } from '../../core/sessionState.ts';
import { sessionView } from '../../core/views.ts';
import { pollViews } from '../../core/polls/pollViews.ts';
import { WelcomeCache, type WelcomeParts } from './welcomeCache.ts';

const plan = sessionPlanSchema.parse({ title: 'Welcome test', polls: [{ question: 'Q?', options: ['Yes', 'No'] }] });
const NOW = 5_000;

function initial(): SessionState {
  let id = 0;
  return replay(createSession(plan, { sessionId: 's1', joinCode: '123456' }, { now: 1000, newId: () => `p${++id}` }));
}

function parts(state: SessionState, role: Role, withSnapshot: boolean): WelcomeParts {
  return {
    type: 'welcome',
    protocol: PROTOCOL_VERSION,
    role,
    seq: state.seq,
    serverTime: NOW,
    snapshot: withSnapshot ? { floor: floorView(audienceOf(role), state.floor, NOW) } : null,
    tallies: [],
    presence: { onsite: 1, online: 0, undeclared: 2 },
    balance: null,
    panelSpeaker: null,
    speakerNote: null,
    me: role === 'participant' ? { channel: 'onsite', declared: { stakeholderGroup: null, regionalGroup: null, gender: null }, votes: { x: ['y'] }, floor: { handId: null, position: null, intent: null, speaking: false }, conductAccepted: true } : null,
  };
}

/** The welcome as the room built it before the cache: one JSON.stringify of the whole message. */
function plain(state: SessionState, role: Role, withSnapshot: boolean): ServerMessages['welcome'] {
  const p = parts(state, role, withSnapshot);
  return { ...p, guidelines: guidelinesView(state.plan), snapshot: p.snapshot === null ? null : { session: sessionView(state), polls: pollViews(audienceOf(role), state), ...p.snapshot } };
}

describe('welcome cache', () => {
  it('PROTO-5: the cached frame is the welcome the room would serialise, for each role, with and without a snapshot', () => {
    const cache = new WelcomeCache();
    const state = initial();
    for (const role of ['participant', 'projector', 'moderator'] as const) {
      for (const withSnapshot of [true, false]) {
        // Twice: the second frame is built from the cache.
        for (let i = 0; i < 2; i++) expect(JSON.parse(cache.frame(state, parts(state, role, withSnapshot)))).toEqual(plain(state, role, withSnapshot));
      }
    }
  });

  it('PRIV-2: each role gets its own views from the cache: drafts go to staff only', () => {
    const cache = new WelcomeCache();
    const state = initial();
    const staff = JSON.parse(cache.frame(state, parts(state, 'moderator', true))) as ServerMessages['welcome'];
    const phone = JSON.parse(cache.frame(state, parts(state, 'participant', true))) as ServerMessages['welcome'];
    expect(staff.snapshot?.polls).toHaveLength(1);
    expect(phone.snapshot?.polls).toHaveLength(0);
  });

  it('PROTO-5: after a control event the next welcome shows the new state, not the cached one', () => {
    const cache = new WelcomeCache();
    const before = initial();
    const pollId = before.pollOrder[0];
    if (pollId === undefined) throw new Error('no poll');
    expect((JSON.parse(cache.frame(before, parts(before, 'participant', true))) as ServerMessages['welcome']).snapshot?.polls).toHaveLength(0);
    const decision = decide(before, { type: 'poll.open', pollId }, { actor: { role: 'moderator', participantId: null }, now: NOW, newId: () => 'n1' });
    if (!decision.ok) throw new Error(decision.error.message);
    const after = decision.events.filter(isSessionEvent).reduce(evolve, before);
    const welcome = JSON.parse(cache.frame(after, parts(after, 'participant', true))) as ServerMessages['welcome'];
    expect(welcome).toEqual(plain(after, 'participant', true));
    expect(welcome.snapshot?.polls.map((p) => p.id)).toEqual([pollId]);
    expect(welcome.snapshot?.session).toEqual(sessionView(after));
  });
});
