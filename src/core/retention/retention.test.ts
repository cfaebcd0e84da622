import { describe, expect, it } from 'vitest';
import { initialRun } from '../agenda/runTypes.ts';
import { createSession, decide } from '../decide.ts';
import type { Actor } from '../decideContext.ts';
import { isSessionEvent, type SessionEvent } from '../events.ts';
import type { Attendee } from '../floor/balanceMeter.ts';
import { sessionPlanSchema, type SessionPlanInput } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { evolve, replay } from '../session.ts';
import type { SessionState } from '../sessionState.ts';
import { aggregateSession, sessionAggregatesSchema } from './sessionAggregates.ts';
import { DAY_MS, retentionDueAt, sessionEndedAt, UNENDED_SESSION_GRACE_MS } from './sessionEnd.ts';

/** Examples of the retention rules (RETAIN-2, RETAIN-3), decided and applied as the server does. */

const T0 = 1_767_225_600_000;
const MINUTE = 60_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };
const NONE = { stakeholderGroup: null, regionalGroup: null, gender: null } as const;

/** Strings that a person typed: none may be in the aggregates. */
const PERSONAL = {
  hand: 'Handlabel-Qv7',
  added: 'Added-Person-Zx3',
  question: 'Question text Kp9 about my school',
  edited: 'Edited text Lm4 about my school',
  name: 'Displayname-Wr2',
  reply: 'Reply text Tb6',
  label: 'Qalabel-Yh1',
  note: 'Speakernote-Gc8',
  speaker: 'Panellist-Fn5',
  organisation: 'Organisation-Dj0',
} as const;

function participant(id: string, channel: 'onsite' | 'online', declared: Partial<Attendee> = {}): Actor {
  return { role: 'participant', participantId: id, profile: { channel, declared: { ...NONE, ...declared } } };
}

/** A session from `plan`; each command happens a minute after the one before. */
function start(plan: SessionPlanInput) {
  let n = 0;
  const newId = () => `id${String(++n)}`;
  let now = T0;
  const log: SessionEvent[] = createSession(sessionPlanSchema.parse(plan), { sessionId: 's1', joinCode: '482913706' }, { now, newId });
  let state: SessionState = replay(log);
  return {
    get state() {
      return state;
    },
    get now() {
      return now;
    },
    run(input: CommandInput, actor: Actor = MODERATOR, elapsed = MINUTE): void {
      now += elapsed;
      const decision = decide(state, commandSchema.parse(input), { actor, now, newId });
      if (!decision.ok) throw new Error(`${input.type} refused: ${decision.error.message}`);
      for (const event of decision.events.filter(isSessionEvent)) {
        log.push(event);
        state = evolve(state, event);
      }
    },
  };
}

describe('RETAIN-2: when a session ended', () => {
  it('a run that was ended ended then, or at a later activity', () => {
    const run = { status: 'ended' as const, endedAt: T0 };
    expect(sessionEndedAt(run, T0)).toBe(T0);
    expect(sessionEndedAt(run, T0 + 5 * MINUTE)).toBe(T0 + 5 * MINUTE);
  });

  it('a run never ended (planned or still running) ends a day after the last activity', () => {
    expect(sessionEndedAt(initialRun(3), T0)).toBe(T0 + UNENDED_SESSION_GRACE_MS);
    expect(sessionEndedAt({ status: 'running', endedAt: null }, T0)).toBe(T0 + DAY_MS);
  });

  it('RETAIN-1: deletion is due the retention period after the end', () => {
    const state = { run: { status: 'ended' as const, endedAt: T0 }, plan: { retentionDays: 30 } };
    expect(retentionDueAt(state, T0)).toBe(T0 + 30 * DAY_MS);
    expect(retentionDueAt({ ...state, run: initialRun(0) }, T0)).toBe(T0 + 31 * DAY_MS);
  });
});

