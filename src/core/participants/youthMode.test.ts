import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../decide.ts';
import type { Actor } from '../decideContext.ts';
import type { Decision } from '../errors.ts';
import { isSessionEvent, type DomainEvent } from '../events.ts';
import { floorView } from '../floor/floorViews.ts';
import { sessionPlanSchema } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { evolve, replay } from '../session.ts';
import type { SessionState } from '../sessionState.ts';
import { sessionView } from '../views.ts';
import type { Declared } from '../vocabulary.ts';

/**
 * PRIV-7: youth mode keeps no gender, age or name of a participant beyond the label a
 * moderator needs during the session, and no view for the room shows that label.
 */

const NOW = 1_700_000_000_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };
const DECLARED_BEFORE: Declared = { stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: 'woman' };

function participant(id: string, declared: Declared = { stakeholderGroup: null, regionalGroup: null, gender: null }): Actor {
  return { role: 'participant', participantId: id, profile: { channel: 'onsite', declared } };
}

function start(youthMode: boolean) {
  let n = 0;
  const newId = () => `id${String(++n)}`;
  const plan = sessionPlanSchema.parse({ title: 'Youth mode', youthMode, speakers: [{ label: 'Speaker 1' }], qa: { allowDisplayNames: true } });
  let state: SessionState = replay(createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId }));
  let now = NOW;
  return {
    get state(): SessionState {
      return state;
    },
    run(input: CommandInput, actor: Actor = MODERATOR): Decision<DomainEvent> {
      now += 1000;
      const decision = decide(state, commandSchema.parse(input), { actor, now, newId });
      if (decision.ok) for (const event of decision.events) if (isSessionEvent(event)) state = evolve(state, event);
      return decision;
    },
  };
}

function reasonOf(decision: Decision<unknown>): string {
  return decision.ok ? 'ok' : decision.error.reason;
}

describe('youth mode: minimum data (PRIV-7)', () => {
  it('PRIV-7: in youth mode a participant cannot declare a gender (participant.youthNoGender); groups stay optional and allowed', () => {
    const youth = start(true);
    const refused = youth.run({ type: 'participant.declare', stakeholderGroup: 'Youth', gender: 'woman' }, participant('u1'));
    expect(reasonOf(refused)).toBe('participant.youthNoGender');
    expect(!refused.ok && refused.error.code).toBe('invalid_input');
    expect(youth.run({ type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: 'African Group' }, participant('u1'))).toMatchObject({
      ok: true,
      events: [{ type: 'participant.declared', declared: { stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: null } }],
    });
    // Outside youth mode a gender may be declared, for the balance meter.
    expect(reasonOf(start(false).run({ type: 'participant.declare', gender: 'woman' }, participant('u1')))).toBe('ok');
  });

  it('PRIV-7: no command takes an age or a name for a participant: unknown fields fail the schema', () => {
    expect(commandSchema.safeParse({ type: 'participant.declare', age: 12 }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'participant.declare', name: 'Amira' }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'participant.setChannel', channel: 'onsite', name: 'Amira' }).success).toBe(false);
  });

  it('PRIV-7: in youth mode a moderator cannot note a gender for someone added without the app; a label and groups are fine', () => {
    const youth = start(true);
    expect(reasonOf(youth.run({ type: 'floor.add', label: 'Seat 12', channel: 'onsite', gender: 'man' }))).toBe('participant.youthNoGender');
    expect(youth.state.floor.hands).toHaveLength(0);
    expect(reasonOf(youth.run({ type: 'floor.add', label: 'Seat 12', channel: 'onsite', stakeholderGroup: 'Youth' }))).toBe('ok');
    expect(reasonOf(start(false).run({ type: 'floor.add', label: 'Seat 12', channel: 'onsite', gender: 'man' }))).toBe('ok');
  });

  it('PRIV-7: a gender declared before youth mode was turned on is not carried into a raised hand', () => {
    const youth = start(true);
    expect(reasonOf(youth.run({ type: 'floor.raise' }, participant('u1', DECLARED_BEFORE)))).toBe('ok');
    expect(youth.state.floor.hands[0]?.speaker).toMatchObject({ stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: null });
    const adults = start(false);
    adults.run({ type: 'floor.raise' }, participant('u1', DECLARED_BEFORE));
    expect(adults.state.floor.hands[0]?.speaker.gender).toBe('woman');
  });

  it('PRIV-7: in youth mode the label of someone added without the app is for staff only; the room sees "Participant (channel)"', () => {
    const youth = start(true);
    youth.run({ type: 'floor.add', label: 'Amira, red jumper', channel: 'onsite' });
    youth.run({ type: 'floor.add', label: 'Caller 2', channel: 'online' });
    youth.run({ type: 'floor.give', handId: null, panelSpeaker: null });
    const { state } = youth;
    const publicView = floorView('public', state.floor, NOW + 10_000, state.plan);
    expect(publicView.current).toMatchObject({ kind: 'added', label: null, channel: 'onsite' });
    expect(publicView.queue.map((h) => h.label)).toEqual([null]);
    expect(JSON.stringify(publicView)).not.toMatch(/Amira|Caller 2/);
    expect(JSON.stringify(sessionView(state))).not.toMatch(/Amira|Caller 2/);
    const staffView = floorView('staff', state.floor, NOW + 10_000, state.plan);
    expect(staffView.current?.label).toBe('Amira, red jumper');
    expect(staffView.queue.map((h) => h.label)).toEqual(['Caller 2']);
    // A panel speaker keeps the plan's label (a role, set by the host).
    youth.run({ type: 'floor.give', handId: null, panelSpeaker: 0 });
    expect(floorView('public', youth.state.floor, NOW + 20_000, youth.state.plan).current?.label).toBe('Speaker 1');
  });

  it('PRIV-7: outside youth mode the room sees the label the moderator typed', () => {
    const adults = start(false);
    adults.run({ type: 'floor.add', label: 'Seat 12', channel: 'onsite' });
    expect(floorView('public', adults.state.floor, NOW + 10_000, adults.state.plan).queue[0]?.label).toBe('Seat 12');
  });

  it('PRIV-7: in youth mode a question cannot be signed with a name, even where the plan allows names (qa.anonymous)', () => {
    expect(reasonOf(start(true).run({ type: 'qa.ask', text: 'How are apps tested for children?', displayName: 'Amira' }, participant('u1')))).toBe('qa.anonymous');
  });
});
