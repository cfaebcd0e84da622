import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import type { Store } from '../../src/server/store/store.ts';
import { tempDir } from '../support/testServer.ts';
import { createPostgresDatabase } from './postgresDatabase.ts';

/**
 * The report's written parts in the store (REPORT-3), on SQLite and PostgreSQL: empty at
 * revision 0, each save the next revision, a save from a stale revision writes nothing, two
 * saves from the same revision at once: one wins.
 */

const T0 = 1_767_225_600_000;

async function withSession(store: Store, id: string): Promise<void> {
  await store.createSession({
    id,
    joinCode: String(100_000 + Math.floor(Math.random() * 800_000)),
    title: 'Report session',
    createdAt: T0,
    events: [{ type: 'session.created', at: T0, sessionId: id, joinCode: '123456', plan: sessionPlanSchema.parse({ title: 'Report session' }) }],
    roleTokens: [],
  });
}

const ADAPTERS: Record<string, () => Promise<{ store: Store; cleanup: () => Promise<void> }>> = {
  sqlite: async () => {
    const dir = tempDir();
    const store = await openStore({ kind: 'sqlite', path: join(dir.path, 'report.db') });
    return { store, cleanup: async () => { await store.close(); dir.remove(); } };
  },
  postgres: async () => {
    const database = await createPostgresDatabase();
    const store = await openStore({ kind: 'postgres', url: database.url });
    return { store, cleanup: async () => { await store.close(); await database.drop(); } };
  },
};

for (const [name, open] of Object.entries(ADAPTERS)) {
  describe(`report texts in the store (${name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await open());
      await withSession(store, 's1');
    });
    afterEach(() => cleanup());

    it('REPORT-3: empty at revision 0; each save is the next revision; a stale save writes nothing', async () => {
      expect(await store.reportTexts('s1')).toEqual({ texts: { summary: '', sections: [] }, revision: 0, updatedAt: null });
      const first = { summary: 'يجب أن تتعاون الحكومات — 数字素养', sections: [{ agendaItem: null, takeaways: ['One'], callsToAction: [], bestPractices: ['Two'], partnershipOffers: [] }] };
      expect(await store.saveReportTexts('s1', first, 0, T0 + 1)).toEqual({ texts: first, revision: 1, updatedAt: T0 + 1 });
      expect(await store.saveReportTexts('s1', { summary: 'Stale', sections: [] }, 0, T0 + 2)).toBeNull();
      const second = { summary: 'Second', sections: [] };
      expect(await store.saveReportTexts('s1', second, 1, T0 + 3)).toEqual({ texts: second, revision: 2, updatedAt: T0 + 3 });
      expect(await store.saveReportTexts('s1', { summary: 'Stale again', sections: [] }, 1, T0 + 4)).toBeNull();
      expect(await store.reportTexts('s1')).toEqual({ texts: second, revision: 2, updatedAt: T0 + 3 });
    });

    it('REPORT-3: two saves from the same revision at once: exactly one is written', async () => {
      await store.saveReportTexts('s1', { summary: 'Base', sections: [] }, 0, T0);
      const results = await Promise.all(['A', 'B', 'C'].map((summary, i) => store.saveReportTexts('s1', { summary, sections: [] }, 1, T0 + i + 1)));
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      expect((await store.reportTexts('s1')).texts.summary).toBe(winners[0]?.texts.summary);
      // The first save of a session races the same way.
      await withSession(store, 's2');
      const firsts = await Promise.all(['X', 'Y'].map((summary) => store.saveReportTexts('s2', { summary, sections: [] }, 0, T0)));
      expect(firsts.filter((r) => r !== null)).toHaveLength(1);
    });
  });
}
