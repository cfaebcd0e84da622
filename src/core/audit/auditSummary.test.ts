import { describe, expect, it } from 'vitest';
import { createSession } from '../decide.ts';
import { sessionPlanSchema, type SessionPlan } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { replay } from '../session.ts';
import type { SessionState } from '../sessionState.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../templates.ts';
import { auditSummary } from './auditSummary.ts';

/** The audit line of a change of settings: each setting, old → new, in plain words (AUDIT-1, AUDIT-3). */

function demoState(): SessionState {
  let n = 0;
  return replay(createSession(sessionPlanSchema.parse(TEMPLATES[DEMO_TEMPLATE]), { sessionId: 's1', joinCode: '482913' }, { now: 1, newId: () => `id${String(++n)}` }));
}

const summary = (input: CommandInput, state: SessionState) => auditSummary(commandSchema.parse(input), state);

describe('audit summary', () => {
  it('AUDIT-3: a plan update lists each changed setting with its old and new value', () => {
    const state = demoState();
    const plan = state.plan;
    const next: SessionPlan = {
      ...plan,
      youthMode: false,
      floor: { ...plan.floor, speakingLimitSeconds: 90, policy: 'fewest_first' },
      qa: { ...plan.qa, preModeration: false, filters: false, phoneRegions: ['FR', 'DE'] },
      retentionDays: 7,
    };
    expect(summary({ type: 'plan.update', plan: next }, state).split('; ')).toEqual([
      'youthMode: on → off',
      'floor.policy: alternate → fewest_first',
      'floor.speakingLimitSeconds: 180 → 90',
      'retentionDays: 30 → 7',
      'qa.preModeration: default → off',
      'qa.filters: on → off',
      'qa.phoneRegions: default → FR, DE',
    ]);
  });

  it('AUDIT-1, AUDIT-3: free text is said to change, never quoted', () => {
    const state = demoState();
    const plan = state.plan;
    const next: SessionPlan = {
      ...plan,
      title: 'Secret new title',
      subtitle: undefined,
      codeOfConduct: 'Be kind, new words nobody should read',
      guidelines: { ...plan.guidelines, online: '' },
      agenda: plan.agenda.slice(0, 4).map((item, i) => (i === 0 ? { ...item, title: 'Other opening' } : item)),
    };
    const line = summary({ type: 'plan.update', plan: next }, state);
    expect(line.split('; ')).toEqual([
      'title: changed',
      'subtitle: removed',
      `agenda: ${String(plan.agenda.length)} items → 4 items`,
      'guidelines.online: removed',
      'codeOfConduct: changed',
    ]);
    expect(line).not.toMatch(/Secret|nobody|kind|Other opening/);
  });

  it('AUDIT-3: the live settings commands say old → new; a change to nothing says so', () => {
    const state = demoState();
    expect(summary({ type: 'floor.setLimit', limitSeconds: 120, warningSeconds: 30 }, state)).toBe('floor.limitSeconds: 180 → 120');
    expect(summary({ type: 'floor.setPolicy', policy: 'fewest_first' }, state)).toBe('floor.policy: alternate → fewest_first');
    expect(summary({ type: 'floor.showBalance', shown: true }, state)).toBe('floor.balanceShown: off → on');
    expect(summary({ type: 'qa.setPolicy', policy: 'alternate' }, state)).toBe('qa.policy: most_upvoted → alternate');
    expect(summary({ type: 'guidelines.set', guidelines: state.plan.guidelines, codeOfConduct: '' }, state)).toBe('codeOfConduct: removed');
    expect(summary({ type: 'plan.update', plan: state.plan }, state)).toBe('no change');
  });

  it('AUDIT-1: other commands keep their ids, enums and numbers only', () => {
    const state = demoState();
    expect(summary({ type: 'floor.add', label: 'Seat B12', channel: 'onsite', intent: 'comment' }, state)).toBe('channel=onsite intent=comment');
    expect(summary({ type: 'speaker.note', panelSpeaker: 0, text: 'Private words' }, state)).toBe('panelSpeaker=0');
  });
});
