import { describe, expect, it } from 'vitest';
import { IDENTITY_STRINGS, SCRIPT_START, runReportScript } from '../../../test/support/reportSession.ts';
import { createSession, decide } from '../decide.ts';
import type { Actor } from '../decideContext.ts';
import { isSessionEvent } from '../events.ts';
import { sessionPlanSchema } from '../plan.ts';
import { mayRun } from '../permissions.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { gatherReportInputs, reportInputsSchema } from '../report/reportInputs.ts';
import { reportTextsSchema } from '../report/reportTexts.ts';
import { assembleReport } from '../report/sessionReport.ts';
import { evolve, replay } from '../session.ts';
import type { SessionState } from '../sessionState.ts';
import { TEMPLATES } from '../templates.ts';
import { ROLES } from '../roles.ts';
import { deskView } from './deskView.ts';

/** The rapporteur's desk (REPORT-6..REPORT-10), decided and applied as the server does. */

const NOW = 1_700_000_000_000;
const RAPPORTEUR: Actor = { role: 'rapporteur', participantId: null };
const MODERATOR: Actor = { role: 'moderator', participantId: null };
const AMINA: Actor = { role: 'participant', participantId: 'u1', profile: { channel: 'onsite', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } } };

function session(start: SessionState) {
  let state = start;
  let now = NOW;
  let n = 0;
  const newId = () => `d${String(++n)}`;
  const run = (input: CommandInput, actor: Actor = RAPPORTEUR) => {
    now += 1000;
    const decision = decide(state, commandSchema.parse(input), { actor, now, newId });
    if (decision.ok) for (const e of decision.events) if (isSessionEvent(e)) state = evolve(state, e);
    return decision;
  };
  return {
    run,
    get state() {
      return state;
    },
  };
}

function fresh() {
  const plan = sessionPlanSchema.parse({ ...TEMPLATES['child-online-safety-round-table'], youthMode: false, qa: { allowDisplayNames: true, preModeration: true, filters: true } });
  return session(replay(createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: () => 'c' })));
}

