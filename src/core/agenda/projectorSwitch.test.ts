import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../decide.ts';
import type { Actor } from '../decideContext.ts';
import { isSessionEvent, type SessionEvent } from '../events.ts';
import { sessionPlanSchema } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { evolve, replay } from '../session.ts';
import type { SessionState } from '../sessionState.ts';
import { PROJECTOR_MODES, type ProjectorMode } from './runTypes.ts';

/** PROJ-4: a question pinned as "now answering" goes on the big screen. */

const NOW = 1_700_000_000_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };
const ASKER: Actor = { role: 'participant', participantId: 'pid-1', profile: { channel: 'online', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } } };

function start() {
  let n = 0;
  const newId = () => `id${String(++n)}`;
  const plan = sessionPlanSchema.parse({ title: 'Projector examples', youthMode: false, polls: [{ question: 'Ready?', options: ['Yes', 'No'] }] });
  let state: SessionState = replay(createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId }));
  let now = NOW;
  const run = (input: CommandInput, actor: Actor = MODERATOR): SessionEvent[] => {
    now += 1000;
    const decision = decide(state, commandSchema.parse(input), { actor, now, newId, upvotes: () => 0 });
    if (!decision.ok) throw new Error(decision.error.message);
    const events = decision.events.filter(isSessionEvent);
    for (const event of events) state = evolve(state, event);
    return events;
  };
  /** A published question's id. */
  const published = (): string => {
    const asked = run({ type: 'qa.ask', text: 'How do we reach children who are offline?', displayName: null }, ASKER)[0];
    if (asked?.type !== 'qa.asked') throw new Error('not asked');
    const id = asked.question.id;
    if (state.qa.questions[id]?.status !== 'published') run({ type: 'qa.approve', questionId: id, version: state.qa.questions[id]?.version ?? 1 });
    return id;
  };
  return {
    run,
    published,
    get state() {
      return state;
    },
  };
}

describe('the big screen follows a pinned question (PROJ-4)', () => {
  it('PROJ-4: pinning a question in a mode that would not show it switches the screen to the question', () => {
    for (const mode of PROJECTOR_MODES.filter((m): m is Exclude<ProjectorMode, 'auto' | 'question' | 'poll'> => m !== 'auto' && m !== 'question' && m !== 'poll')) {
      const s = start();
      const id = s.published();
      s.run({ type: 'projector.show', mode });
      s.run({ type: 'qa.pin', questionId: id });
      expect(s.state.projector).toEqual({ mode: 'question', pollId: null });
      expect(s.state.qa.nowAnswering).toBe(id);
    }
  });

  it('PROJ-4: also from a chosen poll, and for the question Next question picks', () => {
    const s = start();
    const pollId = s.state.pollOrder[0] ?? '';
    s.run({ type: 'poll.open', pollId });
    s.run({ type: 'projector.show', mode: 'poll', pollId });
    s.published();
    s.run({ type: 'qa.next' });
    expect(s.state.projector.mode).toBe('question');
  });

  it('PROJ-4, PROJ-3: leaving the balance mode for a pinned question turns the meter off', () => {
    const s = start();
    const id = s.published();
    s.run({ type: 'projector.show', mode: 'balance' });
    expect(s.state.floor.balanceShown).toBe(true);
    s.run({ type: 'qa.pin', questionId: id });
    expect(s.state.floor.balanceShown).toBe(false);
  });

  it('PROJ-4: in auto and question mode the screen shows the question already; the mode stays; unpinning changes nothing on screen', () => {
    for (const mode of ['auto', 'question'] as const) {
      const s = start();
      const id = s.published();
      if (mode !== 'auto') s.run({ type: 'projector.show', mode });
      const events = s.run({ type: 'qa.pin', questionId: id });
      expect(events.map((e) => e.type)).toEqual(['qa.pinned']);
      expect(s.state.projector.mode).toBe(mode);
    }
    const s = start();
    const id = s.published();
    s.run({ type: 'projector.show', mode: 'agenda' });
    s.run({ type: 'qa.pin', questionId: id });
    expect(s.run({ type: 'qa.pin', questionId: null }).map((e) => e.type)).toEqual(['qa.pinned']);
  });
});
