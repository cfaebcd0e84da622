import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import type { ContributionEvent, SessionEvent } from '../../src/core/events.ts';
import { KyselyStore } from '../../src/server/store/kyselyStore.ts';
import { SequenceConflict, type NewSession, type Store } from '../../src/server/store/store.ts';
import type { AskedQuestion } from '../../src/core/qa/qaTypes.ts';
import { aggregateSession } from '../../src/core/retention/sessionAggregates.ts';
import { replay } from '../../src/core/session.ts';
import { STORE_ADAPTERS, type OpenedStore } from '../support/storeAdapters.ts';

/** No declared groups. */
const NONE = { stakeholderGroup: null, regionalGroup: null, gender: null } as const;
/** A grant's invite fields when the token is not an invite link and nothing was accepted. */
const PLAIN = { label: null, panelSpeaker: null, conductAccepted: false } as const;

/**
 * The one contract every store adapter passes (see `src/server/store/store.ts`), run against
 * every adapter of `STORE_ADAPTERS` (SQLite both ways, PostgreSQL): the single source of the
 * store's behaviour. Every case gets a fresh, migrated database.
 */

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

/** A question as `decide` makes it, for the Q&A cases. */
function asked(id: string, participantId: string, at = T0): SessionEvent {
  const question: AskedQuestion = {
    id, askedBy: participantId, channel: 'online', stakeholderGroup: null, agendaItem: null, askedAt: at, ticket: 1, status: 'pending', flags: [],
    rejectReason: null, labels: [], reply: null, editedByModerator: false, publishedAt: null, answeredAt: null, forwardedAt: null, mergedInto: null, mergedFrom: [],
  };
  return { type: 'qa.asked', at, question };
}

