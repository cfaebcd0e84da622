import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../decide.ts';
import { type Actor } from '../decideContext.ts';
import type { Decision, ErrorCode } from '../errors.ts';
import { sessionPlanSchema, type SessionPlan, type SessionPlanInput } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { evolve, replay } from '../session.ts';
import { isSessionEvent, type DomainEvent, type SessionEvent } from '../events.ts';
import { type SessionState } from '../sessionState.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../templates.ts';
import { sessionView } from '../views.ts';
import { pollView } from '../polls/pollViews.ts';
import { itemActualMs, itemPace, plannedTotalMinutes, scheduleDriftMs, sessionClockMs } from './runViews.ts';

/** Examples of the run of show (RUN rules) and projector control (PROJ rules), decided and applied as the server does. */

const NOW = 1_700_000_000_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };
const MINUTE = 60_000;

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${String(++n)}`;
}

function codeOf(decision: Decision<unknown>): ErrorCode | 'ok' {
  return decision.ok ? 'ok' : decision.error.code;
}

/** The value, or a thrown error naming what was missing. */
function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

const demo = (): SessionPlan => sessionPlanSchema.parse(TEMPLATES[DEMO_TEMPLATE]);

/** A session from `plan`; each command happens `elapsed` ms after the one before. */
function start(plan: SessionPlan | SessionPlanInput = demo()) {
  const newId = counter('p');
  const log: SessionEvent[] = createSession(sessionPlanSchema.parse(plan), { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId });
  let state: SessionState = replay(log);
  let now = NOW;
  return {
    log,
    get state(): SessionState {
      return state;
    },
    get now(): number {
      return now;
    },
    run(input: CommandInput, elapsed = MINUTE, actor: Actor = MODERATOR): Decision<DomainEvent> {
      now += elapsed;
      const decision = decide(state, commandSchema.parse(input), { actor, now, newId });
      if (decision.ok) {
        for (const event of decision.events) {
          if (!isSessionEvent(event)) throw new Error('run-of-show commands are control commands');
          log.push(event);
          state = evolve(state, event);
        }
      }
      return decision;
    },
  };
}

describe('run of show', () => {
  it('SESS-5: the demo plan is the seed round table: 60 minutes, its three policy questions, role labels, no personal names', () => {
    const plan = demo();
    expect(plannedTotalMinutes(plan.agenda)).toBe(60);
    expect(plan.durationMinutes).toBe(60);
    expect(plan.agenda.map((item) => item.kind)).toEqual(['opening', 'discussion', 'discussion', 'discussion', 'qa', 'closing']);
    expect(plan.agenda.filter((item) => item.policyQuestion)).toHaveLength(3);
    expect(plan.polls.map((p) => p.agendaItem)).toEqual([1, 2, 3]);
    expect(plan.roles).toEqual({ moderator: 'Organiser 1 (onsite)', onlineModerator: 'Organiser 3 (online)', rapporteur: 'Organiser 2' });
    expect(plan.speakers.map((s) => s.label)).toEqual(['Speaker 1', 'Speaker 2', 'Speaker 3', 'Speaker 4', 'Organiser 1', 'Organiser 2', 'Organiser 3']);
    expect(plan.youthMode).toBe(true);
    expect(plan.retentionDays).toBe(30);
  });

  it('SESS-5: a plan names the field of each error', () => {
    const result = sessionPlanSchema.safeParse({
      title: 'T',
      agenda: [{ title: 'A', plannedMinutes: 0, kind: 'opening', speakingLimitSeconds: 5 }],
      roles: { moderator: '' },
      retentionDays: 0,
    });
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    expect(paths.sort()).toEqual(['agenda.0.plannedMinutes', 'agenda.0.speakingLimitSeconds', 'retentionDays', 'roles.moderator']);
  });

  it('RUN-6: a prepared poll names an existing agenda item; the poll view carries it', () => {
    const bad = sessionPlanSchema.safeParse({ title: 'T', agenda: [{ title: 'A', plannedMinutes: 5, kind: 'opening' }], polls: [{ question: 'Q?', options: ['a', 'b'], agendaItem: 1 }] });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.'))).toEqual(['polls.0.agendaItem']);
    const s = start();
    const views = s.state.pollOrder.map((id) => pollView('staff', must(s.state.polls[id], id))?.agendaItem);
    expect(views).toEqual([1, 2, 3]);
  });

  it('RUN-1: the run starts once with the first item; the clock runs from the start to the end', () => {
    const s = start();
    expect(s.state.run.status).toBe('planned');
    expect(codeOf(s.run({ type: 'agenda.end' }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'agenda.start' }))).toBe('ok');
    const startedAt = s.now;
    expect(s.state.run).toMatchObject({ status: 'running', current: 0, startedAt, since: startedAt });
    expect(codeOf(s.run({ type: 'agenda.start' }))).toBe('invalid_state');
    expect(sessionClockMs(s.state.run, startedAt + 5 * MINUTE)).toBe(5 * MINUTE);
    expect(codeOf(s.run({ type: 'agenda.end' }, 10 * MINUTE))).toBe('ok');
    expect(s.state.run).toMatchObject({ status: 'ended', current: null, endedAt: s.now });
    expect(sessionClockMs(s.state.run, s.now + 99 * MINUTE)).toBe(s.now - startedAt);
    expect(codeOf(s.run({ type: 'agenda.start' }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'agenda.next' }))).toBe('invalid_state');
  });

  it('RUN-1: an empty agenda cannot start', () => {
    const s = start({ title: 'No agenda' });
    expect(codeOf(s.run({ type: 'agenda.start' }))).toBe('invalid_state');
  });

  it('RUN-2: next, previous and jump move between items within the agenda', () => {
    const s = start();
    expect(codeOf(s.run({ type: 'agenda.next' }))).toBe('invalid_state');
    s.run({ type: 'agenda.start' });
    expect(codeOf(s.run({ type: 'agenda.previous' }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'agenda.next' }))).toBe('ok');
    expect(s.state.run.current).toBe(1);
    expect(codeOf(s.run({ type: 'agenda.jump', index: 1 }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'agenda.jump', index: 9 }))).toBe('not_found');
    expect(codeOf(s.run({ type: 'agenda.jump', index: 5 }))).toBe('ok');
    expect(codeOf(s.run({ type: 'agenda.next' }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'agenda.previous' }))).toBe('ok');
    expect(s.state.run.current).toBe(4);
  });

  it('RUN-3: an item that runs twice adds up its stints; replay rebuilds the same run', () => {
    const s = start();
    s.run({ type: 'agenda.start' });
    s.run({ type: 'agenda.next' }, 4 * MINUTE); // item 0: 4 min
    s.run({ type: 'agenda.previous' }, 10 * MINUTE); // item 1: 10 min
    s.run({ type: 'agenda.next' }, 2 * MINUTE); // item 0: 2 more
    expect(s.state.run.items[0]?.spentMs).toBe(6 * MINUTE);
    expect(s.state.run.items[1]?.spentMs).toBe(10 * MINUTE);
    expect(itemActualMs(s.state.run, 1, s.now + 3 * MINUTE)).toBe(13 * MINUTE);
    expect(s.state.run.items[1]?.startedAt).toBe(NOW + 5 * MINUTE);
    expect(replay(s.log)).toEqual(s.state);
  });

  it('RUN-4: pace is on time, then a warning from 80 % of the planned minutes, then an overrun', () => {
    const item = { title: 'Round', plannedMinutes: 10, kind: 'discussion' as const };
    expect(itemPace(item, 7 * MINUTE)).toBe('on_time');
    expect(itemPace(item, 8 * MINUTE)).toBe('warning');
    expect(itemPace(item, 10 * MINUTE)).toBe('warning');
    expect(itemPace(item, 10 * MINUTE + 1)).toBe('overrun');
    const s = start();
    s.run({ type: 'agenda.start' });
    s.run({ type: 'agenda.next' }, 7 * MINUTE); // the 5-minute opening ran 2 minutes over
    expect(scheduleDriftMs(s.state.plan.agenda, s.state.run, s.now + MINUTE)).toBe(2 * MINUTE);
  });

  it('RUN-5: an item with its own speaking limit gives it to the floor when it starts; others get the plan’s', () => {
    const s = start();
    expect(s.state.floor.limitSeconds).toBe(180);
    s.run({ type: 'agenda.start' });
    expect(s.state.floor.limitSeconds).toBe(60);
    s.run({ type: 'agenda.next' });
    expect(s.state.floor.limitSeconds).toBe(180);
    const decision = s.run({ type: 'agenda.next' });
    expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['agenda.itemStarted']);
    s.run({ type: 'agenda.jump', index: 4 });
    expect(s.state.floor).toMatchObject({ limitSeconds: 90, warningSeconds: 30 });
  });

  it('RUN-5: a running intervention keeps its limit when the item changes', () => {
    const s = start();
    s.run({ type: 'agenda.start' });
    s.run({ type: 'floor.give', panelSpeaker: 0 });
    expect(s.state.floor.current?.limitSeconds).toBe(60);
    s.run({ type: 'agenda.next' });
    expect(s.state.floor.current?.limitSeconds).toBe(60);
    expect(s.state.floor.limitSeconds).toBe(180);
  });

  it('RUN-7: the live plan changes, but a started item keeps its place and title', () => {
    const s = start();
    s.run({ type: 'agenda.start' });
    s.run({ type: 'agenda.next' });
    const plan = s.state.plan;
    const renamed = { ...plan, agenda: plan.agenda.map((item, i) => (i === 1 ? { ...item, title: 'Something else' } : item)) };
    const refused = s.run({ type: 'plan.update', plan: renamed });
    expect(codeOf(refused)).toBe('invalid_state');
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid_state', reason: 'plan.startedItemRenamed', params: { number: 2, path: 'agenda.1.title' } });
    const removed = { ...plan, agenda: plan.agenda.slice(1) };
    expect(codeOf(s.run({ type: 'plan.update', plan: removed }))).toBe('invalid_state');
    const cut = { ...plan, agenda: plan.agenda.slice(0, 1), polls: [] };
    const cutRefused = s.run({ type: 'plan.update', plan: cut });
    expect(cutRefused.ok ? null : cutRefused.error).toMatchObject({ reason: 'plan.startedItemRemoved', params: { number: 2, path: 'agenda.1' } });

    // Later items, minutes, settings and polls change freely.
    const later = {
      ...plan,
      agenda: [...plan.agenda.slice(0, 4).map((item, i) => (i === 1 ? { ...item, plannedMinutes: 20, speakingLimitSeconds: 120 } : item)), must(plan.agenda[5], 'closing')],
      floor: { ...plan.floor, policy: 'fewest_first' as const },
      polls: [...plan.polls, { question: 'One more?', kind: 'single' as const, options: ['Yes', 'No'], resultsVisibility: 'live' as const, agendaItem: 2 }],
      retentionDays: 7,
    };
    // The retention period protects participants: the host's to change (AUTH-4).
    const accepted = s.run({ type: 'plan.update', plan: later }, MINUTE, { role: 'host', participantId: null });
    expect(accepted.ok && accepted.events.map((e) => e.type)).toEqual(['plan.updated', 'poll.created', 'floor.policySet', 'floor.limitSet']);
    expect(s.state.plan.agenda).toHaveLength(5);
    expect(s.state.run.items).toHaveLength(5);
    expect(s.state.floor).toMatchObject({ policy: 'fewest_first', limitSeconds: 120 });
    expect(s.state.pollOrder).toHaveLength(4);
    expect(s.state.polls[must(s.state.pollOrder[3], 'new poll')]).toMatchObject({ status: 'draft', agendaItem: 2 });
    expect(sessionView(s.state).retentionDays).toBe(7);
    expect(replay(s.log)).toEqual(s.state);
  });

  it('RUN-7: an update is validated like a new plan', () => {
    expect(commandSchema.safeParse({ type: 'plan.update', plan: { title: '' } }).success).toBe(false);
    expect(commandSchema.safeParse({ type: 'plan.update', plan: { title: 'T', polls: [{ question: 'Q', options: ['a', 'b'], agendaItem: 0 }] } }).success).toBe(false);
  });
});

describe('projector control', () => {
  it('PROJ-1: the moderator switches the big screen between modes; the session view says which', () => {
    const s = start();
    expect(sessionView(s.state).projector).toEqual({ mode: 'auto', pollId: null });
    for (const mode of ['join', 'agenda', 'question', 'speaker', 'queue', 'auto'] as const) {
      expect(codeOf(s.run({ type: 'projector.show', mode }))).toBe('ok');
      expect(sessionView(s.state).projector).toEqual({ mode, pollId: null });
    }
  });

  it('PROJ-1: a draft is never shown; a poll goes with the poll mode only; the active poll by default', () => {
    const s = start();
    const first = must(s.state.pollOrder[0], 'poll 1');
    const second = must(s.state.pollOrder[1], 'poll 2');
    expect(codeOf(s.run({ type: 'projector.show', mode: 'poll' }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'projector.show', mode: 'poll', pollId: first }))).toBe('invalid_state');
    expect(codeOf(s.run({ type: 'projector.show', mode: 'poll', pollId: 'nope' }))).toBe('not_found');
    expect(codeOf(s.run({ type: 'projector.show', mode: 'agenda', pollId: first }))).toBe('invalid_input');
    s.run({ type: 'poll.open', pollId: first });
    s.run({ type: 'poll.open', pollId: second });
    expect(codeOf(s.run({ type: 'projector.show', mode: 'poll', pollId: first }))).toBe('ok');
    expect(s.state.projector).toEqual({ mode: 'poll', pollId: first });
    expect(codeOf(s.run({ type: 'projector.show', mode: 'poll' }))).toBe('ok');
    expect(s.state.projector).toEqual({ mode: 'poll', pollId: null });
    s.run({ type: 'projector.show', mode: 'poll', pollId: second });
    s.run({ type: 'poll.close', pollId: second });
    s.run({ type: 'poll.delete', pollId: second });
    expect(s.state.projector).toEqual({ mode: 'poll', pollId: null });
  });

  it('PROJ-3: the balance mode turns the meter on and leaving it turns it off', () => {
    const s = start();
    s.run({ type: 'projector.show', mode: 'balance' });
    expect(s.state.floor.balanceShown).toBe(true);
    s.run({ type: 'projector.show', mode: 'speaker' });
    expect(s.state.floor.balanceShown).toBe(false);
    s.run({ type: 'floor.showBalance', shown: true });
    s.run({ type: 'projector.show', mode: 'agenda' });
    expect(s.state.floor.balanceShown).toBe(true);
    expect(replay(s.log)).toEqual(s.state);
  });
});
