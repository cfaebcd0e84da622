import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/core/decide.ts';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import type { CommandInput } from '../../src/core/protocol/commands.ts';
import { commandEnvelopeSchema } from '../../src/core/protocol/clientMessages.ts';
import type { Role } from '../../src/core/roles.ts';
import type { Peer } from '../../src/server/rooms/peer.ts';
import { openRedisBus, type RedisBus } from '../../src/server/rooms/redisBus.ts';
import { SessionRoom, type RoomDeps } from '../../src/server/rooms/sessionRoom.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import type { Store } from '../../src/server/store/store.ts';
import { eventually } from '../support/testServer.ts';
import { MACHINE_REDIS_URL, requireRedis } from '../support/cluster.ts';

/**
 * SCALE-2, SCALE-5: a room loaded on one process while another commits. The room reads the store,
 * then listens to its session's Redis channel; what was published between the two never reaches
 * it. Here the other process commits and publishes exactly in that window (held open by the
 * store's read), as a quiz sweep or a first client loading a room another process holds would
 * meet it by chance, and the room must still end up showing what the store holds.
 */

/** A socket's stand-in: the room's answers are not looked at here. */
function peer(role: Role, participantId: string | null = null): Peer {
  return { role, participantId, actor: participantId ?? `token:${role}`, send: () => undefined };
}

const plan = sessionPlanSchema.parse({ title: 'Subscription window', polls: [{ question: 'Q?', options: ['Yes', 'No'], resultsVisibility: 'live' }] });

describe('a room loaded while another process commits (SCALE-2, SCALE-5)', () => {
  let store: Store;
  const buses: RedisBus[] = [];
  const rooms: SessionRoom[] = [];

  beforeAll(async () => {
    await requireRedis();
    store = await openStore({ kind: 'sqlite', path: ':memory:' });
  });

  afterAll(async () => {
    for (const room of rooms) room.dispose();
    for (const bus of buses) await bus.close();
    await store.close();
  });

  it('SCALE-5: a change published between the room’s read of the store and its subscription reaches its screens', async () => {
    // A session of its own: the machine's Redis is shared.
    const sessionId = `window-${randomUUID()}`;
    let ids = 0;
    const events = createSession(plan, { sessionId, joinCode: '654321' }, { now: 1000, newId: () => `p${++ids}` });
    await store.createSession({ id: sessionId, joinCode: '654321', title: plan.title, createdAt: 1000, events, roleTokens: [] });
    const deps = (bus: RedisBus, readStore: Store): RoomDeps => ({ store: readStore, bus, now: () => 2000, newId: () => `p${++ids}`, tallyIntervalMs: 10, onError: (e: unknown) => { throw e; } });
    const onError = (error: unknown) => {
      throw error;
    };
    const [busA, busB] = [await openRedisBus(MACHINE_REDIS_URL, { onError }), await openRedisBus(MACHINE_REDIS_URL, { onError })];
    buses.push(busA, busB);

    const elsewhere = await SessionRoom.load(sessionId, deps(busB, store));
    if (!elsewhere) throw new Error('room B not loaded');
    rooms.push(elsewhere);
    const pollId = elsewhere.state.pollOrder[0] ?? '';
    const send = async (room: SessionRoom, from: Peer, command: CommandInput) => {
      const outcome = await room.execute(from, commandEnvelopeSchema.parse({ type: 'command', id: randomUUID(), command }));
      expect(outcome.ok).toBe(true);
    };

    // Process A reads the store; before it listens, B opens the poll and takes a vote, and both are on Redis.
    let windowOpen = true;
    const inWindow = new Proxy(store, {
      get(target, name, receiver) {
        if (name !== 'loadSession') return Reflect.get(target, name, receiver) as unknown;
        return async (id: string) => {
          const read = await target.loadSession(id);
          if (!windowOpen) return read;
          windowOpen = false;
          await send(elsewhere, peer('moderator'), { type: 'poll.open', pollId });
          await send(elsewhere, peer('participant', 'u1'), { type: 'poll.vote', pollId, optionIds: ['o1'] });
          // Both publishes reach Redis, which has no listener of A for them yet.
          await new Promise((resolve) => setTimeout(resolve, 300));
          return read;
        };
      },
    });
    const room = await SessionRoom.load(sessionId, deps(busA, inWindow));
    if (!room) throw new Error('room A not loaded');
    rooms.push(room);
    expect(room.state.seq).toBe(2);

    // No further change comes to reveal the gap: the room must catch up on its own.
    await eventually(() => room.state.seq === 3 && room.pollResults(pollId)?.total === 1, 5_000, 'room A shows the open poll and its vote');
    expect(room.state.polls[pollId]?.status).toBe('open');
    expect(room.pollResults(pollId)?.counts).toMatchObject({ o1: 1 });
  });
});
