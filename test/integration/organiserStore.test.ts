import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import { replay } from '../../src/core/session.ts';
import { aggregatesOf } from '../../src/server/retention/sessionErasure.ts';
import type { AuditEntry, NewSession, Store } from '../../src/server/store/store.ts';
import { STORE_DATABASES, type OpenedStore } from '../support/storeAdapters.ts';

/**
 * The store's organiser methods (ORG-1, ORG-2, ORG-4..ORG-7), the same cases on SQLite and on
 * PostgreSQL, each on a fresh migrated database (migration `0013_organisers`).
 */

const T0 = 1_767_225_600_000;
const hex = (bytes: number) => randomBytes(bytes).toString('hex');

function newSession(title: string, at: number, organiserHash: string | null = null): NewSession {
  const id = `s-${hex(6)}`;
  const joinCode = String(100_000_000 + (randomBytes(4).readUInt32BE(0) % 900_000_000));
  return { id, joinCode, title, createdAt: at, events: [{ type: 'session.created', at, sessionId: id, joinCode, plan: sessionPlanSchema.parse({ title }) }], roleTokens: [], organiserHash };
}

const audit = (action: string, at: number): AuditEntry => ({ id: `a-${hex(6)}`, at, role: 'host', label: null, action, summary: 'organiser=abc' });

for (const { name, open } of STORE_DATABASES) {
  describe(`organiser store: ${name}`, () => {
    let opened: OpenedStore;
    let store: Store;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      await store.migrate();
    });
    afterEach(async () => {
      await opened.cleanup();
    });

    it('ORG-1, ORG-2, ORG-6: creates an organiser with its sessions and an audit line in each, and reads it back by hash', async () => {
      const a = newSession('A', T0);
      const b = newSession('B', T0 + 1);
      await store.createSession(a);
      await store.createSession(b);
      const hash = hex(32);
      await store.createOrganiser({ tokenHash: hash, label: 'Room A and B', sessionIds: [b.id, a.id, a.id], createdAt: T0 + 5 }, audit('organiser.granted', T0 + 5));
      expect(await store.organiserOf(hash)).toEqual({ id: hash, label: 'Room A and B', sessionIds: [a.id, b.id], createdAt: T0 + 5, revokedAt: null, lastSeenAt: null });
      expect(await store.organiserOf(hex(32))).toBeNull();
      for (const session of [a, b]) expect((await store.listAudit(session.id, 10)).map((e) => e.action)).toEqual(['organiser.granted']);
      await store.touchOrganiser(hash, T0 + 9);
      expect((await store.listOrganisers()).map((o) => [o.id, o.lastSeenAt])).toEqual([[hash, T0 + 9]]);
    });

    it('ORG-4: a session an organiser creates joins their set in the same transaction', async () => {
      const a = newSession('A', T0);
      await store.createSession(a);
      const hash = hex(32);
      await store.createOrganiser({ tokenHash: hash, label: 'Maker', sessionIds: [a.id], createdAt: T0 }, audit('organiser.granted', T0));
      const made = newSession('Made', T0 + 10, hash);
      await store.createSession(made);
      expect((await store.organiserOf(hash))?.sessionIds).toEqual([a.id, made.id]);
    });

    it('ORG-7: revoking commits once, returns the sessions and audits each; a second revocation finds nothing', async () => {
      const a = newSession('A', T0);
      await store.createSession(a);
      const hash = hex(32);
      await store.createOrganiser({ tokenHash: hash, label: 'Gone', sessionIds: [a.id], createdAt: T0 }, audit('organiser.granted', T0));
      expect(await store.revokeOrganiser(hash, T0 + 20, audit('organiser.revoked', T0 + 20))).toEqual([a.id]);
      expect((await store.organiserOf(hash))?.revokedAt).toBe(T0 + 20);
      expect((await store.listAudit(a.id, 10)).map((e) => e.action)).toEqual(['organiser.revoked', 'organiser.granted']);
      expect(await store.revokeOrganiser(hash, T0 + 30, audit('organiser.revoked', T0 + 30))).toBeNull();
    });

    it('ORG-2: a deleted session leaves every organiser\'s set; an archived one stays in it', async () => {
      const kept = newSession('Kept', T0);
      const archived = newSession('Archived', T0 + 1);
      const deleted = newSession('Deleted', T0 + 2);
      for (const s of [kept, archived, deleted]) await store.createSession(s);
      const hash = hex(32);
      await store.createOrganiser({ tokenHash: hash, label: 'Three', sessionIds: [kept.id, archived.id, deleted.id], createdAt: T0 }, audit('organiser.granted', T0));
      const stored = await store.loadSession(archived.id);
      if (!stored) throw new Error('no session');
      const aggregates = aggregatesOf(replay(stored.events), stored, T0 + 100);
      expect(await store.archiveSession(archived.id, aggregates, { id: hex(4), sessionHash: hex(32), at: T0 + 100, by: 'retention', action: 'session.archived' })).toBe(true);
      expect(await store.deleteSession(deleted.id, { id: hex(4), sessionHash: hex(32), at: T0 + 101, by: 'host', action: 'session.deleted' })).toBe(true);
      expect((await store.organiserOf(hash))?.sessionIds).toEqual([kept.id, archived.id]);
      // An archived session has no audit log left: the revocation writes none there.
      expect(await store.revokeOrganiser(hash, T0 + 200, audit('organiser.revoked', T0 + 200))).toEqual(expect.arrayContaining([kept.id, archived.id]));
      expect(await store.listAudit(archived.id, 10)).toEqual([]);
    });
  });
}
