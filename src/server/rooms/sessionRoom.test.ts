import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSession } from '../../core/decide.ts';
import { sessionPlanSchema } from '../../core/plan.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { commandEnvelopeSchema } from '../../core/protocol/clientMessages.ts';
import type { ServerMessage, ServerMessages } from '../../core/protocol/serverMessages.ts';
import { tallyFromWire } from '../../core/polls/tallyWire.ts';
import type { Role } from '../../core/roles.ts';
import { openStore } from '../store/openStore.ts';
import type { Store } from '../store/store.ts';
import type { Peer } from './peer.ts';
import { SessionRoom } from './sessionRoom.ts';

/** A tally frame as the client keeps it (public entries come as [text, count], POLL-24). */
const tallyOf = (message: ServerMessages['tally'] | undefined) => (message ? tallyFromWire(message).tally : undefined);

/** A peer that keeps what the room sends it: the in-memory half of a socket pair. */
class RecordingPeer implements Peer {
  readonly frames: ServerMessage[] = [];
  constructor(
    readonly role: Role,
    readonly participantId: string | null = null,
    readonly actor: string = participantId ?? `token:${role}`,
  ) {}
  send(frame: string): void {
    this.frames.push(JSON.parse(frame) as ServerMessage);
  }
  of<T extends ServerMessage['type']>(type: T): Extract<ServerMessage, { type: T }>[] {
    return this.frames.filter((f): f is Extract<ServerMessage, { type: T }> => f.type === type);
  }
}

const plan = sessionPlanSchema.parse({ title: 'Room test', polls: [{ question: 'Q?', options: ['Yes', 'No'], resultsVisibility: 'after_close' }] });

