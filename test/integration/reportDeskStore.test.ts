import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import { gatherReportInputs } from '../../src/core/report/reportInputs.ts';
import { aggregateSession } from '../../src/core/retention/sessionAggregates.ts';
import { replay } from '../../src/core/session.ts';
import type { Store } from '../../src/server/store/store.ts';
import { IDENTITY_STRINGS, runReportScript } from '../support/reportSession.ts';
import { STORE_ADAPTERS } from '../support/storeAdapters.ts';

/**
 * What migration 0010_report_desk stores, on every store adapter (`STORE_ADAPTERS`): the
 * attendance peak, which only grows (REPORT-11); the report's inputs kept at archiving, without
 * the questions' text (REPORT-12); follow-up sign-ups, deleted with the contributions (REPORT-13).
 */

const T0 = 1_767_225_600_000;

async function withSession(store: Store, id: string): Promise<void> {
  await store.createSession({
    id,
    joinCode: String(100_000 + Math.floor(Math.random() * 800_000)),
    title: 'Desk session',
    createdAt: T0,
    events: [{ type: 'session.created', at: T0, sessionId: id, joinCode: '123456', plan: sessionPlanSchema.parse({ title: 'Desk session' }) }],
    roleTokens: [],
  });
}

const erasure = (id: string) => ({ id, sessionHash: 'h', at: T0 + 100, by: 'retention' as const, action: 'session.archived' as const });

for (const { name, open } of STORE_ADAPTERS) {
  describe(`the desk's rows in the store (${name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
      await withSession(store, 's1');
    });
    afterEach(() => cleanup());

    it('REPORT-11: the peak is kept only when higher, by channel with its time', async () => {
      expect(await store.attendancePeak('s1')).toBeNull();
      await store.recordPeak('s1', { onsite: 3, online: 2, undeclared: 0, at: T0 + 1 });
      await store.recordPeak('s1', { onsite: 1, online: 1, undeclared: 1, at: T0 + 2 });
      expect(await store.attendancePeak('s1')).toEqual({ onsite: 3, online: 2, undeclared: 0, at: T0 + 1 });
      await Promise.all([store.recordPeak('s1', { onsite: 4, online: 4, undeclared: 0, at: T0 + 3 }), store.recordPeak('s1', { onsite: 3, online: 3, undeclared: 0, at: T0 + 4 })]);
      expect(await store.attendancePeak('s1')).toEqual({ onsite: 4, online: 4, undeclared: 0, at: T0 + 3 });
      await store.recordPeak('nope', { onsite: 9, online: 9, undeclared: 9, at: T0 });
      expect(await store.attendancePeak('nope')).toBeNull();
    });

    it('REPORT-12, REPORT-13: archiving keeps the report inputs without any participant text, and deletes the follow-up contacts', async () => {
      const scripted = runReportScript();
      const inputs = gatherReportInputs(scripted.source);
      expect(inputs.qa.questions?.length).toBeGreaterThan(0);
      await store.addFollowUpSignup({ id: 'f1', sessionId: 's1', contact: 'amina.contact@example.org', consentedAt: T0 + 5 });
      await store.addFollowUpSignup({ id: 'f2', sessionId: 's1', contact: '+44 7700 900123', consentedAt: T0 + 6 });
      expect((await store.followUpSignups('s1')).map((s) => s.contact)).toEqual(['amina.contact@example.org', '+44 7700 900123']);
      const state = replay((await store.loadSession('s1'))?.events ?? []);
      const aggregates = aggregateSession({ state, ballots: [], participants: [], upvotes: 0, asOf: T0 + 50 });
      expect(await store.archivedReportInputs('s1')).toBeNull();
      expect(await store.archiveSession('s1', aggregates, erasure('e1'), inputs)).toBe(true);
      const kept = await store.archivedReportInputs('s1');
      expect(kept?.qa.questions).toBeNull();
      expect(kept?.polls).toEqual(inputs.polls);
      expect(kept?.plan.speakers).toEqual([]);
      expect(kept?.plan.roles).toEqual({ moderator: null, onlineModerator: null, rapporteur: null });
      for (const speaker of inputs.plan.speakers) expect(JSON.stringify(kept)).not.toContain(speaker.label);
      expect(await store.followUpSignups('s1')).toEqual([]);
      const json = JSON.stringify(kept);
      for (const identity of IDENTITY_STRINGS) expect(json).not.toContain(identity);
      for (const question of scripted.source.questionTexts ? Object.values(scripted.source.questionTexts) : []) expect(json).not.toContain(question);
      // No later peak reaches an archived session.
      await store.recordPeak('s1', { onsite: 50, online: 0, undeclared: 0, at: T0 + 200 });
      expect(await store.attendancePeak('s1')).toBeNull();
    });
  });
}