describe('the rapporteur desk (REPORT-6..REPORT-10)', () => {
  it('REPORT-6: only the rapporteur writes notes; no other role may', () => {
    for (const role of ROLES) {
      for (const type of ['desk.note', 'desk.edit', 'desk.remove'] as const) expect(mayRun(role, type)).toBe(role === 'rapporteur');
    }
  });

  it('REPORT-7: notes are tagged per agenda item, edited and removed; an empty note or an unknown item is refused', () => {
    const s = fresh();
    expect(s.run({ type: 'desk.note', agendaItem: 1, tag: 'takeaway', text: '  Age assurance must respect privacy ' }).ok).toBe(true);
    expect(s.run({ type: 'desk.note', agendaItem: null, tag: 'partnershipOffer', text: 'A training offer from the regulator' }).ok).toBe(true);
    const [first, second] = s.state.desk.notes;
    expect(first).toMatchObject({ agendaItem: 1, tag: 'takeaway', text: 'Age assurance must respect privacy', attachment: null });
    expect(s.run({ type: 'desk.edit', noteId: first?.id ?? '', agendaItem: 2, tag: 'callToAction', text: 'Fund youth panels' }).ok).toBe(true);
    expect(s.state.desk.notes[0]).toMatchObject({ agendaItem: 2, tag: 'callToAction', text: 'Fund youth panels' });
    expect(s.run({ type: 'desk.remove', noteId: second?.id ?? '' }).ok).toBe(true);
    expect(s.state.desk.notes).toHaveLength(1);
    const refusedBlank = s.run({ type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: '   ' });
    expect(refusedBlank.ok ? null : refusedBlank.error.reason).toBe('desk.emptyNote');
    const refusedItem = s.run({ type: 'desk.note', agendaItem: 40, tag: 'takeaway', text: 'x' });
    expect(refusedItem.ok ? null : refusedItem.error.reason).toBe('run.noSuchItem');
    const refusedGone = s.run({ type: 'desk.remove', noteId: second?.id ?? '' });
    expect(refusedGone.ok ? null : refusedGone.error.reason).toBe('desk.noSuchNote');
  });

  it('REPORT-8: a pull brings in a published question by id (never its text), a shown poll, a balance snapshot; nothing unpublished', () => {
    const s = fresh();
    s.run({ type: 'participant.setChannel', channel: 'onsite' }, AMINA);
    const asked = s.run({ type: 'qa.ask', text: 'How do schools teach digital safety?' }, AMINA);
    expect(asked.ok).toBe(true);
    const questionId = s.state.qa.order[0] ?? '';
    const early = s.run({ type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: '', attach: { kind: 'question', questionId } });
    expect(early.ok ? null : early.error.reason).toBe('desk.notPublished');
    s.run({ type: 'qa.approve', questionId, version: 1 }, MODERATOR);
    expect(s.run({ type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: '', attach: { kind: 'question', questionId } }).ok).toBe(true);
    s.run({ type: 'poll.create', poll: { question: 'Who is responsible?', options: ['Platforms', 'Parents'] } }, MODERATOR);
    const pollId = s.state.pollOrder[0] ?? '';
    const draft = s.run({ type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: 'x', attach: { kind: 'poll', pollId } });
    expect(draft.ok ? null : draft.error.reason).toBe('poll.notFound');
    s.run({ type: 'poll.open', pollId }, MODERATOR);
    expect(s.run({ type: 'desk.note', agendaItem: 0, tag: 'bestPractice', text: 'Most say platforms', attach: { kind: 'poll', pollId } }).ok).toBe(true);
    s.run({ type: 'floor.add', label: 'Seat 12 Amina', channel: 'online', intent: 'comment' }, MODERATOR);
    s.run({ type: 'floor.give', handId: s.state.floor.hands[0]?.id ?? '' }, MODERATOR);
    expect(s.run({ type: 'desk.note', agendaItem: null, tag: 'takeaway', text: '', attach: { kind: 'balance' } }).ok).toBe(true);
    const snapshot = s.state.desk.notes.at(-1)?.attachment;
    expect(snapshot).toMatchObject({ kind: 'balance', byChannel: { online: { interventions: 1 }, onsite: { interventions: 0 } } });
    const log = JSON.stringify(s.state.desk);
    expect(log).not.toContain('digital safety');
    expect(log).not.toContain('Amina');
  });

  it('REPORT-9: the timeline names who spoke by kind and room only, and notes attach to its interventions', () => {
    const s = fresh();
    s.run({ type: 'floor.add', label: 'Seat 12 Amina', channel: 'online', intent: 'question' }, MODERATOR);
    s.run({ type: 'floor.give', handId: s.state.floor.hands[0]?.id ?? '' }, MODERATOR);
    s.run({ type: 'floor.end' }, MODERATOR);
    const view = deskView(s.state);
    expect(view.timeline).toHaveLength(1);
    const [entry] = view.timeline;
    expect(entry).toEqual({ id: expect.any(String) as string, kind: 'added', channel: 'online', intent: 'question', startedAt: expect.any(Number) as number, endedAt: expect.any(Number) as number });
    expect(JSON.stringify(view)).not.toContain('Amina');
    expect(s.run({ type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: 'A youth voice', attach: { kind: 'intervention', interventionId: entry?.id ?? '' } }).ok).toBe(true);
    const missing = s.run({ type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: 'x', attach: { kind: 'intervention', interventionId: 'nope' } });
    expect(missing.ok ? null : missing.error.reason).toBe('desk.noSuchIntervention');
  });

  it('REPORT-10: the report takes takeaways and calls to action per item from the notes, then what the page wrote, each once', () => {
    const scripted = runReportScript();
    const s = session(scripted.state);
    s.run({ type: 'desk.note', agendaItem: 1, tag: 'takeaway', text: 'Privacy by design protects children' });
    s.run({ type: 'desk.note', agendaItem: 1, tag: 'callToAction', text: 'Publish a youth charter' });
    s.run({ type: 'desk.note', agendaItem: null, tag: 'takeaway', text: 'Listen to young people' });
    s.run({ type: 'desk.note', agendaItem: 1, tag: 'bestPractice', text: 'Co-design workshops' });
    const inputs = gatherReportInputs({ ...scripted.source, state: s.state });
    const texts = reportTextsSchema.parse({ summary: '', sections: [{ agendaItem: 1, takeaways: ['Privacy by design protects children', 'Schools need time'], callsToAction: [] }] });
    const report = assembleReport(inputs, texts, SCRIPT_START);
    expect(report.agenda[1]?.takeaways).toEqual(['Privacy by design protects children', 'Schools need time']);
    expect(report.agenda[1]?.callsToAction).toEqual(['Publish a youth charter']);
    expect(report.takeaways).toEqual(['Listen to young people']);
    const json = JSON.stringify(report);
    for (const identity of IDENTITY_STRINGS) expect(json).not.toContain(identity);
    // Inputs kept before the desk existed still parse (no notes).
    const { notes: _notes, ...older } = inputs;
    expect(reportInputsSchema.parse(JSON.parse(JSON.stringify(older))).notes).toEqual([]);
  });
});
