import { join } from 'node:path';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { connectClient, startServerProcess, tempDir, TEST_HOST_TOKEN, tokenOf, type ServerProcess } from '../support/testServer.ts';

/**
 * The server as operators run it: a child process stopped with SIGTERM and started again on the
 * same database. OPS-3: a drain answers every command in flight and closes with 1001; OPS-4: the
 * demo session keeps its links.
 */

interface Frame {
  type: string;
  id?: string | null;
  reason?: string;
}

/** A participant on a raw socket, to see every frame and the close code. */
interface RawClient {
  readonly socket: WebSocket;
  readonly frames: Frame[];
  readonly closed: Promise<{ code: number; reason: string }>;
  answer(id: string): Frame | undefined;
  command(id: string, command: unknown): void;
}

async function rawParticipant(baseUrl: string, token: string): Promise<RawClient> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`);
  const frames: Frame[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') })));
  const welcomed = new Promise<void>((resolve, reject) => {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString('utf8')) as Frame;
      frames.push(frame);
      if (frame.type === 'welcome') resolve();
    });
    socket.on('error', reject);
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, lastSeq: 0 }));
  await welcomed;
  const answer = (id: string) => frames.find((f) => (f.type === 'ack' || f.type === 'error') && f.id === id);
  return { socket, frames, closed, answer, command: (id, command) => socket.send(JSON.stringify({ type: 'command', id, command })) };
}

async function hostGet<T>(baseUrl: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

async function demoInvites(server: ServerProcess): Promise<number> {
  const { sessions } = await hostGet<{ sessions: { id: string; joinCode: string }[] }>(server.baseUrl, '/api/sessions');
  const demo = sessions.find((s) => s.joinCode === server.demo.joinCode);
  if (!demo) throw new Error('no demo session in the list');
  const { invites } = await hostGet<{ invites: unknown[] }>(server.baseUrl, `/api/sessions/${demo.id}/invites`);
  return invites.length;
}

describe('restarts', () => {
  const dir = tempDir();
  const env = { DATABASE_URL: join(dir.path, 'openfloor.db'), PORT: '0' };
  let server: ServerProcess | null = null;

  afterAll(async () => {
    await server?.kill('SIGKILL');
    dir.remove();
  });

  it('OPS-3: SIGTERM drains: every command in flight is answered, acknowledged writes are committed, sockets close with 1001, the process exits', async () => {
    server = await startServerProcess(env);
    const { baseUrl } = server;
    const moderator = connectClient(baseUrl, tokenOf(server.demo.moderator));
    await moderator.waitFor((_s, status) => status === 'live');
    const pollId = moderator.state.polls[0]?.id;
    if (!pollId) throw new Error('the demo session has no poll');
    await moderator.send({ type: 'poll.open', pollId });
    moderator.close();

    const participants = await Promise.all(Array.from({ length: 24 }, async (_v, i) => {
      const joined = await joinSession(baseUrl, server?.demo.joinCode ?? '', i % 2 === 0 ? 'onsite' : 'online');
      const client = await rawParticipant(baseUrl, joined.participantToken);
      client.command(`conduct-${i}`, { type: 'participant.acceptConduct' });
      await new Promise<void>((resolve) => {
        const check = () => (client.answer(`conduct-${i}`) ? resolve() : setTimeout(check, 10));
        check();
      });
      return client;
    }));

    // Votes (committed in groups) and questions (control, one at a time), all in flight at once.
    const sent: { client: RawClient; id: string; kind: 'vote' | 'ask' }[] = [];
    participants.forEach((client, i) => {
      for (let k = 0; k < 4; k++) {
        const id = `vote-${i}-${k}`;
        client.command(id, { type: 'poll.vote', pollId, optionIds: [`o${((i + k) % 4) + 1}`] });
        sent.push({ client, id, kind: 'vote' });
      }
      const id = `ask-${i}`;
      client.command(id, { type: 'qa.ask', text: `Question number ${i} about the agenda?` });
      sent.push({ client, id, kind: 'ask' });
    });
    const exitCode = await server.signal('SIGTERM');
    server = null;

    const closes = await Promise.all(participants.map((p) => p.closed));
    expect(exitCode).toBe(0);
    expect(closes.map((c) => c.code)).toEqual(participants.map(() => 1001));
    expect(closes.map((c) => c.reason)).toEqual(participants.map(() => 'server restarting'));
    // Every command got an answer before its socket closed: an ack, or a typed refusal.
    const unanswered = sent.filter((s) => !s.client.answer(s.id)).map((s) => s.id);
    expect(unanswered).toEqual([]);
    const answers = sent.map((s) => s.client.answer(s.id));
    for (const frame of answers) if (frame?.type === 'error') expect(['server.draining', 'command.rateLimited']).toContain(frame.reason);

    // Whatever was acknowledged is in the database.
    const db = new Database(env.DATABASE_URL, { readonly: true });
    try {
      const storedCommands = new Set((db.prepare('select command_id from events where command_id is not null').all() as { command_id: string }[]).map((r) => r.command_id));
      const ackedAsks = sent.filter((s) => s.kind === 'ask' && s.client.answer(s.id)?.type === 'ack').map((s) => s.id);
      expect(ackedAsks.filter((id) => !storedCommands.has(id))).toEqual([]);
      const votersAcked = new Set(sent.filter((s) => s.kind === 'vote' && s.client.answer(s.id)?.type === 'ack').map((s) => s.client));
      const votes = db.prepare('select count(*) as n from votes where poll_id = ?').get(pollId) as { n: number };
      expect(votes.n).toBeGreaterThanOrEqual(votersAcked.size);
    } finally {
      db.close();
    }
  });

  it('OPS-4: two starts on the same database print the same demo links, and the invites do not grow', async () => {
    const first = await startServerProcess(env);
    server = first;
    const invitesBefore = await demoInvites(first);
    await first.signal('SIGTERM');
    const second = await startServerProcess(env);
    server = second;
    expect(second.demo).toEqual({ ...first.demo, ...(first.port === second.port ? {} : relinked(first.demo, first.baseUrl, second.baseUrl)) });
    expect(await demoInvites(second)).toBe(invitesBefore);
    // The kept links still open the session.
    const projector = connectClient(second.baseUrl, tokenOf(second.demo.projector));
    await projector.waitFor((_s, status) => status === 'live');
    projector.close();
  });
});

/** The same links on another port (each start takes a free one). */
function relinked(demo: ServerProcess['demo'], from: string, to: string): ServerProcess['demo'] {
  return Object.fromEntries(Object.entries(demo).map(([key, value]) => [key, value.replace(from, to)])) as ServerProcess['demo'];
}
