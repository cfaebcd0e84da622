import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../core/decide.ts';
import { sessionPlanSchema } from '../../core/plan.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { commandEnvelopeSchema } from '../../core/protocol/clientMessages.ts';
import type { ServerMessage } from '../../core/protocol/serverMessages.ts';
import type { Role } from '../../core/roles.ts';
import { openStore } from '../store/openStore.ts';
import type { Store } from '../store/store.ts';
import type { Peer } from './peer.ts';
import { SessionRoom } from './sessionRoom.ts';

/** A peer that keeps what the room sends it. */
class RecordingPeer implements Peer {
  readonly raw: string[] = [];
  constructor(
    readonly role: Role,
    readonly participantId: string | null = null,
    readonly actor: string = participantId ?? `token:${role}`,
  ) {}
  send(frame: string): void {
    this.raw.push(frame);
  }
  of<T extends ServerMessage['type']>(type: T): Extract<ServerMessage, { type: T }>[] {
    return this.raw.map((f) => JSON.parse(f) as ServerMessage).filter((f): f is Extract<ServerMessage, { type: T }> => f.type === type);
  }
  last(type: 'error' | 'ack'): ServerMessage | undefined {
    return this.of(type).at(-1);
  }
}

/** The Q&A through a real room on an in-memory SQLite store, with a clock that stands still. */
describe('the Q&A in a session room', () => {
  let store: Store;
  let room: SessionRoom;
  let ids = 0;
  let command = 0;
  let now = 10_000;

  const run = (peer: Peer, cmd: CommandInput, id = `c${String(++command)}`) => room.handle(peer, commandEnvelopeSchema.parse({ type: 'command', id, command: cmd }));

  beforeEach(async () => {
    store = await openStore({ kind: 'sqlite', path: ':memory:' });
    const plan = sessionPlanSchema.parse({ title: 'Room Q&A', youthMode: true });
    const events = createSession(plan, { sessionId: 's1', joinCode: '123456' }, { now: 1000, newId: () => `x${String(++ids)}` });
    await store.createSession({ id: 's1', joinCode: '123456', title: plan.title, createdAt: 1000, events, roleTokens: [] });
    for (const [id, channel] of [['u1', 'onsite'], ['u2', 'online']] as const) {
      await store.addParticipant({ id, sessionId: 's1', tokenHash: `hash-${id}`, channel, createdAt: 1000 });
    }
    const loaded = await SessionRoom.load('s1', {
      store,
      now: () => now,
      newId: () => `q${String(++ids)}`,
      tallyIntervalMs: 10_000,
      onError: (e) => {
        throw e;
      },
    });
    if (!loaded) throw new Error('room not loaded');
    room = loaded;
  });

  afterEach(async () => {
    room.dispose();
    await store.close();
  });

  function joinAll() {
    const moderator = new RecordingPeer('moderator');
    const online = new RecordingPeer('online_moderator');
    const projector = new RecordingPeer('projector');
    const asker = new RecordingPeer('participant', 'u1');
    const other = new RecordingPeer('participant', 'u2');
    for (const p of [moderator, online, projector, asker, other]) room.join(p, 0);
    return { moderator, online, projector, asker, other };
  }

  it('QA-6: two moderators approving at once make one approval; the other gets invalid_state', async () => {
    const { moderator, online, projector, asker } = joinAll();
    await run(asker, { type: 'qa.ask', text: 'Approve me once' });
    const id = asker.of('qa.mine').at(-1)?.questions[0]?.id ?? '';
    expect(projector.raw.join('\n')).not.toContain(id);
    await Promise.all([run(moderator, { type: 'qa.approve', questionId: id, version: 1 }), run(online, { type: 'qa.approve', questionId: id, version: 1 })]);
    expect(moderator.last('ack')).toMatchObject({ type: 'ack' });
    expect(online.last('error')).toMatchObject({ type: 'error', code: 'invalid_state' });
    const stored = await store.loadSession('s1');
    expect(stored?.events.filter((e) => e.type === 'qa.approved')).toHaveLength(1);
    expect(projector.of('qa.question').map((m) => m.question.id)).toEqual([id]);
  });

  it('QA-12, PROTO-4: the sixth question within the same instant is rate_limited and writes nothing; a retry of an applied one is acknowledged, not limited', async () => {
    const { asker } = joinAll();
    for (let i = 0; i < 5; i++) await run(asker, { type: 'qa.ask', text: `Question ${String(i)}` });
    await run(asker, { type: 'qa.ask', text: 'One too many' });
    expect(asker.last('error')).toMatchObject({ code: 'rate_limited' });
    expect(room.state.qa.order).toHaveLength(5);
    // A retry of an applied question (same client id) is acknowledged again, not limited (PROTO-4).
    const acks = asker.of('ack').length;
    await run(asker, { type: 'qa.ask', text: 'Question 4' }, 'retry-me');
    expect(asker.last('error')).toMatchObject({ code: 'rate_limited' });
    now += 12_000;
    await run(asker, { type: 'qa.ask', text: 'Question 5' }, 'retry-me');
    const seq = asker.of('ack').at(-1)?.seq;
    await run(asker, { type: 'qa.ask', text: 'Question 5' }, 'retry-me');
    expect(asker.of('ack').slice(acks).map((a) => a.seq)).toEqual([seq, seq]);
    expect(room.state.qa.order).toHaveLength(6);
    // A minute later the bucket has refilled.
    now += 60_000;
    await run(asker, { type: 'qa.ask', text: 'After a minute' });
    expect(room.state.qa.order).toHaveLength(7);
  });

  it('QA-3, QA-5: a withdrawn question leaves no text in memory, in the store or on the wire to others', async () => {
    const { moderator, projector, asker, other } = joinAll();
    await run(asker, { type: 'qa.ask', text: 'Secret wombat words' });
    const id = asker.of('qa.mine').at(-1)?.questions[0]?.id ?? '';
    expect(moderator.of('qa.question').at(-1)?.question.text).toBe('Secret wombat words');
    await run(asker, { type: 'qa.withdraw', questionId: id });
    expect(moderator.of('qa.removed').at(-1)?.questionId).toBe(id);
    expect(asker.of('qa.mine').at(-1)?.questions).toEqual([]);
    for (const peer of [projector, other]) expect(peer.raw.join('\n')).not.toContain('wombat');
    const late = new RecordingPeer('moderator', null, 'late');
    room.join(late, 0);
    expect(late.raw.join('\n')).not.toContain('wombat');
    expect(JSON.stringify(await store.loadSession('s1'))).not.toContain('wombat');
  });
});