/** Everything the database holds of a session's log and questions, as raw text: what a disk image would show. */
async function rawDump(store: Store, sessionId: string): Promise<string> {
  if (!(store instanceof KyselyStore)) throw new Error('the Q&A deletion check reads the database of a Kysely store');
  const events = await store.db.selectFrom('events').selectAll().where('session_id', '=', sessionId).execute();
  const questions = await store.db.selectFrom('questions').selectAll().where('session_id', '=', sessionId).execute();
  return JSON.stringify({ events, questions });
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

      expect(await store.grantOf(moderatorHash)).toEqual({ sessionId: session.id, role: 'moderator', participantId: null, channel: null, declared: NONE, ...PLAIN });
      expect(await store.grantOf(projectorHash)).toEqual({ sessionId: session.id, role: 'projector', participantId: null, channel: null, declared: NONE, ...PLAIN });
      expect(await store.grantOf(onsiteHash)).toEqual({ sessionId: session.id, role: 'participant', participantId: 'u-onsite', channel: 'onsite', declared: NONE, ...PLAIN });
      expect(await store.grantOf(undeclaredHash)).toEqual({ sessionId: other.id, role: 'participant', participantId: 'u-undeclared', channel: null, declared: NONE, ...PLAIN });
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
      await store.appendEvents(session.id, 3, first, { actor: 'token:abc', commandId: 'c-1', fingerprint: 'f1' });
      const second: SessionEvent[] = [
        { type: 'poll.closed', at: at + 1, pollId: 'p1' },
        { type: 'poll.revealed', at: at + 2, pollId: 'p1', revealed: true },
      ];
      await store.appendEvents(session.id, 4, second, { actor: 'token:abc', commandId: 'c-2' });
      await store.appendEvents(session.id, 6, [{ type: 'poll.deleted', at: at + 3, pollId: 'p2' }], null);

      const loaded = await store.loadSession(session.id);
      expect(loaded?.events).toEqual([...session.events, ...first, ...second, { type: 'poll.deleted', at: at + 3, pollId: 'p2' }]);
      const commands = [...(loaded?.commands ?? [])].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
      // The seq of a command is that of its last event; events without a command record none.
      expect(commands).toEqual([
        { actor: 'token:abc', commandId: 'c-1', fingerprint: 'f1', seq: 4 },
        { actor: 'token:abc', commandId: 'c-2', fingerprint: null, seq: 6 },
      ]);
      // Another actor may reuse a command id: commands are keyed by (actor, id).
      await store.appendEvents(session.id, 7, [{ type: 'poll.opened', at: at + 4, pollId: 'p1' }], { actor: 'token:xyz', commandId: 'c-1' });
      const again = await store.loadSession(session.id);
      expect(again?.commands).toHaveLength(3);
      expect(again?.commands).toContainEqual({ actor: 'token:xyz', commandId: 'c-1', fingerprint: null, seq: 8 });
    });

    it('SESS-2: a large append keeps every event in order, with seq equal to the number of events', async () => {
      const session = newSession({ events: undefined });
      await store.createSession(session);
      const many: SessionEvent[] = Array.from({ length: 1_200 }, (_, i) => ({ type: 'poll.revealed', at: T0 + i, pollId: 'p1', revealed: i % 2 === 0 }));
      await store.appendEvents(session.id, session.events.length, many, { actor: 'bulk', commandId: 'big' });
      const loaded = await store.loadSession(session.id);
      expect(loaded?.events).toEqual([...session.events, ...many]);
      expect(loaded?.commands).toEqual([{ actor: 'bulk', commandId: 'big', fingerprint: null, seq: session.events.length + many.length }]);
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

    it('PROTO-4: a command id is written once per sender: the same (actor, id) again is a conflict for control, kept as first for contributions', async () => {
      const session = newSession();
      await store.createSession(session);
      await store.appendEvents(session.id, 3, [{ type: 'poll.opened', at: T0 + 1, pollId: 'p1' }], { actor: 'm', commandId: 'once', fingerprint: 'a' });
      await expect(store.appendEvents(session.id, 4, [{ type: 'poll.closed', at: T0 + 2, pollId: 'p1' }], { actor: 'm', commandId: 'once', fingerprint: 'b' })).rejects.toBeInstanceOf(SequenceConflict);
      // A control command that changed nothing still leaves its receipt.
      await store.appendEvents(session.id, 4, [], { actor: 'm', commandId: 'empty', fingerprint: 'e' });
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1'], T0 + 3)], [{ actor: 'u1', commandId: 'v1', fingerprint: 'x', seq: null }]);
      await store.recordContributions(session.id, [], [{ actor: 'u1', commandId: 'v1', fingerprint: 'y', seq: null }, { actor: 'u1', commandId: 'v2', fingerprint: 'z', seq: null }]);
      const loaded = await store.loadSession(session.id);
      expect(loaded?.events).toHaveLength(4);
      expect([...(loaded?.commands ?? [])].sort((p, q) => p.commandId.localeCompare(q.commandId))).toEqual([
        { actor: 'm', commandId: 'empty', fingerprint: 'e', seq: 4 },
        { actor: 'm', commandId: 'once', fingerprint: 'a', seq: 4 },
        { actor: 'u1', commandId: 'v1', fingerprint: 'x', seq: null },
        { actor: 'u1', commandId: 'v2', fingerprint: 'z', seq: null },
      ]);
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
        // `at`: when the ballot that counts was cast (a quiz's speed, POLL-26).
        { pollId: 'p1', participantId: 'u1', optionIds: ['o2'], at: T0 + 2 },
        { pollId: 'p1', participantId: 'u2', optionIds: ['o1'], at: T0 + 1 },
        { pollId: 'p2', participantId: 'u1', optionIds: ['o1'], at: T0 + 3 },
      ]);
    });

    it('POLL-1, POLL-2: across groups the later ballot replaces the earlier; re-sending it changes nothing', async () => {
      const session = newSession();
      await store.createSession(session);
      await addParticipant(session.id, 'u1');
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1'], T0 + 1)]);
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1', 'o2'], T0 + 2)]);
      expect((await store.loadSession(session.id))?.votes).toEqual([{ pollId: 'p1', participantId: 'u1', optionIds: ['o1', 'o2'], at: T0 + 2 }]);
      await store.recordContributions(session.id, [vote('p1', 'u1', ['o1', 'o2'], T0 + 3)]);
      await store.recordContributions(session.id, []);
      // The same choice again: the choice stands; its time is the latest ballot's.
      expect((await store.loadSession(session.id))?.votes).toEqual([{ pollId: 'p1', participantId: 'u1', optionIds: ['o1', 'o2'], at: T0 + 3 }]);
    });

    it('recordContributions keeps the votes of one session out of another', async () => {
      const a = newSession();
      const b = newSession();
      await store.createSession(a);
      await store.createSession(b);
      await store.recordContributions(a.id, [vote('pa', 'ua', ['o1'])]);
      expect((await store.loadSession(b.id))?.votes).toEqual([]);
      expect((await store.loadSession(a.id))?.votes).toEqual([{ pollId: 'pa', participantId: 'ua', optionIds: ['o1'], at: T0 }]);
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
        { id: 'u1', channel: 'onsite', declared: NONE, conductAccepted: false },
        { id: 'u2', channel: 'online', declared: NONE, conductAccepted: false },
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
      expect((await store.loadSession(session.id))?.participants).toEqual([{ id: 'u1', channel: 'online', declared, conductAccepted: false }]);
      expect(await store.grantOf(hash)).toMatchObject({ participantId: 'u1', declared });
      await store.recordContributions(session.id, [{ type: 'participant.declared', at: T0 + 3, participantId: 'u1', declared: NONE }]);
      expect((await store.grantOf(hash))?.declared).toEqual(NONE);
    });

    it('QA-5: question text goes to the question table with its events, never to the log; withdrawn and rejected text is deleted', async () => {
      const session = newSession();
      await store.createSession(session);
      const kept = 'Zebra question: how do schools teach safety?';
      const withdrawn = 'Quokka question: I am Amina, 12, call 07700 900123';
      const rejected = 'Narwhal question: mail amina@example.org';
      await store.appendEvents(session.id, 3, [asked('q1', 'u1')], { actor: 'u1', commandId: 'c1' }, [{ questionId: 'q1', content: { text: kept, displayName: null } }]);
      await store.appendEvents(session.id, 4, [asked('q2', 'u2')], { actor: 'u2', commandId: 'c1' }, [{ questionId: 'q2', content: { text: withdrawn, displayName: 'Amina' } }]);
      await store.appendEvents(session.id, 5, [asked('q3', 'u3')], { actor: 'u3', commandId: 'c1' }, [{ questionId: 'q3', content: { text: rejected, displayName: null } }]);
      let dump = await rawDump(store, session.id);
      for (const text of [kept, withdrawn, rejected]) expect(dump).toContain(text);
      expect(JSON.stringify((await store.loadSession(session.id))?.events)).not.toContain('question:');

      await store.appendEvents(session.id, 6, [{ type: 'qa.withdrawn', at: T0 + 1, questionId: 'q2' }], { actor: 'u2', commandId: 'c2' }, [{ questionId: 'q2', content: null }]);
      await store.appendEvents(session.id, 7, [{ type: 'qa.rejected', at: T0 + 2, questionId: 'q3', reason: 'personal_data', by: 'moderator' }], { actor: 'm', commandId: 'c3' }, [
        { questionId: 'q3', content: null },
      ]);
      dump = await rawDump(store, session.id);
      expect(dump).toContain(kept);
      for (const gone of ['Quokka', 'Amina', '07700', 'Narwhal', 'amina@example.org']) expect(dump).not.toContain(gone);
      const loaded = await store.loadSession(session.id);
      expect(loaded?.questions).toEqual([{ id: 'q1', content: { text: kept, displayName: null } }]);
      expect(loaded?.events.map((e) => e.type).slice(-5)).toEqual(['qa.asked', 'qa.asked', 'qa.asked', 'qa.withdrawn', 'qa.rejected']);
    });

    it('QA-5: a moderator edit replaces the text; a stale append writes no text either', async () => {
      const session = newSession();
      await store.createSession(session);
      await store.appendEvents(session.id, 3, [asked('q1', 'u1')], null, [{ questionId: 'q1', content: { text: 'Original with a phone 07700 900123', displayName: null } }]);
      await store.appendEvents(session.id, 4, [{ type: 'qa.approved', at: T0 + 1, questionId: 'q1', by: 'moderator' }], null, [{ questionId: 'q1', content: { text: 'Edited by the moderator', displayName: null } }]);
      await expect(
        store.appendEvents(session.id, 3, [asked('q2', 'u2')], null, [{ questionId: 'q2', content: { text: 'Stale write', displayName: null } }]),
      ).rejects.toBeInstanceOf(SequenceConflict);
      const dump = await rawDump(store, session.id);
      expect(dump).toContain('Edited by the moderator');
      expect(dump).not.toContain('07700');
      expect(dump).not.toContain('Stale write');
      expect((await store.loadSession(session.id))?.questions).toEqual([{ id: 'q1', content: { text: 'Edited by the moderator', displayName: null } }]);
    });

    it('QA-7: upvotes are upserted by (question, participant); the later one wins, in a group and across groups; other sessions stay apart', async () => {
      const session = newSession();
      const otherSession = newSession();
      await store.createSession(session);
      await store.createSession(otherSession);
      await store.recordContributions(session.id, [
        { type: 'qa.upvoted', at: T0, questionId: 'q1', participantId: 'u1', up: true },
        { type: 'qa.upvoted', at: T0, questionId: 'q1', participantId: 'u2', up: true },
        { type: 'qa.upvoted', at: T0 + 1, questionId: 'q1', participantId: 'u2', up: false },
        { type: 'qa.upvoted', at: T0, questionId: 'q2', participantId: 'u2', up: true },
      ]);
      await store.recordContributions(otherSession.id, [{ type: 'qa.upvoted', at: T0, questionId: 'x9', participantId: 'u9', up: true }]);
      const sort = (rows: readonly { questionId: string; participantId: string }[] | undefined) => [...(rows ?? [])].sort((a, b) => (a.questionId + a.participantId).localeCompare(b.questionId + b.participantId));
      expect(sort((await store.loadSession(session.id))?.upvotes)).toEqual([
        { questionId: 'q1', participantId: 'u1' },
        { questionId: 'q2', participantId: 'u2' },
      ]);
      await store.recordContributions(session.id, [
        { type: 'qa.upvoted', at: T0 + 2, questionId: 'q1', participantId: 'u1', up: false },
        { type: 'qa.upvoted', at: T0 + 2, questionId: 'q1', participantId: 'u2', up: true },
        { type: 'qa.upvoted', at: T0 + 3, questionId: 'q1', participantId: 'u2', up: true },
      ]);
      expect(sort((await store.loadSession(session.id))?.upvotes)).toEqual([
        { questionId: 'q1', participantId: 'u2' },
        { questionId: 'q2', participantId: 'u2' },
      ]);
      expect((await store.loadSession(otherSession.id))?.upvotes).toEqual([{ questionId: 'x9', participantId: 'u9' }]);
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

    it('ROLE-1, ROLE-3: createInvite stores a labelled link (speaker: with its panel speaker) and its audit line in one commit; listInvites lists role links only', async () => {
      const createdWith = tokenHash();
      const session = newSession({ roleTokens: [{ role: 'moderator', tokenHash: createdWith }] });
      await store.createSession(session);
      await addParticipant(session.id, 'u-1', 'onsite');
      const speakerHash = tokenHash();
      await store.createInvite(
        { sessionId: session.id, tokenHash: speakerHash, role: 'speaker', label: 'Speaker 2 laptop', panelSpeaker: 1, createdAt: T0 + 5 },
        { id: 'a1', at: T0 + 5, role: 'host', label: null, action: 'link.created', summary: 'role=speaker panelSpeaker=1' },
      );
      expect(await store.grantOf(speakerHash)).toEqual({ sessionId: session.id, role: 'speaker', participantId: null, channel: null, declared: NONE, label: 'Speaker 2 laptop', panelSpeaker: 1, conductAccepted: false });
      expect(await store.listInvites(session.id)).toEqual([
        { id: createdWith, role: 'moderator', label: null, panelSpeaker: null, createdAt: T0, revokedAt: null, lastSeenAt: null },
        { id: speakerHash, role: 'speaker', label: 'Speaker 2 laptop', panelSpeaker: 1, createdAt: T0 + 5, revokedAt: null, lastSeenAt: null },
      ]);
      await store.touchInvite(speakerHash, T0 + 9);
      expect((await store.listInvites(session.id))[1]?.lastSeenAt).toBe(T0 + 9);
      expect(await store.listAudit(session.id, 10)).toEqual([{ id: 'a1', at: T0 + 5, role: 'host', label: null, action: 'link.created', summary: 'role=speaker panelSpeaker=1' }]);
      // A duplicate token hash fails and leaves no audit line behind.
      await expect(
        store.createInvite({ sessionId: session.id, tokenHash: speakerHash, role: 'projector', label: 'Again', panelSpeaker: null, createdAt: T0 + 6 }, { id: 'a2', at: T0 + 6, role: 'host', label: null, action: 'link.created', summary: '' }),
      ).rejects.toThrow();
      expect(await store.listAudit(session.id, 10)).toHaveLength(1);
    });

    it('ROLE-2: revokeInvite commits the revocation with its audit line; the grant is gone; twice, or a participant token, is false', async () => {
      const hash = tokenHash();
      const session = newSession({ roleTokens: [{ role: 'projector', tokenHash: hash }] });
      await store.createSession(session);
      const participantHash = await addParticipant(session.id, 'u-1', 'online');
      const line = (id: string) => ({ id, at: T0 + 7, role: 'host' as const, label: null, action: 'link.revoked', summary: 'x' });
      expect(await store.revokeInvite(session.id, hash, T0 + 7, line('r1'))).toBe(true);
      expect(await store.grantOf(hash)).toBeNull();
      expect((await store.listInvites(session.id))[0]?.revokedAt).toBe(T0 + 7);
      expect(await store.revokeInvite(session.id, hash, T0 + 8, line('r2'))).toBe(false);
      expect(await store.revokeInvite(session.id, participantHash, T0 + 8, line('r3'))).toBe(false);
      expect(await store.revokeInvite('other-session', tokenHash(), T0 + 8, line('r4'))).toBe(false);
      expect(await store.grantOf(participantHash)).toMatchObject({ participantId: 'u-1' });
      expect((await store.listAudit(session.id, 10)).map((a) => a.id)).toEqual(['r1']);
    });

    it('AUDIT-1, AUDIT-2: appendEvents writes the command’s audit line in the same commit; a conflict writes neither; listAudit is newest first per session', async () => {
      const session = newSession();
      await store.createSession(session);
      const other = newSession();
      await store.createSession(other);
      const audit = (id: string, at: number) => ({ id, at, role: 'moderator' as const, label: 'Onsite', action: 'floor.setPolicy', summary: 'policy=alternate' });
      const seq = session.events.length;
      await store.appendEvents(session.id, seq, [{ type: 'poll.opened', at: T0 + 1, pollId: 'p1' }], { actor: 'token:m', commandId: 'c1', audit: audit('x1', T0 + 1) });
      await expect(store.appendEvents(session.id, seq, [{ type: 'poll.closed', at: T0 + 2, pollId: 'p1' }], { actor: 'token:m', commandId: 'c2', audit: audit('x2', T0 + 2) })).rejects.toBeInstanceOf(SequenceConflict);
      await store.appendEvents(session.id, seq + 1, [{ type: 'poll.closed', at: T0 + 3, pollId: 'p1' }], { actor: 'token:m', commandId: 'c3', audit: audit('x3', T0 + 3) });
      await store.appendEvents(other.id, other.events.length, [{ type: 'poll.opened', at: T0 + 4, pollId: 'p1' }], { actor: 'token:m', commandId: 'c4', audit: audit('x4', T0 + 4) });
      expect((await store.listAudit(session.id, 10)).map((a) => a.id)).toEqual(['x3', 'x1']);
      expect((await store.listAudit(session.id, 1)).map((a) => a.id)).toEqual(['x3']);
      expect(await store.listAudit(other.id, 10)).toEqual([audit('x4', T0 + 4)]);
    });

    it('GUIDE-3: recordContributions stores a code-of-conduct acceptance; grantOf and loadSession report it', async () => {
      const session = newSession();
      await store.createSession(session);
      const hash = await addParticipant(session.id, 'u-1', 'onsite');
      await addParticipant(session.id, 'u-2', 'online');
      expect(await store.grantOf(hash)).toMatchObject({ conductAccepted: false });
      await store.recordContributions(session.id, [{ type: 'participant.conductAccepted', at: T0 + 3, participantId: 'u-1' }]);
      expect(await store.grantOf(hash)).toMatchObject({ conductAccepted: true });
      const loaded = await store.loadSession(session.id);
      expect(loaded?.participants.map((p) => [p.id, p.conductAccepted]).sort()).toEqual([['u-1', true], ['u-2', false]]);
    });

    it('listSessions lists sessions newest first, with exact numeric times', async () => {
      const old = newSession({ title: 'Old', createdAt: T0 });
      const newest = newSession({ title: 'Newest', createdAt: T0 + 2 * 86_400_000 });
      const middle = newSession({ title: 'Middle', createdAt: T0 + 86_400_000 });
      for (const s of [old, newest, middle]) await store.createSession(s);
      expect(await store.listSessions()).toEqual([
        { id: newest.id, joinCode: newest.joinCode, title: 'Newest', createdAt: T0 + 2 * 86_400_000, archivedAt: null },
        { id: middle.id, joinCode: middle.joinCode, title: 'Middle', createdAt: T0 + 86_400_000, archivedAt: null },
        { id: old.id, joinCode: old.joinCode, title: 'Old', createdAt: T0, archivedAt: null },
      ]);
    });

    it('settings: deleteSetting removes one key, and nothing when absent', async () => {
      await store.setSetting('a', '1');
      await store.setSetting('b', '2');
      await store.deleteSetting('a');
      await store.deleteSetting('nothing');
      expect(await store.getSetting('a')).toBeNull();
      expect(await store.getSetting('b')).toBe('2');
    });

    /** A session with a row in every session table, and another one beside it. */
    async function fullSession() {
      const moderatorHash = tokenHash();
      const session = newSession({ roleTokens: [{ role: 'moderator', tokenHash: moderatorHash }] });
      await store.createSession(session);
      const other = newSession();
      await store.createSession(other);
      const participantHash = await addParticipant(session.id, `u-${session.id}`, 'onsite');
      await addParticipant(other.id, `u-${other.id}`, 'online');
      await store.recordContributions(session.id, [vote('p1', `u-${session.id}`, ['o1'], T0 + 10), { type: 'qa.upvoted', at: T0 + 20, questionId: 'q1', participantId: `u-${session.id}`, up: true }], [{ actor: `u-${session.id}`, commandId: 'c-v', fingerprint: null, seq: null }]);
      await store.appendEvents(session.id, 3, [asked('q1', `u-${session.id}`, T0 + 5)], { actor: `u-${session.id}`, commandId: 'c-q' }, [{ questionId: 'q1', content: { text: 'Secret question text', displayName: null } }]);
      await store.createInvite({ sessionId: session.id, tokenHash: tokenHash(), role: 'speaker', label: 'Secret link label', panelSpeaker: null, createdAt: T0 + 30 }, { id: `a-${session.id}`, at: T0 + 30, role: 'host', label: null, action: 'link.created', summary: 'role=speaker' });
      return { session, other, moderatorHash, participantHash };
    }

    const erasure = (id: string, action: 'session.archived' | 'session.deleted', at = T0 + 99) => ({ id, sessionHash: `h-${id}`, at, by: action === 'session.archived' ? ('retention' as const) : ('host' as const), action });

    it('RETAIN-2: retentionCandidates gives every session not archived with its latest write', async () => {
      const { session, other } = await fullSession();
      const candidates = await store.retentionCandidates();
      expect(candidates.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))).toEqual(
        [
          { id: session.id, createdAt: T0, lastActivityAt: T0 + 20 },
          { id: other.id, createdAt: T0, lastActivityAt: T0 },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(await store.retentionCandidates(other.id)).toEqual([{ id: other.id, createdAt: T0, lastActivityAt: T0 }]);
    });

    it('POLL-61: openPolls lists each poll whose latest opening has no close or deletion after it, with that opening, in sessions not archived', async () => {
      const session = newSession();
      const other = newSession();
      const archived = newSession();
      const quiet = newSession();
      for (const s of [session, other, archived, quiet]) await store.createSession(s);
      const opened = (pollId: string, at: number): SessionEvent => ({ type: 'poll.opened', at, pollId });
      const closed = (pollId: string, at: number): SessionEvent => ({ type: 'poll.closed', at, pollId });
      let seq = session.events.length;
      // p2 closed; p1 closed and opened again: its second opening is the one that counts.
      await store.appendEvents(session.id, seq, [opened('p1', T0 + 1), opened('p2', T0 + 2), closed('p2', T0 + 3)], null);
      seq += 3;
      await store.appendEvents(session.id, seq, [closed('p1', T0 + 4)], { actor: 'token:m', commandId: 'c1' });
      await store.appendEvents(session.id, seq + 1, [opened('p1', T0 + 5)], { actor: 'token:m', commandId: 'c2' });
      // In another session: p1 closed, then deleted after an opening with no close; p2 open.
      const o = other.events.length;
      await store.appendEvents(other.id, o, [opened('p1', T0 + 6), closed('p1', T0 + 7), opened('p2', T0 + 8), opened('p1', T0 + 9), { type: 'poll.deleted', at: T0 + 10, pollId: 'p1' }], null);
      // An archived session's open poll is not listed.
      await store.appendEvents(archived.id, archived.events.length, [opened('p1', T0 + 11)], null);
      const state = replay((await store.loadSession(archived.id))?.events ?? []);
      expect(await store.archiveSession(archived.id, aggregateSession({ state, ballots: [], participants: [], upvotes: 0, asOf: T0 }), erasure('e1', 'session.archived'))).toBe(true);

      const bySession = (a: { sessionId: string; openedAt: number }, b: { sessionId: string; openedAt: number }) => a.sessionId.localeCompare(b.sessionId) || a.openedAt - b.openedAt;
      expect((await store.openPolls()).sort(bySession)).toEqual(
        [
          { sessionId: session.id, pollId: 'p1', openedAt: T0 + 5 },
          { sessionId: other.id, pollId: 'p2', openedAt: T0 + 8 },
        ].sort(bySession),
      );
      await store.appendEvents(other.id, o + 5, [closed('p2', T0 + 12)], null);
      expect(await store.openPolls()).toEqual([{ sessionId: session.id, pollId: 'p1', openedAt: T0 + 5 }]);
    });

    it('RETAIN-3: archiveSession deletes every row of the session but its aggregates, in one commit with its erasure line; the other session stays whole', async () => {
      const { session, other, moderatorHash, participantHash } = await fullSession();
      const otherBefore = await store.loadSession(other.id);
      const aggregates = aggregateSession({ state: replay(session.events), ballots: [], participants: [], upvotes: 0, asOf: T0 });
      expect(await store.archiveSession(session.id, aggregates, erasure('e1', 'session.archived'))).toBe(true);
      expect(await store.archiveSession(session.id, aggregates, erasure('e2', 'session.archived'))).toBe(false);
      expect(await store.loadSession(session.id)).toBeNull();
      expect(await store.grantOf(moderatorHash)).toBeNull();
      expect(await store.grantOf(participantHash)).toBeNull();
      expect(await store.listInvites(session.id)).toEqual([]);
      expect(await store.listAudit(session.id, 10)).toEqual([]);
      expect(await store.archivedSession(session.id)).toEqual({ id: session.id, joinCode: session.joinCode, archivedAt: T0 + 99, aggregates });
      expect(await store.archivedSession(other.id)).toBeNull();
      expect(await store.retentionCandidates()).toEqual([expect.objectContaining({ id: other.id })]);
      expect((await store.listSessions()).find((s) => s.id === session.id)?.archivedAt).toBe(T0 + 99);
      // Its join code stays taken: a printed code never leads into another session.
      expect(await store.joinCodeTaken(session.joinCode)).toBe(true);
      expect(await store.loadSession(other.id)).toEqual(otherBefore);
      const [line] = await store.listErasures(10);
      expect(line).toEqual({ ...erasure('e1', 'session.archived'), rows: expect.any(Number) });
      // Four events (three at creation, the question), two receipts, a vote, an upvote, the question row, a participant, three tokens, an audit line.
      expect(line?.rows).toBe(14);
      expect(await rawDump(store, session.id)).not.toContain('Secret');
      expect(await store.scrub()).toBe(true);
    });

    it('RETAIN-3: purgeArchived deletes rows that reached an archived session after its archiving, and only those', async () => {
      const { session, other } = await fullSession();
      const aggregates = aggregateSession({ state: replay(session.events), ballots: [], participants: [], upvotes: 0, asOf: T0 });
      await store.archiveSession(session.id, aggregates, erasure('e1', 'session.archived'));
      expect(await store.purgeArchived()).toBe(0);
      const otherBefore = await store.loadSession(other.id);
      // A join and a vote that raced the archiving.
      const late = await addParticipant(session.id, 'u-late', 'online');
      await store.recordContributions(session.id, [vote('p1', 'u-late', ['o2'], T0 + 500)]);
      expect(await store.purgeArchived()).toBe(3);
      expect(await store.grantOf(late)).toBeNull();
      expect(await store.loadSession(other.id)).toEqual(otherBefore);
      expect(await store.archivedSession(session.id)).not.toBeNull();
    });

    it('RETAIN-4: deleteSession deletes every row of a session, archived or not, with its erasure line; false when there is none', async () => {
      const { session, other } = await fullSession();
      expect(await store.deleteSession(session.id, erasure('d1', 'session.deleted', T0 + 100))).toBe(true);
      expect(await store.deleteSession(session.id, erasure('d2', 'session.deleted'))).toBe(false);
      expect(await store.loadSession(session.id)).toBeNull();
      expect(await store.archivedSession(session.id)).toBeNull();
      expect(await store.joinCodeTaken(session.joinCode)).toBe(false);
      expect((await store.listSessions()).map((s) => s.id)).toEqual([other.id]);
      const aggregates = aggregateSession({ state: replay(other.events), ballots: [], participants: [], upvotes: 0, asOf: T0 });
      await store.archiveSession(other.id, aggregates, erasure('a1', 'session.archived', T0 + 200));
      expect(await store.deleteSession(other.id, erasure('d3', 'session.deleted', T0 + 300))).toBe(true);
      expect(await store.listSessions()).toEqual([]);
      expect((await store.listErasures(10)).map((e) => [e.id, e.rows])).toEqual([['d3', 1], ['a1', 5], ['d1', 15]]);
      expect((await store.listErasures(1)).map((e) => e.id)).toEqual(['d3']);
    });

    it('DUR-1: addParticipants commits a group of joins in one transaction: every grant is there; a group with a taken token writes none', async () => {
      const session = newSession();
      await store.createSession(session);
      const group = ['pa', 'pb', 'pc'].map((id, i) => ({ id, sessionId: session.id, tokenHash: tokenHash(), channel: i === 0 ? ('onsite' as const) : null, createdAt: T0 + i }));
      await store.addParticipants(group);
      for (const p of group) expect(await store.grantOf(p.tokenHash)).toMatchObject({ sessionId: session.id, role: 'participant', participantId: p.id, channel: p.channel });
      expect((await store.loadSession(session.id))?.participants.map((p) => p.id).sort()).toEqual(['pa', 'pb', 'pc']);
      const taken = group[0]?.tokenHash ?? '';
      const clash = [{ id: 'pd', sessionId: session.id, tokenHash: tokenHash(), channel: null, createdAt: T0 }, { id: 'pe', sessionId: session.id, tokenHash: taken, channel: null, createdAt: T0 }];
      await expect(store.addParticipants(clash)).rejects.toThrow();
      expect(await store.grantOf(clash[0]?.tokenHash ?? '')).toBeNull();
      expect((await store.loadSession(session.id))?.participants).toHaveLength(3);
      await store.addParticipants([]);
    });

    it('REPORT-3: report texts are empty at revision 0; each save is the next revision; a stale save writes nothing', async () => {
      const session = newSession();
      await store.createSession(session);
      expect(await store.reportTexts(session.id)).toEqual({ texts: { summary: '', sections: [] }, revision: 0, updatedAt: null });
      const first = { summary: 'يجب أن تتعاون الحكومات — 数字素养', sections: [{ agendaItem: null, takeaways: ['One'], callsToAction: [], bestPractices: ['Two'], partnershipOffers: [] }] };
      expect(await store.saveReportTexts(session.id, first, 0, T0 + 1)).toEqual({ texts: first, revision: 1, updatedAt: T0 + 1 });
      expect(await store.saveReportTexts(session.id, { summary: 'Stale', sections: [] }, 0, T0 + 2)).toBeNull();
      const second = { summary: 'Second', sections: [] };
      expect(await store.saveReportTexts(session.id, second, 1, T0 + 3)).toEqual({ texts: second, revision: 2, updatedAt: T0 + 3 });
      expect(await store.saveReportTexts(session.id, { summary: 'Stale again', sections: [] }, 1, T0 + 4)).toBeNull();
      expect(await store.reportTexts(session.id)).toEqual({ texts: second, revision: 2, updatedAt: T0 + 3 });
    });

    it('REPORT-3: two saves of report texts from the same revision at once: exactly one is written', async () => {
      const session = newSession();
      await store.createSession(session);
      await store.saveReportTexts(session.id, { summary: 'Base', sections: [] }, 0, T0);
      const results = await Promise.all(['A', 'B', 'C'].map((summary, i) => store.saveReportTexts(session.id, { summary, sections: [] }, 1, T0 + i + 1)));
      const winners = results.filter((r) => r !== null);
      expect(winners).toHaveLength(1);
      expect((await store.reportTexts(session.id)).texts.summary).toBe(winners[0]?.texts.summary);
      // The first save of a session races the same way.
      const other = newSession();
      await store.createSession(other);
      const firsts = await Promise.all(['X', 'Y'].map((summary) => store.saveReportTexts(other.id, { summary, sections: [] }, 0, T0)));
      expect(firsts.filter((r) => r !== null)).toHaveLength(1);
    });
  });
}

for (const adapter of STORE_ADAPTERS) storeContract(adapter.name, adapter.open);
