import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../core/decide.ts';
import { sessionPlanSchema } from '../../core/plan.ts';
import { commandEnvelopeSchema } from '../../core/protocol/clientMessages.ts';
import { openStore } from '../store/openStore.ts';
import type { Store } from '../store/store.ts';
import type { Peer } from './peer.ts';
import { RoomRegistry } from './roomRegistry.ts';

const plan = sessionPlanSchema.parse({ title: 'Registry test', polls: [{ question: 'Q?', options: ['Yes', 'No'] }] });
const IDLE = 60_000;

/** Rooms are released when idle and loaded again on demand, with a clock the test moves. */
describe('room registry', () => {
  let store: Store;
  let registry: RoomRegistry;
  let now = 1_000_000;
  let ids = 0;

  beforeEach(async () => {
    store = await openStore({ kind: 'sqlite', path: ':memory:' });
    const events = createSession(plan, { sessionId: 's1', joinCode: '123456' }, { now, newId: () => `p${++ids}` });
    await store.createSession({ id: 's1', joinCode: '123456', title: plan.title, createdAt: now, events, roleTokens: [] });
    registry = new RoomRegistry({ store, now: () => now, newId: () => `p${++ids}`, tallyIntervalMs: 1000, onError: (e) => { throw e; } }, { idleMs: IDLE, sweepMs: 0 });
  });

  afterEach(async () => {
    await registry.dispose();
    await store.close();
  });

  const moderator = (frames: string[] = []): Peer => ({ role: 'moderator', participantId: null, actor: 'token:m', send: (f) => frames.push(f) });

  it('releases a room nobody used for the idle time and loads it again, with its state, on the next use', async () => {
    const first = await registry.get('s1');
    if (!first) throw new Error('no room');
    const pollId = first.state.pollOrder[0] ?? '';
    const outcome = await first.execute(moderator(), commandEnvelopeSchema.parse({ type: 'command', id: 'open', command: { type: 'poll.open', pollId } }));
    expect(outcome).toEqual({ ok: true, seq: 3 });

    now += IDLE - 1;
    expect(await registry.sweep()).toBe(0);
    now += 1;
    expect(await registry.sweep()).toBe(1);
    expect(registry.loaded).toBe(0);

    const again = await registry.get('s1');
    expect(again).not.toBe(first);
    expect(again?.state.seq).toBe(3);
    expect(again?.state.polls[pollId]?.status).toBe('open');
  });

  it('keeps a room while a connection is open; the idle time counts from the last leave', async () => {
    const room = await registry.get('s1');
    if (!room) throw new Error('no room');
    const peer = moderator();
    room.join(peer, 0);
    now += 10 * IDLE;
    expect(await registry.sweep()).toBe(0);
    room.leave(peer);
    now += IDLE / 2;
    expect(await registry.sweep()).toBe(0);
    now += IDLE / 2;
    expect(await registry.sweep()).toBe(1);
  });

  it('a room handed out just before a sweep is not released under its user (a hello between lookup and join)', async () => {
    await registry.get('s1');
    now += 2 * IDLE;
    const room = await registry.get('s1');
    expect(await registry.sweep()).toBe(0);
    const frames: string[] = [];
    room?.join(moderator(frames), 0);
    expect(JSON.parse(frames[0] ?? '{}')).toMatchObject({ type: 'welcome', seq: 2 });
    expect(registry.loaded).toBe(1);
  });

  it('a released room stops listening: a command on the reloaded room reaches only the new one', async () => {
    const old = await registry.get('s1');
    now += IDLE;
    await registry.sweep();
    const fresh = await registry.get('s1');
    const frames: string[] = [];
    fresh?.join(moderator(frames), 0);
    const pollId = fresh?.state.pollOrder[0] ?? '';
    await fresh?.execute(moderator(), commandEnvelopeSchema.parse({ type: 'command', id: 'open', command: { type: 'poll.open', pollId } }));
    expect(fresh?.state.seq).toBe(3);
    expect(old?.state.seq).toBe(2);
    expect(frames.map((f) => (JSON.parse(f) as { type: string }).type)).toContain('poll.updated');
  });
  it('RETAIN-4: erasing a loaded room lets running commands commit first, refuses later ones, closes every connection with 4410 and drops the room', async () => {
    const room = await registry.get('s1');
    if (!room) throw new Error('no room');
    const pollId = room.state.pollOrder[0] ?? '';
    const frames: string[] = [];
    const closes: number[] = [];
    room.join({ ...moderator(frames), close: (code) => closes.push(code) }, 0);
    const open = room.execute(moderator(), commandEnvelopeSchema.parse({ type: 'command', id: 'open', command: { type: 'poll.open', pollId } }));
    let seqAtErasure: number | null = null;
    let late: unknown = null;
    const erased = registry.erase('s1', async () => {
      seqAtErasure = (await store.loadSession('s1'))?.events.length ?? null;
      late = await room.execute(moderator(), commandEnvelopeSchema.parse({ type: 'command', id: 'close', command: { type: 'poll.close', pollId } }));
      return true;
    });
    // Handed out to no one while the erasure runs.
    expect(await registry.get('s1')).toBeNull();
    expect(await open).toEqual({ ok: true, seq: 3 });
    expect(await erased).toBe(true);
    expect(seqAtErasure).toBe(3);
    expect(late).toMatchObject({ ok: false, error: { reason: 'session.deleted' } });
    expect(closes).toEqual([4410]);
    expect(JSON.parse(frames.at(-1) ?? '{}')).toMatchObject({ type: 'error', id: null, reason: 'session.deleted' });
    expect(registry.loaded).toBe(0);
  });

  it('RETAIN-4: an erasure that erases nothing leaves the room as it was', async () => {
    const room = await registry.get('s1');
    if (!room) throw new Error('no room');
    expect(await registry.erase('s1', async () => false)).toBe(false);
    expect(await registry.get('s1')).toBe(room);
    const pollId = room.state.pollOrder[0] ?? '';
    expect(await room.execute(moderator(), commandEnvelopeSchema.parse({ type: 'command', id: 'open', command: { type: 'poll.open', pollId } }))).toEqual({ ok: true, seq: 3 });
  });
});
