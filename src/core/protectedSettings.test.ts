import { describe, expect, it } from 'vitest';
import { createSession, decide } from './decide.ts';
import type { Actor } from './decideContext.ts';
import type { Decision } from './errors.ts';
import { isSessionEvent, type DomainEvent } from './events.ts';
import { sessionPlanSchema, type SessionPlan } from './plan.ts';
import { commandSchema, type CommandInput } from './protocol/commands.ts';
import { evolve, replay } from './session.ts';
import type { SessionState } from './sessionState.ts';
import { DEMO_TEMPLATE, TEMPLATES } from './templates.ts';

/** Settings that protect participants are the host's alone (AUTH-4). */

const NOW = 1_700_000_000_000;
const HOST: Actor = { role: 'host', participantId: null };
const MODERATOR: Actor = { role: 'moderator', participantId: null };

function session() {
  let n = 0;
  const newId = () => `id${String(++n)}`;
  let state: SessionState = replay(createSession(sessionPlanSchema.parse(TEMPLATES[DEMO_TEMPLATE]), { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId }));
  return {
    get state() {
      return state;
    },
    run(input: CommandInput, actor: Actor): Decision<DomainEvent> {
      const decision = decide(state, commandSchema.parse(input), { actor, now: NOW, newId });
      if (decision.ok) for (const event of decision.events) if (isSessionEvent(event)) state = evolve(state, event);
      return decision;
    },
  };
}

const update = (plan: SessionPlan): CommandInput => ({ type: 'plan.update', plan });

describe('protected settings (AUTH-4)', () => {
  it('AUTH-4: a moderator’s plan.update turning youth mode off is refused, and nothing changes', () => {
    const s = session();
    const before = s.state;
    const refused = s.run(update({ ...s.state.plan, youthMode: false }), MODERATOR);
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'forbidden', reason: 'plan.protectedSetting', params: { setting: 'youthMode', path: 'youthMode' } });
    expect(s.state).toBe(before);
  });

  it.each([
    ['qa.filters', (p: SessionPlan): SessionPlan => ({ ...p, qa: { ...p.qa, filters: false } })],
    ['qa.preModeration', (p: SessionPlan): SessionPlan => ({ ...p, qa: { ...p.qa, preModeration: false } })],
    ['qa.allowDisplayNames', (p: SessionPlan): SessionPlan => ({ ...p, qa: { ...p.qa, allowDisplayNames: true } })],
    ['qa.phoneRegions', (p: SessionPlan): SessionPlan => ({ ...p, qa: { ...p.qa, phoneRegions: ['FR'] } })],
    ['qa.allowedDomains', (p: SessionPlan): SessionPlan => ({ ...p, qa: { ...p.qa, allowedDomains: ['anything.example'] } })],
    ['codeOfConduct', (p: SessionPlan): SessionPlan => ({ ...p, codeOfConduct: '' })],
    ['guidelines.online', (p: SessionPlan): SessionPlan => ({ ...p, guidelines: { ...p.guidelines, online: 'Anything goes.' } })],
    ['retentionDays', (p: SessionPlan): SessionPlan => ({ ...p, retentionDays: 3650 })],
  ])('AUTH-4: a moderator may not change %s; the host may', (setting, change) => {
    const s = session();
    const refused = s.run(update(change(s.state.plan)), MODERATOR);
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'forbidden', reason: 'plan.protectedSetting', params: { setting, path: setting } });
    expect(s.run(update(change(s.state.plan)), HOST).ok).toBe(true);
  });

  it('AUTH-4: a moderator still changes the agenda, the polls and the floor; the same protections sent back unchanged pass', () => {
    const s = session();
    const plan = s.state.plan;
    const edited: SessionPlan = {
      ...plan,
      title: 'Renamed session',
      agenda: plan.agenda.map((item, i) => (i === 1 ? { ...item, plannedMinutes: 25 } : item)),
      floor: { ...plan.floor, policy: 'fewest_first', speakingLimitSeconds: 90 },
      qa: { ...plan.qa, selectionPolicy: 'alternate', maxQuestionLength: 200 },
    };
    const accepted = s.run(update(edited), MODERATOR);
    expect(accepted.ok).toBe(true);
    expect(s.state.plan.floor.policy).toBe('fewest_first');
    // Spelling out the default of an unset setting is no change of what is in force… but it is
    // a change of the stored plan, so it stays the host's.
    expect(s.state.plan.qa.preModeration).toBeUndefined();
    const explicit = s.run(update({ ...s.state.plan, qa: { ...s.state.plan.qa, preModeration: true } }), MODERATOR);
    expect(explicit.ok ? null : explicit.error).toMatchObject({ reason: 'plan.protectedSetting', params: { setting: 'qa.preModeration' } });
  });
});
