import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { joinSession } from '../../src/client/joinApi.ts';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { CommandInput } from '../../src/core/protocol/commands.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { connectClient, createSession, eventually, rawSocket, startInProcessServer, tempDir, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/** A raw protocol client that picks its own command ids, as a retrying or hostile client does. */
interface RawClient {
  /** Sends `command` with `id` and resolves with the server's answer to that id (ack or error). */
  send(id: string, command: CommandInput): Promise<Record<string, unknown>>;
  close(): void;
}

async function rawClient(baseUrl: string, token: string): Promise<RawClient> {
  const { socket, messages } = await rawSocket(baseUrl);
  socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, lastSeq: 0 }));
  await eventually(() => messages.some((m) => (m as { type?: string }).type === 'welcome'), 5000, 'welcome');
  return {
    async send(id, command) {
      const seen = messages.length;
      (socket as WebSocket).send(JSON.stringify({ type: 'command', id, command }));
      let answer: Record<string, unknown> | undefined;
      await eventually(() => {
        answer = messages.slice(seen).find((m): m is Record<string, unknown> => {
          const frame = m as { type?: string; id?: string };
          return (frame.type === 'ack' || frame.type === 'error') && frame.id === id;
        });
        return answer !== undefined;
      }, 5000, `answer to ${id}`);
      return answer ?? {};
    },
    close: () => socket.close(),
  };
}

/**
 * PROTO-4 for every command of every role: a re-sent command id gets the first answer and
 * changes nothing; the same id with another payload gets `duplicate_command`; both hold
 * after a restart of the server on the same database.
 */
describe('command ids are applied once (PROTO-4)', () => {
  const dir = tempDir();
  const env = { DATABASE_URL: join(dir.path, 'dedup.db'), TALLY_INTERVAL_MS: '20' };
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let pollId: string;
  let voterToken: string;
  const closers: (() => void)[] = [];

  beforeAll(async () => {
    server = await startInProcessServer(env);
    session = await createSession(server.baseUrl);
    moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator));
    closers.push(() => moderator.close());
    await moderator.waitFor((_s, status) => status === 'live');
    pollId = moderator.state.polls[0]?.id ?? '';
    await moderator.send({ type: 'poll.open', pollId });
    voterToken = (await joinSession(server.baseUrl, session.joinCode, 'onsite')).participantToken;
  });

  afterAll(async () => {
    for (const close of closers) close();
    await server.close();
    dir.remove();
  });

  const countsOf = (client: OpenFloorClient) => client.state.tallies[pollId]?.counts ?? {};

  it('PROTO-4: a stale re-send of a first vote, after a newer vote was acknowledged, does not revert the tally', async () => {
    const voter = await rawClient(server.baseUrl, voterToken);
    closers.push(() => voter.close());
    expect(await voter.send('conduct-1', { type: 'participant.acceptConduct' })).toMatchObject({ type: 'ack' });
    expect(await voter.send('vote-1', { type: 'poll.vote', pollId, optionIds: ['o1'] })).toMatchObject({ type: 'ack' });
    expect(await voter.send('vote-2', { type: 'poll.vote', pollId, optionIds: ['o2'] })).toMatchObject({ type: 'ack' });
    await eventually(() => countsOf(moderator).o2 === 1, 5000, 'second vote counted');
    // The first vote's ack was lost; the client sends it again.
    expect(await voter.send('vote-1', { type: 'poll.vote', pollId, optionIds: ['o1'] })).toMatchObject({ type: 'ack', id: 'vote-1', seq: null });
    // The same id for another ballot is a typed error, not a vote.
    expect(await voter.send('vote-1', { type: 'poll.vote', pollId, optionIds: ['o3'] })).toMatchObject({ type: 'error', id: 'vote-1', code: 'duplicate_command', reason: 'command.duplicate' });
    // A marker command after them: once it is answered, the ones before were applied or not.
    expect(await voter.send('vote-3', { type: 'poll.vote', pollId, optionIds: ['o2'] })).toMatchObject({ type: 'ack' });
    await new Promise((r) => setTimeout(r, 100));
    expect({ o1: 0, o3: 0, ...countsOf(moderator) }).toEqual({ o1: 0, o2: 1, o3: 0 });
  });

  it('PROTO-4: a declaration re-sent with other values under an acknowledged id is refused and changes nothing', async () => {
    const voter = await rawClient(server.baseUrl, voterToken);
    closers.push(() => voter.close());
    expect(await voter.send('declare-1', { type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: null, gender: null })).toMatchObject({ type: 'ack' });
    expect(await voter.send('declare-1', { type: 'participant.declare', stakeholderGroup: 'Government', regionalGroup: null, gender: null })).toMatchObject({
      type: 'error',
      code: 'duplicate_command',
    });
    const stored = await server.store.loadSession(session.id);
    expect(stored?.participants.find((p) => p.declared.stakeholderGroup !== null)?.declared.stakeholderGroup).toBe('Youth');
  });

  it('PROTO-4: a moderator command re-sent with another payload under the same id gets duplicate_command, not a silent ack', async () => {
    const raw = await rawClient(server.baseUrl, tokenOf(session.links.moderator));
    closers.push(() => raw.close());
    const first = await raw.send('limit-1', { type: 'floor.setLimit', limitSeconds: 150, warningSeconds: 30 });
    expect(first).toMatchObject({ type: 'ack' });
    expect(await raw.send('limit-1', { type: 'floor.setLimit', limitSeconds: 150, warningSeconds: 30 })).toEqual(first);
    expect(await raw.send('limit-1', { type: 'floor.setLimit', limitSeconds: 90, warningSeconds: 30 })).toMatchObject({ type: 'error', code: 'duplicate_command', params: { id: 'limit-1' } });
    await eventually(() => moderator.state.floor?.limitSeconds === 150, 5000, 'limit 150');
  });

  it('PROTO-4: the same commands concurrently: one applied, every copy gets its answer', async () => {
    const voter = await rawClient(server.baseUrl, voterToken);
    closers.push(() => voter.close());
    const answers = await Promise.all([voter.send('vote-c', { type: 'poll.vote', pollId, optionIds: ['o4'] }), voter.send('vote-c', { type: 'poll.vote', pollId, optionIds: ['o4'] })]);
    for (const answer of answers) expect(answer).toMatchObject({ type: 'ack', id: 'vote-c' });
  });

  it('PROTO-4: across a restart on the same database, retries are still recognised and reuses still refused', async () => {
    await server.close();
    server = await startInProcessServer(env);
    const voter = await rawClient(server.baseUrl, voterToken);
    closers.push(() => voter.close());
    expect(await voter.send('vote-1', { type: 'poll.vote', pollId, optionIds: ['o1'] })).toMatchObject({ type: 'ack', seq: null });
    expect(await voter.send('vote-2', { type: 'poll.vote', pollId, optionIds: ['o3'] })).toMatchObject({ type: 'error', code: 'duplicate_command' });
    const raw = await rawClient(server.baseUrl, tokenOf(session.links.moderator));
    closers.push(() => raw.close());
    expect(await raw.send('limit-1', { type: 'floor.setLimit', limitSeconds: 90, warningSeconds: 30 })).toMatchObject({ type: 'error', code: 'duplicate_command' });
    const stored = await server.store.loadSession(session.id);
    expect(stored?.votes.find((v) => v.pollId === pollId && v.optionIds[0] === 'o4')).toBeDefined();
    expect(stored?.votes.filter((v) => v.pollId === pollId)).toHaveLength(1);
  });
});
