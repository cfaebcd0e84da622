import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import type { ContributionEvent, SessionEvent } from '../../src/core/session.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import { SequenceConflict, type NewSession, type Store } from '../../src/server/store/store.ts';
import { tempDir } from '../support/testServer.ts';

/** No declared groups. */
const NONE = { stakeholderGroup: null, regionalGroup: null, gender: null } as const;

/**
 * The one contract every store adapter passes (see `src/server/store/store.ts`), run against
 * SQLite and PostgreSQL. Every case gets a fresh, migrated database.
 */

interface OpenedStore {
  readonly store: Store;
  readonly cleanup: () => Promise<void>;
}

/** Epoch milliseconds of a realistic size, so that bigint columns round-trip as exact numbers. */
const T0 = 1_767_225_600_000;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');
const tokenHash = () => hex(32);

function sessionCreated(id: string, joinCode: string, title = 'Contract session', at = T0): Extract<SessionEvent, { type: 'session.created' }> {
  return { type: 'session.created', at, sessionId: id, joinCode, plan: sessionPlanSchema.parse({ title }) };
}

function pollCreated(pollId: string, at: number): SessionEvent {
  return {
    type: 'poll.created',
    at,
    poll: { id: pollId, question: `Question ${pollId}?`, kind: 'single', options: [{ id: 'o1', label: 'Yes' }, { id: 'o2', label: 'No' }], resultsVisibility: 'live' },
  };
}

function newSession(overrides: Partial<NewSession> & { id?: string; joinCode?: string } = {}): NewSession {
  const id = overrides.id ?? `s-${hex(6)}`;
  const joinCode = overrides.joinCode ?? String(100_000 + (randomBytes(4).readUInt32BE(0) % 900_000));
  const createdAt = overrides.createdAt ?? T0;
  const title = overrides.title ?? 'Contract session';
  return {
    id,
    joinCode,
    title,
    createdAt,
    events: overrides.events ?? [sessionCreated(id, joinCode, title, createdAt), pollCreated('p1', createdAt), pollCreated('p2', createdAt)],
    roleTokens: overrides.roleTokens ?? [],
  };
}

function vote(pollId: string, participantId: string, optionIds: string[], at = T0): ContributionEvent {
  return { type: 'vote.cast', at, pollId, participantId, optionIds };
}

function storeContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`store contract: ${name}`, () => {
    let opened: OpenedStore | null = null;
    let store: Store;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });

    afterEach(async () => {
      const current = opened;
      opened = null;
      if (current) await current.cleanup();
    });

    async function addParticipant(sessionId: string, id: string, channel: 'onsite' | 'online' | null = null): Promise<string> {
      const hash = tokenHash();
      await store.addParticipant({ id, sessionId, tokenHash: hash, channel, createdAt: T0 });
      return hash;
    }

    it('ping() answers true', async () => {
      expect(await store.ping()).toBe(true);
    });

    it('migrating again is harmless: data and schema stay', async () => {
      const session = newSession();
      await store.createSession(session);
      await store.setSetting('k', 'v');
      await store.migrate();
      await store.migrate();
      expect((await store.loadSession(session.id))?.events).toEqual(session.events);
      expect(await store.getSetting('k')).toBe('v');
      expect(await store.ping()).toBe(true);
    });

    it('SESS-1: createSession then loadSession returns the same events in order, no votes, no commands', async () => {
      const session = newSession();
      await store.createSession(session);
      const loaded = await store.loadSession(session.id);
      expect(loaded).not.toBeNull();
      expect(loaded?.events).toEqual(session.events);
      expect(loaded?.events[0]?.type).toBe('session.created');
      expect(loaded?.votes).toEqual([]);
      expect(loaded?.commands).toEqual([]);
      expect(loaded?.participants).toEqual([]);
    });

    it('loadSession of an unknown session is null', async () => {
      expect(await store.loadSession('no-such-session')).toBeNull();
    });

    it('SESS-3: sessionIdByJoinCode and joinCodeTaken find a session by its code only', async () => {
      const session = newSession({ joinCode: '482913' });
      await store.createSession(session);
      expect(await store.sessionIdByJoinCode('482913')).toBe(session.id);
      expect(await store.joinCodeTaken('482913')).toBe(true);
      expect(await store.sessionIdByJoinCode('482914')).toBeNull();
      expect(await store.joinCodeTaken('482914')).toBe(false);
    });

    it('SESS-3: a duplicate join code is rejected and nothing of the second session is written', async () => {
      const first = newSession({ joinCode: '555123' });
      await store.createSession(first);
      const second = newSession({ joinCode: '555123', roleTokens: [{ role: 'moderator', tokenHash: tokenHash() }] });
      await expect(store.createSession(second)).rejects.toThrow();
      expect(await store.sessionIdByJoinCode('555123')).toBe(first.id);
      expect(await store.loadSession(second.id)).toBeNull();
      const [token] = second.roleTokens;
      expect(token && (await store.grantOf(token.tokenHash))).toBeNull();
      expect((await store.listSessions()).map((s) => s.id)).toEqual([first.id]);
    });

    it('AUTH-1: grantOf maps role and participant tokens to their session and role; unknown is null', async () => {
      const moderatorHash = tokenHash();
      const projectorHash = tokenHash();
      const session = newSession({ roleTokens: [{ role: 'moderator', tokenHash: moderatorHash }, { role: 'projector', tokenHash: projectorHash }] });
      await store.createSession(session);
      const other = newSession();
      await store.createSession(other);
      const onsiteHash = await addParticipant(session.id, 'u-onsite', 'onsite');
      const undeclaredHash = await addParticipant(other.id, 'u-undeclared', null);

      expect(await store.grantOf(moderatorHash)).toEqual({ sessionId: session.id, role: 'moderator', participantId: null, channel: null, declared: NONE });
      expect(await store.grantOf(projectorHash)).toEqual({ sessionId: session.id, role: 'projector', participantId: null, channel: null, declared: NONE });
      expect(await store.grantOf(onsiteHash)).toEqual({ sessionId: session.id, role: 'participant', participantId: 'u-onsite', channel: 'onsite', declared: NONE });
      expect(await store.grantOf(undeclaredHash)).toEqual({ sessionId: other.id, role: 'participant', participantId: 'u-undeclared', channel: null, declared: NONE });
      expect(await store.grantOf(tokenHash())).toBeNull();
    });

    it('addRoleTokens adds links to an existing session; the old ones stay valid', async () => {
      const oldHash = tokenHash();
      const session = newSession({ roleTokens: [{ role: 'moderator', tokenHash: oldHash }] });
      await store.createSession(session);
      const newHash = tokenHash();
      await store.addRoleTokens(session.id, [{ role: 'projector', tokenHash: newHash }], T0 + 1);
      expect(await store.grantOf(oldHash)).toMatchObject({ sessionId: session.id, role: 'moderator' });
      expect(await store.grantOf(newHash)).toMatchObject({ sessionId: session.id, role: 'projector' });
    });

    it('PROTO-4: appendEvents at the right sequence appends consecutive seqs and records the command', async () => {
      const session = newSession();
      await store.createSession(session);
      const at = T0 + 1_000;
      const first: SessionEvent[] = [{ type: 'poll.opened', at, pollId: 'p1' }];
      await store.appendEvents(session.id, 3, first, { actor: 'token:abc', commandId: 'c-1' });
      const second: SessionEvent[] = [
        { type: 'poll.closed', at: at + 1, pollId: 'p1' },
        { type: 'poll.revealed', at: at + 2, pollId: 'p1', revealed: true },
      ];
      await store.appendEvents(session.id, 4, second, { actor: 'token:abc', commandId: 'c-2' });
      await store.appendEvents(session.id, 6, [{ type: 'poll.deleted', at: at + 3, pollId: 'p2' }], null);

      const loaded = await store.loadSession(session.id);
      expect(loaded?.events).toEqual([...session.events, ...first, ...second, { type: 'poll.deleted', at: at + 3, pollId: 'p2' }]);
      const commands = [...(loaded?.commands ?? [])].sort((a, b) => a.seq - b.seq);
      // The seq of a command is that of its last event; events without a command record none.
      expect(commands).toEqual([
        { actor: 'token:abc', commandId: 'c-1', seq: 4 },
        { actor: 'token:abc', commandId: 'c-2', seq: 6 },
      ]);
      // Another actor may reuse a command id: commands are keyed by (actor, id).
      await store.appendEvents(session.id, 7, [{ type: 'poll.opened', at: at + 4, pollId: 'p1' }], { actor: 'token:xyz', commandId: 'c-1' });
      const again = await store.loadSession(session.id);
      expect(again?.commands).toHaveLength(3);
      expect(again?.commands).toContainEqual({ actor: 'token:xyz', commandId: 'c-1', seq: 8 });
    });

    it('SESS-2: a large append keeps every event in order, with seq equal to the number of events', async () => {
      const session = newSession({ events: undefined });
      await store.createSession(session);
      const many: SessionEvent[] = Array.from({ length: 1_200 }, (_, i) => ({ type: 'poll.revealed', at: T0 + i, pollId: 'p1', revealed: i % 2 === 0 }));
      await store.appendEvents(session.id, session.events.length, many, { actor: 'bulk', commandId: 'big' });
      const loaded = await store.loadSession(session.id);
      expect(loaded?.events).toEqual([...session.events, ...many]);
      expect(loaded?.commands).toEqual([{ actor: 'bulk', commandId: 'big', seq: session.events.length + many.length }]);
      // The next append must name exactly that sequence.
      await expect(store.appendEvents(session.id, session.events.length + many.length - 1, [{ type: 'poll.closed', at: T0, pollId: 'p1' }], null)).rejects.toBeInstanceOf(SequenceConflict);
    });

    it('PROTO-4: appendEvents with a stale or future expectedSeq throws SequenceConflict and writes nothing', async () => {
      const session = newSession();
      await store.createSession(session);
      await store.appendEvents(session.id, 3, [{ type: 'poll.opened', at: T0 + 1, pollId: 'p1' }], { actor: 'a', commandId: 'ok' });
      const before = await store.loadSession(session.id);

      const stale = store.appendEvents(session.id, 3, [{ type: 'poll.closed', at: T0 + 2, pollId: 'p1' }, { type: 'poll.deleted', at: T0 + 2, pollId: 'p1' }], { actor: 'a', commandId: 'stale' });
      await expect(stale).rejects.toBeInstanceOf(SequenceConflict);
      const ahead = store.appendEvents(session.id, 9, [{ type: 'poll.closed', at: T0 + 3, pollId: 'p1' }], { actor: 'a', commandId: 'ahead' });
      await expect(ahead).rejects.toBeInstanceOf(SequenceConflict);

      expect(await store.loadSession(session.id)).toEqual(before);
    });

    it('PROTO-4: of two concurrent appends at the same sequence, exactly one wins; the other gets SequenceConflict', async () => {
      const session = newSession();
      await store.createSession(session);
      const results = await Promise.allSettled(
        ['x', 'y'].map((actor) => store.appendEvents(session.id, 3, [{ type: 'poll.opened', at: T0 + 1, pollId: 'p1' }], { actor, commandId: 'race' })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0]?.reason).toBeInstanceOf(SequenceConflict);
      const loaded = await store.loadSession(session.id);
      expect(loaded?.events).toHaveLength(4);
      expect(loaded?.commands).toHaveLength(1);
    });

    it('POLL-1: recordContributions upserts votes by (poll, participant); within one group the later ballot wins', async () => {
      const session = newSession();
      await store.createSession(session);
      await addParticipant(session.id, 'u1');
      await addParticipant(session.id, 'u2');
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1'], T0 + 1), vote('p1', 'u2', ['o1'], T0 + 1), vote('p1', 'u1', ['o2'], T0 + 2), vote('p2', 'u1', ['o1'], T0 + 3)]);
      const votes = (await store.loadSession(session.id))?.votes ?? [];
      const byKey = (v: { pollId: string; participantId: string }) => `${v.pollId}/${v.participantId}`;
      expect([...votes].sort((a, b) => byKey(a).localeCompare(byKey(b)))).toEqual([
        { pollId: 'p1', participantId: 'u1', optionIds: ['o2'] },
        { pollId: 'p1', participantId: 'u2', optionIds: ['o1'] },
        { pollId: 'p2', participantId: 'u1', optionIds: ['o1'] },
      ]);
    });

    it('POLL-1, POLL-2: across groups the later ballot replaces the earlier; re-sending it changes nothing', async () => {
      const session = newSession();
      await store.createSession(session);
      await addParticipant(session.id, 'u1');
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1'], T0 + 1)]);
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1', 'o2'], T0 + 2)]);
      expect((await store.loadSession(session.id))?.votes).toEqual([{ pollId: 'p1', participantId: 'u1', optionIds: ['o1', 'o2'] }]);
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1', 'o2'], T0 + 3)]);
      await store.recordContributions(session.id, []);
      expect((await store.loadSession(session.id))?.votes).toEqual([{ pollId: 'p1', participantId: 'u1', optionIds: ['o1', 'o2'] }]);
    });

    it('recordContributions keeps the votes of one session out of another', async () => {
      const a = newSession();
      const b = newSession();
      await store.createSession(a);
      await store.createSession(b);
      await store.recordContributions(a.id, [vote('pa', 'ua', ['o1'])]);
      expect((await store.loadSession(b.id))?.votes).toEqual([]);
      expect((await store.loadSession(a.id))?.votes).toEqual([{ pollId: 'pa', participantId: 'ua', optionIds: ['o1'] }]);
    });

    it('recordContributions updates participant channels; the later one in a group wins', async () => {
      const session = newSession();
      await store.createSession(session);
      const hash = await addParticipant(session.id, 'u1', null);
      await addParticipant(session.id, 'u2', 'online');
      await store.recordContributions(session.id, [
        { type: 'participant.channelSet', at: T0 + 1, participantId: 'u1', channel: 'online' },
        { type: 'participant.channelSet', at: T0 + 2, participantId: 'u1', channel: 'onsite' },
      ]);
      const participants = (await store.loadSession(session.id))?.participants ?? [];
      expect([...participants].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        { id: 'u1', channel: 'onsite', declared: NONE },
        { id: 'u2', channel: 'online', declared: NONE },
      ]);
      expect(await store.grantOf(hash)).toMatchObject({ participantId: 'u1', channel: 'onsite' });
    });

    it('FLOOR-9: recordContributions keeps declared groups; the later one wins; null clears', async () => {
      const session = newSession();
      await store.createSession(session);
      const hash = await addParticipant(session.id, 'u1', 'online');
      const declared = { stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: 'woman' } as const;
      await store.recordContributions(session.id, [
        { type: 'participant.declared', at: T0 + 1, participantId: 'u1', declared: { stakeholderGroup: 'Academia', regionalGroup: null, gender: null } },
        { type: 'participant.declared', at: T0 + 2, participantId: 'u1', declared },
      ]);
      expect((await store.loadSession(session.id))?.participants).toEqual([{ id: 'u1', channel: 'online', declared }]);
      expect(await store.grantOf(hash)).toMatchObject({ participantId: 'u1', declared });
      await store.recordContributions(session.id, [{ type: 'participant.declared', at: T0 + 3, participantId: 'u1', declared: NONE }]);
      expect((await store.grantOf(hash))?.declared).toEqual(NONE);
    });

    it('settings: unknown is null; set, read, overwrite', async () => {
      expect(await store.getSetting('host_token_hash')).toBeNull();
      await store.setSetting('host_token_hash', 'a'.repeat(64));
      expect(await store.getSetting('host_token_hash')).toBe('a'.repeat(64));
      await store.setSetting('host_token_hash', 'b'.repeat(64));
      expect(await store.getSetting('host_token_hash')).toBe('b'.repeat(64));
      await store.setSetting('other', '');
      expect(await store.getSetting('other')).toBe('');
      expect(await store.getSetting('host_token_hash')).toBe('b'.repeat(64));
    });

    it('listSessions lists sessions newest first, with exact numeric times', async () => {
      const old = newSession({ title: 'Old', createdAt: T0 });
      const newest = newSession({ title: 'Newest', createdAt: T0 + 2 * 86_400_000 });
      const middle = newSession({ title: 'Middle', createdAt: T0 + 86_400_000 });
      for (const s of [old, newest, middle]) await store.createSession(s);
      expect(await store.listSessions()).toEqual([
        { id: newest.id, joinCode: newest.joinCode, title: 'Newest', createdAt: T0 + 2 * 86_400_000 },
        { id: middle.id, joinCode: middle.joinCode, title: 'Middle', createdAt: T0 + 86_400_000 },
        { id: old.id, joinCode: old.joinCode, title: 'Old', createdAt: T0 },
      ]);
    });
  });
}

storeContract('SQLite', async () => {
  const dir = tempDir();
  const store = await openStore({ kind: 'sqlite', path: join(dir.path, 'contract.db') });
  return {
    store,
    async cleanup() {
      await store.close();
      dir.remove();
    },
  };
});

// Votes and joins committed on the calling thread rather than on the commit thread.
storeContract('SQLite, writes inline', async () => {
  const dir = tempDir();
  const store = await openStore({ kind: 'sqlite', path: join(dir.path, 'contract.db') }, { sqliteWrites: 'inline' });
  return {
    store,
    async cleanup() {
      await store.close();
      dir.remove();
    },
  };
});

/**
 * The PostgreSQL of this machine (or TEST_POSTGRES_URL, a URL of its maintenance database);
 * the suite fails, not skips, if it is not there.
 */
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function databaseUrl(database: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

storeContract('PostgreSQL', async () => {
  const database = `openfloor_test_${hex(8)}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${database}`));
  let store: Store;
  try {
    store = await openStore({ kind: 'postgres', url: databaseUrl(database) });
  } catch (error) {
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    throw error;
  }
  return {
    store,
    async cleanup() {
      await store.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
});
