import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { ServerMessage } from '../../src/core/protocol/serverMessages.ts';
import { closeRoom, openRoom } from '../support/openRoom.ts';
import { connectClient, joinAsParticipant, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/** The floor over real sockets: policy order across channels, overrides, ledger, balance, privacy. */
describe('the floor over WebSocket', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let projector: OpenFloorClient;
  const projectorTap: Wiretap = { frames: [] };
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    ({ server, session, moderator, projector } = await openRoom({ TALLY_INTERVAL_MS: '20' }, {
      plan: {
        title: 'Floor test',
        youthMode: false,
        floor: { policy: 'alternate', speakingLimitSeconds: 120, warningSeconds: 20 },
        speakers: [{ label: 'Speaker 1', stakeholderGroup: 'Civil Society', regionalGroup: 'Asia-Pacific Group', channel: 'onsite' }],
      },
    }, projectorTap, clients));
  });

  afterAll(() => closeRoom(server, clients));

  async function participant(channel: 'onsite' | 'online' | null, wiretap?: Wiretap): Promise<OpenFloorClient> {
    const client = await joinAsParticipant(server.baseUrl, session.joinCode, channel, wiretap ? { wiretap } : {});
    clients.push(client);
    return client;
  }

  it('FLOOR-2: a participant must say onsite or online before raising a hand', async () => {
    const undecided = await participant(null);
    await expect(undecided.send({ type: 'floor.raise', intent: 'comment' })).rejects.toMatchObject({ code: 'invalid_state' });
    await undecided.send({ type: 'participant.setChannel', channel: 'online' });
    await undecided.send({ type: 'floor.raise', intent: 'question', label: 'Amal' });
    await undecided.waitFor((s) => s.myFloor.position === 0);
    await undecided.send({ type: 'floor.lower' });
    await undecided.waitFor((s) => s.myFloor.handId === null);
    await moderator.waitFor((s) => s.floor?.queue.length === 0);
  });

  it('FLOOR-1, FLOOR-4, FLOOR-8, FLOOR-9, FLOOR-12: alternate policy across channels; ledger and balance agree; no identities on the wire', async () => {
    const taps = { onsiteA: { frames: [] as string[] } };
    const onsiteA = await participant('onsite', taps.onsiteA);
    const onsiteB = await participant('onsite');
    const onlineC = await participant('online');
    const onlineD = await participant('online');
    await onsiteA.send({ type: 'participant.declare', stakeholderGroup: 'Government', regionalGroup: null, gender: 'woman' });
    // Raised in this order: two onsite first, then two online.
    for (const [client, label] of [[onsiteA, 'A'], [onsiteB, 'B'], [onlineC, 'C'], [onlineD, 'D']] as const) {
      await client.send({ type: 'floor.raise', intent: 'comment', label });
    }
    await expect(onsiteA.send({ type: 'floor.raise', intent: 'comment', label: 'A' })).rejects.toMatchObject({ code: 'invalid_state' });
    await moderator.waitFor((s) => s.floor?.queue.length === 4);
    // Alternate: A (onsite, first), then C (online), then B (onsite), then D (online).
    expect(moderator.state.floor?.queue.map((h) => h.label)).toEqual(['A', 'C', 'B', 'D']);
    expect(moderator.state.floor?.queue[0]?.declared).toEqual({ stakeholderGroup: 'Government', regionalGroup: null, gender: 'woman' });
    await projector.waitFor((s) => s.floor?.queue.length === 4);
    expect(projector.state.floor?.queue.every((h) => h.declared === null)).toBe(true);
    await onlineD.waitFor((s) => s.myFloor.position === 3);

    const spoken: string[] = [];
    for (let i = 0; i < 4; i++) {
      await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: null });
      await projector.waitFor((s) => s.floor?.current !== null && !spoken.includes(s.floor?.current?.label ?? ''));
      spoken.push(projector.state.floor?.current?.label ?? '');
      if (i === 0) await onsiteA.waitFor((s) => s.myFloor.speaking);
    }
    expect(spoken).toEqual(['A', 'C', 'B', 'D']);
    await moderator.send({ type: 'floor.end' });
    await moderator.waitFor((s) => s.floor?.current === null && s.floor.interventions === 4);
    expect(moderator.state.floor?.overrides).toBe(0);

    // The balance meter's channel rows are the ledger's: two interventions each side.
    await moderator.waitFor((s) => s.balance?.interventions === 4);
    const rows = moderator.state.balance?.rows.channel ?? [];
    expect(rows.find((r) => r.group === 'onsite')?.interventions).toBe(2);
    expect(rows.find((r) => r.group === 'online')?.interventions).toBe(2);
    expect(rows.reduce((sum, r) => sum + r.floorMs, 0)).toBe(moderator.state.balance?.floorMs);
    // Present: the connected participants by channel; the panel, never connected, is only invited (FLOOR-13).
    expect(rows.find((r) => r.group === 'onsite')?.present).toBe(2);
    expect(moderator.state.balance?.invited.length).toBe(moderator.state.session?.speakers.length);
    // FLOOR-10: a single Government participant is not shown apart.
    expect(moderator.state.balance?.rows.stakeholderGroup.some((r) => r.group === 'Government')).toBe(false);
    // The projector is not shown the meter until the moderator says so.
    expect(projector.state.balance).toBeNull();
    await moderator.send({ type: 'floor.showBalance', shown: true });
    await projector.waitFor((s) => s.balance?.interventions === 4);

    for (const frames of [projectorTap.frames, taps.onsiteA.frames]) {
      const messages = frames.map((f) => JSON.parse(f) as ServerMessage);
      expect(messages.some((m) => m.type === 'floor.updated')).toBe(true);
      // No speaker key (participant id) and no declared groups ever reach the public.
      expect(frames.some((f) => /"key":|"p:/.test(f))).toBe(false);
      expect(frames.some((f) => f.includes('"stakeholderGroup":"Government"'))).toBe(false);
    }
  });

  it('FLOOR-6: picking off-policy, moving, removing and reply priority are overrides, each counted', async () => {
    const a = await participant('onsite');
    const b = await participant('online');
    const c = await participant('onsite');
    await a.send({ type: 'floor.raise', intent: 'comment', label: 'First' });
    await b.send({ type: 'floor.raise', intent: 'comment', label: 'Second' });
    await c.send({ type: 'floor.raise', intent: 'comment', label: 'Third' });
    await moderator.waitFor((s) => s.floor?.queue.length === 3);
    const before = moderator.state.floor?.overrides ?? 0;
    const third = moderator.state.floor?.queue.find((h) => h.label === 'Third');
    await moderator.send({ type: 'floor.move', handId: third?.id ?? '', position: 0 });
    await moderator.waitFor((s) => s.floor?.queue[0]?.label === 'Third' && s.floor.queue[0].pinned);
    const second = moderator.state.floor?.queue.find((h) => h.label === 'Second');
    await moderator.send({ type: 'floor.give', handId: second?.id ?? '', panelSpeaker: null });
    await b.waitFor((s) => s.myFloor.speaking);
    await a.send({ type: 'floor.lower' });
    const reply = await participant('online');
    await reply.send({ type: 'floor.raise', intent: 'reply', label: 'Reply' });
    await moderator.waitFor((s) => s.floor?.queue.some((h) => h.label === 'Reply') === true);
    const replyHand = moderator.state.floor?.queue.find((h) => h.label === 'Reply');
    await moderator.send({ type: 'floor.prioritiseReply', handId: replyHand?.id ?? '' });
    await moderator.waitFor((s) => s.floor?.queue[0]?.label === 'Reply');
    await moderator.send({ type: 'floor.remove', handId: moderator.state.floor?.queue.find((h) => h.label === 'Third')?.id ?? '' });
    // move + off-policy pick + reply priority + removal; lowering one's own hand is not an override.
    await moderator.waitFor((s) => s.floor?.overrides === before + 4);
    await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: 0 });
    await projector.waitFor((s) => s.floor?.current?.kind === 'panel' && s.floor.current.label === 'Speaker 1');
    await moderator.send({ type: 'floor.end' });
  });

  it('FLOOR-2: the online moderator adds someone who raised a hand in the call without the app', async () => {
    const onlineModerator = connectClient(server.baseUrl, tokenOf(session.links.onlineModerator));
    clients.push(onlineModerator);
    await onlineModerator.waitFor((s, status) => status === 'live' && s.role === 'online_moderator');
    await onlineModerator.send({ type: 'floor.add', label: 'Caller from Nairobi', channel: 'online', intent: 'question', regionalGroup: 'African Group' });
    await moderator.waitFor((s) => s.floor?.queue.some((h) => h.label === 'Caller from Nairobi' && h.kind === 'added') === true);
    const added = moderator.state.floor?.queue.find((h) => h.label === 'Caller from Nairobi');
    expect(added?.declared?.regionalGroup).toBe('African Group');
    await moderator.send({ type: 'floor.remove', handId: added?.id ?? '' });
  });

  it('AUTH-2: participants cannot run the floor; moderators cannot raise a hand', async () => {
    const p = await participant('onsite');
    await expect(p.send({ type: 'floor.give', handId: null, panelSpeaker: null })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(p.send({ type: 'floor.setPolicy', policy: 'first_come' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(moderator.send({ type: 'floor.raise', intent: 'comment' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(projector.send({ type: 'floor.end' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