describe('session room', () => {
  let store: Store;
  let room: SessionRoom;
  let ids = 0;
  let command = 0;

  const run = (peer: Peer, cmd: CommandInput, id = `c${++command}`) => room.handle(peer, commandEnvelopeSchema.parse({ type: 'command', id, command: cmd }));

  beforeEach(async () => {
    store = await openStore({ kind: 'sqlite', path: ':memory:' });
    const events = createSession(plan, { sessionId: 's1', joinCode: '123456' }, { now: 1000, newId: () => `p${++ids}` });
    await store.createSession({ id: 's1', joinCode: '123456', title: plan.title, createdAt: 1000, events, roleTokens: [] });
    const loaded = await SessionRoom.load('s1', { store, now: () => 2000, newId: () => `p${++ids}`, tallyIntervalMs: 10_000, onError: (e) => { throw e; } });
    if (!loaded) throw new Error('room not loaded');
    room = loaded;
  });

  afterEach(async () => {
    room.dispose();
    await store.close();
  });

  it('PRIV-2: a participant is welcomed without drafts; the moderator with them', () => {
    const moderator = new RecordingPeer('moderator');
    const voter = new RecordingPeer('participant', 'u1');
    room.join(moderator, 0);
    room.join(voter, 0);
    expect(moderator.of('welcome')[0]?.snapshot?.polls).toHaveLength(1);
    expect(voter.of('welcome')[0]?.snapshot?.polls).toHaveLength(0);
    expect(voter.of('welcome')[0]?.me).toEqual({
      channel: null,
      declared: { stakeholderGroup: null, regionalGroup: null, gender: null },
      votes: {},
      floor: { handId: null, position: null, intent: null, speaking: false },
      conductAccepted: false,
      qa: { questions: [], upvoted: [] },
    });
  });

  it('PROTO-4: a control command re-sent with the same id is acknowledged with the same seq and applied once', async () => {
    const moderator = new RecordingPeer('moderator');
    room.join(moderator, 0);
    const pollId = room.state.pollOrder[0] ?? '';
    await run(moderator, { type: 'poll.open', pollId }, 'same');
    await run(moderator, { type: 'poll.open', pollId }, 'same');
    const acks = moderator.of('ack');
    expect(acks).toHaveLength(2);
    expect(acks[0]?.seq).toBe(acks[1]?.seq);
    expect(moderator.of('error')).toHaveLength(0);
    expect((await store.loadSession('s1'))?.events.filter((e) => e.type === 'poll.opened')).toHaveLength(1);
  });

  it('PROTO-7, POLL-7: votes are coalesced into few tally frames; the public sees counts only after close', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const moderator = new RecordingPeer('moderator');
      const projector = new RecordingPeer('projector');
      room.join(moderator, 0);
      room.join(projector, 0);
      const pollId = room.state.pollOrder[0] ?? '';
      await run(moderator, { type: 'poll.open', pollId });
      const voters = Array.from({ length: 30 }, (_, i) => new RecordingPeer('participant', `u${i}`));
      for (const v of voters) room.join(v, 0);
      await Promise.all(voters.map((v, i) => run(v, { type: 'poll.vote', pollId, optionIds: [i < 10 ? 'o1' : 'o2'] })));
      // One immediate flush (the poll opening); the thirty votes wait for the interval.
      const staffBefore = moderator.of('tally').length;
      expect(staffBefore).toBe(1);
      vi.advanceTimersByTime(10_000);
      expect(moderator.of('tally')).toHaveLength(2);
      expect(moderator.of('tally').at(-1)).toMatchObject({ total: 30, counts: { o1: 10, o2: 20 } });
      expect(projector.of('tally').at(-1)).toMatchObject({ total: 30, counts: null });
      expect(voters[0]?.of('tally').every((t) => t.counts === null)).toBe(true);

      await run(moderator, { type: 'poll.close', pollId });
      vi.advanceTimersByTime(10_000);
      expect(projector.of('tally').at(-1)).toMatchObject({ total: 30, counts: { o1: 10, o2: 20 } });
      expect(voters[0]?.of('tally').at(-1)).toMatchObject({ total: 30, counts: { o1: 10, o2: 20 } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('POLL-4, POLL-25: a verdict on an answer is not held behind answers being committed; a close still is', async () => {
    const moderator = new RecordingPeer('moderator');
    const writer = new RecordingPeer('participant', 'u1');
    room.join(moderator, 0);
    room.join(writer, 0);
    await run(moderator, { type: 'poll.create', poll: { question: 'One idea?', kind: 'open_text' } });
    const pollId = room.state.pollOrder.at(-1) ?? '';
    await run(moderator, { type: 'poll.open', pollId });
    // The answer's commit hangs until released: a storm's group commit still running.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const record = store.recordContributions.bind(store);
    vi.spyOn(store, 'recordContributions').mockImplementation(async (...args) => {
      await held;
      return record(...args);
    });
    const answered = run(writer, { type: 'poll.write', pollId, entries: ['More light'] }, 'w1');
    const judged = run(moderator, { type: 'poll.judge', pollId, key: 'e1', verdict: 'approved' }, 'j1');
    const closed = run(moderator, { type: 'poll.close', pollId }, 'x1');
    // The verdict is committed and acknowledged while the answer is still committing.
    await vi.waitFor(() => expect(moderator.of('ack').some((a) => a.id === 'j1')).toBe(true));
    expect(writer.of('ack')).toHaveLength(0);
    // The close waits for the answer decided before it (POLL-4).
    expect(moderator.of('ack').some((a) => a.id === 'x1')).toBe(false);
    release();
    await Promise.all([answered, judged, closed]);
    expect(writer.of('ack').map((a) => a.id)).toEqual(['w1']);
    expect(moderator.of('ack').some((a) => a.id === 'x1')).toBe(true);
    expect(room.state.polls[pollId]?.verdicts).toEqual({ e1: 'approved' });
  });

  it('POLL-25: a verdict reaches every screen in the tally, without a copy of the unchanged poll to each', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const moderator = new RecordingPeer('moderator');
      const writer = new RecordingPeer('participant', 'u1');
      const projector = new RecordingPeer('projector');
      for (const peer of [moderator, writer, projector]) room.join(peer, 0);
      await run(moderator, { type: 'poll.create', poll: { question: 'One idea?', kind: 'open_text', resultsVisibility: 'live' } });
      const pollId = room.state.pollOrder.at(-1) ?? '';
      await run(moderator, { type: 'poll.open', pollId });
      await run(writer, { type: 'poll.write', pollId, entries: ['Dark mode'] });
      vi.advanceTimersByTime(10_000);
      const updatesBefore = [moderator, writer, projector].map((p) => p.of('poll.updated').length);
      const listed = tallyOf(moderator.of('tally').at(-1))?.summary;
      expect(listed?.kind).toBe('entries');
      const entry = listed?.kind === 'entries' ? listed.entries[0] : undefined;
      await run(moderator, { type: 'poll.judge', pollId, key: entry?.key ?? '', verdict: 'hidden' });
      vi.advanceTimersByTime(10_000);
      expect([moderator, writer, projector].map((p) => p.of('poll.updated').length)).toEqual(updatesBefore);
      const shown = projector.of('tally').at(-1)?.summary;
      expect(shown?.kind === 'entries' ? shown.entries : null).toEqual([]);
      const staff = tallyOf(moderator.of('tally').at(-1))?.summary;
      expect(staff?.kind === 'entries' ? staff.entries.map((e) => e.status) : null).toEqual(['hidden']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('AUTH-2: the room refuses commands the role may not send, with forbidden', async () => {
    const projector = new RecordingPeer('projector');
    room.join(projector, 0);
    await run(projector, { type: 'poll.open', pollId: room.state.pollOrder[0] ?? '' });
    expect(projector.of('error')[0]).toMatchObject({ code: 'forbidden' });
    expect(room.state.polls[room.state.pollOrder[0] ?? '']?.status).toBe('draft');
  });

  it('presence counts participants once per person, by channel, and follows channel changes', async () => {
    const moderator = new RecordingPeer('moderator');
    room.join(moderator, 0);
    const tabA = new RecordingPeer('participant', 'u1');
    const tabB = new RecordingPeer('participant', 'u1');
    room.join(tabA, 0, { channel: 'onsite', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } });
    room.join(tabB, 0, { channel: 'onsite', declared: { stakeholderGroup: null, regionalGroup: null, gender: null } });
    await run(tabA, { type: 'participant.setChannel', channel: 'online' });
    room.leave(tabA);
    const other = new RecordingPeer('participant', 'u2');
    room.join(other, 0);
    expect(other.of('welcome')[0]?.presence).toEqual({ onsite: 0, online: 1, undeclared: 1 });
    room.leave(tabB);
    room.leave(other);
    const later = new RecordingPeer('moderator');
    room.join(later, 0);
    expect(later.of('welcome')[0]?.presence).toEqual({ onsite: 0, online: 0, undeclared: 0 });
  });

  it('a room that another writer got ahead of catches up from the store, shows what it missed and decides again (no internal error)', async () => {
    const deps = { store, now: () => 3000, newId: () => `q${++ids}`, tallyIntervalMs: 10_000, onError: (e: unknown) => { throw e; } };
    const other = await SessionRoom.load('s1', deps);
    if (!other) throw new Error('second room not loaded');
    try {
      const pollId = room.state.pollOrder[0] ?? '';
      const elsewhere = new RecordingPeer('moderator', null, 'token:elsewhere');
      other.join(elsewhere, 0);
      await other.handle(elsewhere, commandEnvelopeSchema.parse({ type: 'command', id: 'open-elsewhere', command: { type: 'poll.open', pollId } }));
      expect(elsewhere.of('ack')).toHaveLength(1);

      // This room still holds the draft. A command decided on that stale state meets the other commit: the
      // room catches up and decides again, so the moderator gets the answer the current state gives.
      const moderator = new RecordingPeer('moderator');
      const voter = new RecordingPeer('participant', 'u1');
      room.join(moderator, 0);
      room.join(voter, 0);
      await run(moderator, { type: 'floor.setPolicy', policy: 'first_come' }, 'policy-here');
      expect(moderator.of('error')).toEqual([]);
      expect(moderator.of('ack')[0]).toMatchObject({ id: 'policy-here', seq: 4 });
      expect(room.state.polls[pollId]?.status).toBe('open');
      expect(room.state.floor.policy).toBe('first_come');
      // The participant hears of the poll once it was opened elsewhere (never as a draft).
      expect(voter.of('poll.updated').map((m) => [m.seq, m.poll.status])).toEqual([[3, 'open']]);
      expect(voter.of('floor.updated').map((m) => m.seq)).toEqual([4]);

      // Deleting looked fine on the stale draft; on the caught-up state the poll is open.
      await other.handle(elsewhere, commandEnvelopeSchema.parse({ type: 'command', id: 'close-elsewhere', command: { type: 'poll.close', pollId } }));
      const stale = await SessionRoom.load('s1', deps);
      if (!stale) throw new Error('third room not loaded');
      try {
        await other.handle(elsewhere, commandEnvelopeSchema.parse({ type: 'command', id: 'reopen-elsewhere', command: { type: 'poll.open', pollId } }));
        const late = new RecordingPeer('moderator', null, 'token:late');
        await stale.handle(late, commandEnvelopeSchema.parse({ type: 'command', id: 'delete', command: { type: 'poll.delete', pollId } }));
        expect(late.of('error')[0]).toMatchObject({ id: 'delete', code: 'invalid_state', message: 'close the poll before deleting it' });
        expect(stale.state.seq).toBe(6);
      } finally {
        stale.dispose();
      }
      expect((await store.loadSession('s1'))?.events.map((e) => e.type)).toEqual(['session.created', 'poll.created', 'poll.opened', 'floor.policySet', 'poll.closed', 'poll.opened']);
    } finally {
      other.dispose();
    }
  });

  it('a re-sent command that another room committed is acknowledged after the catch-up, not applied twice', async () => {
    const other = await SessionRoom.load('s1', { store, now: () => 3000, newId: () => `q${++ids}`, tallyIntervalMs: 10_000, onError: (e: unknown) => { throw e; } });
    if (!other) throw new Error('second room not loaded');
    try {
      const pollId = room.state.pollOrder[0] ?? '';
      const moderator = new RecordingPeer('moderator');
      await other.handle(moderator, commandEnvelopeSchema.parse({ type: 'command', id: 'once', command: { type: 'poll.open', pollId } }));
      // The same link's retry lands on this (stale) room.
      room.join(moderator, 0);
      await run(moderator, { type: 'poll.open', pollId }, 'once');
      expect(moderator.of('error')).toEqual([]);
      expect(moderator.of('ack').map((a) => a.seq)).toEqual([3, 3]);
      expect((await store.loadSession('s1'))?.events.filter((e) => e.type === 'poll.opened')).toHaveLength(1);
    } finally {
      other.dispose();
    }
  });
});