describe('RETAIN-3: the aggregates of a session', () => {
  const plan: SessionPlanInput = {
    title: 'Retention round table',
    youthMode: false,
    agenda: [
      { title: 'Opening', plannedMinutes: 5, kind: 'opening' },
      { title: 'Discussion', plannedMinutes: 20, kind: 'discussion' },
    ],
    speakers: [{ label: PERSONAL.speaker, organisation: PERSONAL.organisation, stakeholderGroup: 'Academia', channel: 'online' }],
    polls: [{ question: 'Ready?', options: ['Yes', 'No'] }],
    qa: { allowDisplayNames: true, preModeration: false },
  };

  function played() {
    const s = start(plan);
    const ann = participant('u-ann', 'onsite', { gender: 'woman' });
    const bob = participant('u-bob', 'online');
    s.run({ type: 'agenda.start' });
    s.run({ type: 'floor.raise', intent: 'comment', label: PERSONAL.hand }, ann);
    s.run({ type: 'floor.add', label: PERSONAL.added, channel: 'online', intent: 'comment' });
    s.run({ type: 'floor.give', handId: null, panelSpeaker: null });
    s.run({ type: 'floor.give', handId: null, panelSpeaker: null }, MODERATOR, 3 * MINUTE);
    s.run({ type: 'floor.end' }, MODERATOR, 2 * MINUTE);
    s.run({ type: 'speaker.note', panelSpeaker: 0, text: PERSONAL.note });
    s.run({ type: 'agenda.next' });
    s.run({ type: 'qa.ask', text: PERSONAL.question, displayName: PERSONAL.name }, bob);
    const questionId = Object.keys(s.state.qa.questions)[0] ?? '';
    s.run({ type: 'qa.edit', questionId, version: 1, text: PERSONAL.edited });
    s.run({ type: 'qa.label', questionId, labels: [PERSONAL.label] });
    s.run({ type: 'qa.reply', questionId, text: PERSONAL.reply });
    s.run({ type: 'qa.answer', questionId });
    s.run({ type: 'qa.ask', text: 'A second question', displayName: null }, ann);
    const pollId = s.state.pollOrder[0] ?? '';
    s.run({ type: 'poll.open', pollId });
    s.run({ type: 'poll.close', pollId });
    s.run({ type: 'agenda.end' }, MODERATOR, 10 * MINUTE);
    return { s, pollId };
  }

  it('counts, tallies, the balance table and the agenda timings; nothing a person typed', () => {
    const { s, pollId } = played();
    const participants: Attendee[] = [
      { channel: 'onsite', ...NONE, gender: 'woman' },
      { channel: 'online', ...NONE },
      { channel: null, ...NONE },
    ];
    const aggregates = aggregateSession({
      state: s.state,
      ballots: [
        { pollId, optionIds: ['o1'] },
        { pollId, optionIds: ['o1'] },
        { pollId, optionIds: ['o2'] },
      ],
      participants,
      upvotes: 4,
      asOf: s.now,
    });
    expect(sessionAggregatesSchema.parse(aggregates)).toEqual(aggregates);
    expect(aggregates.participants).toEqual({ joined: 3, onsite: 1, online: 1, undeclared: 1 });
    expect(aggregates.polls).toEqual([{ question: 'Ready?', kind: 'single', status: 'closed', ballots: 3, options: [{ label: 'Yes', votes: 2 }, { label: 'No', votes: 1 }] }]);
    expect(aggregates.qa).toMatchObject({ asked: 2, upvotes: 4, byChannel: { onsite: { asked: 1, answered: 0 }, online: { asked: 1, answered: 1 } } });
    expect(aggregates.qa.byStatus).toMatchObject({ answered: 1, published: 1 });
    expect(aggregates.floor.interventions).toBe(2);
    expect(aggregates.floor.floorMs).toBe(5 * MINUTE);
    // Four present (three joined, one panellist): every declared group is under 5, so no group is shown apart.
    expect(aggregates.floor.balance.channel.map((r) => r.group)).toEqual(['online', 'onsite', 'undeclared']);
    expect(aggregates.floor.balance.gender).toEqual([]);
    expect(aggregates.agenda.map((a) => a.spentMs)).toEqual([10 * MINUTE, 18 * MINUTE]);
    expect(aggregates.run.status).toBe('ended');

    const text = JSON.stringify(aggregates);
    for (const secret of Object.values(PERSONAL)) expect(text).not.toContain(secret);
    expect(text).not.toContain('u-ann');
    expect(text).not.toContain('u-bob');
  });

  it('a running item counts up to the time of the figures', () => {
    const s = start(plan);
    s.run({ type: 'agenda.start' });
    const aggregates = aggregateSession({ state: s.state, ballots: [], participants: [], upvotes: 0, asOf: s.now + 4 * MINUTE });
    expect(aggregates.agenda[0]?.spentMs).toBe(4 * MINUTE);
    expect(aggregates.run.status).toBe('running');
  });
});
