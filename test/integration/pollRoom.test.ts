import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { ClientState } from '../../src/core/clientState.ts';
import type { ServerMessage } from '../../src/core/protocol/serverMessages.ts';
import { closeRoom, openRoom } from '../support/openRoom.ts';
import { connectClient, joinAsParticipant, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/** Polls over real sockets against a real server: tallies, idempotency, privacy on the wire. */
describe('poll room over WebSocket', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let projector: OpenFloorClient;
  const projectorTap: Wiretap = { frames: [] };
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    ({ server, session, moderator, projector } = await openRoom({ TALLY_INTERVAL_MS: '50' }, undefined, projectorTap, clients));
  });

  afterAll(() => closeRoom(server, clients));

  async function newPoll(question: string, options: string[], extra: { kind?: 'single' | 'multiple'; resultsVisibility?: 'live' | 'after_close' | 'hidden' } = {}): Promise<string> {
    await moderator.send({ type: 'poll.create', poll: { question, options, ...extra } });
    const poll = moderator.state.polls.find((p) => p.question === question);
    if (!poll) throw new Error('poll not created');
    return poll.id;
  }

  async function participant(channel: 'onsite' | 'online', wiretap?: Wiretap): Promise<OpenFloorClient> {
    const client = await joinAsParticipant(server.baseUrl, session.joinCode, channel, wiretap ? { wiretap } : {});
    clients.push(client);
    return client;
  }

  it('SESS-1: the template session arrives with its agenda and its prepared polls as drafts', () => {
    expect(moderator.state.role).toBe('moderator');
    expect(moderator.state.session?.title).toBe('Child Online Safety');
    expect(moderator.state.session?.agenda.length).toBe(6);
    expect(moderator.state.polls.length).toBe(3);
    expect(moderator.state.polls.every((p) => p.status === 'draft')).toBe(true);
    expect(projector.state.polls).toEqual([]);
  });

  it('POLL-5: 200 participants vote at once and every tally is exact', async () => {
    const pollId = await newPoll('Which channel are you on?', ['A', 'B', 'C']);
    await moderator.send({ type: 'poll.open', pollId });
    const voters = await Promise.all(Array.from({ length: 200 }, (_, i) => participant(i % 2 === 0 ? 'onsite' : 'online')));
    const choices = voters.map((_, i) => ['o1', 'o2', 'o3'][i % 3] as string);
    const acks = await Promise.all(voters.map((v, i) => v.send({ type: 'poll.vote', pollId, optionIds: [choices[i] as string] })));
    expect(acks).toHaveLength(200);
    const expected = { o1: choices.filter((c) => c === 'o1').length, o2: choices.filter((c) => c === 'o2').length, o3: choices.filter((c) => c === 'o3').length };
    const exact = (s: ClientState) => s.tallies[pollId]?.total === 200;
    await moderator.waitFor(exact);
    await projector.waitFor(exact);
    await voters[0]?.waitFor(exact);
    await voters[7]?.waitFor(exact);
    expect(moderator.state.tallies[pollId]?.counts).toEqual(expected);
    expect(projector.state.tallies[pollId]?.counts).toEqual(expected);
    expect(voters[7]?.state.tallies[pollId]?.counts).toEqual(expected);
    expect(moderator.state.presence.onsite).toBe(100);
    expect(moderator.state.presence.online).toBe(100);
    for (const v of voters) v.close();
  });

  it('POLL-1, POLL-2, PROTO-4: a re-sent vote counts once; a changed vote replaces the old one', async () => {
    const pollId = await newPoll('Re-send test', ['Yes', 'No']);
    // The session's earlier polls stay open: this one opens beside them on purpose (POLL-8).
    await moderator.send({ type: 'poll.open', pollId, alongside: true });
    const voter = await participant('online');
    await Promise.all([1, 2, 3].map(() => voter.send({ type: 'poll.vote', pollId, optionIds: ['o1'] })));
    await moderator.waitFor((s) => s.tallies[pollId]?.total === 1);
    expect(moderator.state.tallies[pollId]?.counts).toEqual({ o1: 1 });
    await voter.send({ type: 'poll.vote', pollId, optionIds: ['o2'] });
    await moderator.waitFor((s) => s.tallies[pollId]?.counts?.o2 === 1);
    expect(moderator.state.tallies[pollId]).toMatchObject({ total: 1, counts: { o2: 1 } });
    expect(voter.state.myVotes[pollId]).toEqual(['o2']);
    await moderator.send({ type: 'poll.close', pollId });
    await expect(voter.send({ type: 'poll.vote', pollId, optionIds: ['o1'] })).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('POLL-3: invalid ballots are refused with a typed error and change nothing', async () => {
    const pollId = await newPoll('Pick many', ['a', 'b', 'c'], { kind: 'multiple' });
    await moderator.send({ type: 'poll.open', pollId, alongside: true });
    const voter = await participant('onsite');
    await expect(voter.send({ type: 'poll.vote', pollId, optionIds: ['o9'] })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(voter.send({ type: 'poll.vote', pollId, optionIds: ['o1', 'o1'] })).rejects.toMatchObject({ code: 'invalid_input' });
    await voter.send({ type: 'poll.vote', pollId, optionIds: ['o1', 'o3'] });
    await moderator.waitFor((s) => s.tallies[pollId]?.total === 1);
    expect(moderator.state.tallies[pollId]?.counts).toEqual({ o1: 1, o3: 1 });
  });

  it('AUTH-2: a participant cannot run the poll and a projector cannot vote', async () => {
    const pollId = await newPoll('Auth test', ['x', 'y']);
    const voter = await participant('onsite');
    await expect(voter.send({ type: 'poll.open', pollId })).rejects.toMatchObject({ code: 'forbidden', reason: 'command.forbidden', params: { role: 'participant', command: 'poll.open' } });
    await expect(projector.send({ type: 'poll.vote', pollId, optionIds: ['o1'] })).rejects.toMatchObject({ code: 'forbidden' });
    expect(moderator.state.polls.find((p) => p.id === pollId)?.status).toBe('draft');
  });

  it('PRIV-1, PRIV-2, PRIV-3: hidden results, drafts and identities never reach participants or the projector', async () => {
    const participantTap: Wiretap = { frames: [] };
    const watcher = await participant('online', participantTap);
    const draftQuestion = 'A draft the room must not see';
    const pollId = await newPoll('Hidden results poll', ['Left', 'Right'], { resultsVisibility: 'hidden' });
    await newPoll(draftQuestion, ['p', 'q']);
    await moderator.send({ type: 'poll.open', pollId, alongside: true });
    const voters = await Promise.all([0, 1, 2].map(() => participant('onsite')));
    await Promise.all(voters.map((v) => v.send({ type: 'poll.vote', pollId, optionIds: ['o2'] })));
    await watcher.waitFor((s) => s.tallies[pollId]?.total === 3);
    await projector.waitFor((s) => s.tallies[pollId]?.total === 3);
    await moderator.waitFor((s) => s.tallies[pollId]?.counts?.o2 === 3);

    for (const frames of [participantTap.frames, projectorTap.frames]) {
      const messages = frames.map((f) => JSON.parse(f) as ServerMessage);
      const tallies = messages.filter((m) => m.type === 'tally' && m.pollId === pollId);
      expect(tallies.length).toBeGreaterThan(0);
      expect(tallies.every((m) => m.type === 'tally' && m.counts === null)).toBe(true);
      expect(frames.some((f) => f.includes(draftQuestion))).toBe(false);
      expect(frames.some((f) => /participant_?id/i.test(f))).toBe(false);
    }
    // The moderator reveals: now the distribution reaches everyone.
    await moderator.send({ type: 'poll.reveal', pollId, revealed: true });
    await watcher.waitFor((s) => s.tallies[pollId]?.counts?.o2 === 3);
    await projector.waitFor((s) => s.tallies[pollId]?.counts?.o2 === 3);
  });

  it('PROTO-5: a client that is up to date gets no snapshot; a stale one gets a full one', async () => {
    const seq = moderator.state.seq;
    const upToDate: Wiretap = { frames: [] };
    const fresh = connectClient(server.baseUrl, tokenOf(session.links.moderator), { wiretap: upToDate, lastSeq: seq });
    clients.push(fresh);
    await fresh.waitFor((_s, status) => status === 'live');
    const welcome = JSON.parse(upToDate.frames[0] ?? '{}') as ServerMessage;
    expect(welcome).toMatchObject({ type: 'welcome', seq, snapshot: null });
    const staleTap: Wiretap = { frames: [] };
    const stale = connectClient(server.baseUrl, tokenOf(session.links.moderator), { wiretap: staleTap, lastSeq: 1 });
    clients.push(stale);
    await stale.waitFor((_s, status) => status === 'live');
    const staleWelcome = JSON.parse(staleTap.frames[0] ?? '{}') as ServerMessage;
    expect(staleWelcome.type === 'welcome' && staleWelcome.snapshot?.polls.length).toBe(moderator.state.polls.length);
  });
});
