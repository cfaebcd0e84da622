import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { CommandRefused } from '../../src/client/refusal.ts';
import { connectClient, createSession, eventually, rawSocket, startInProcessServer, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

type Raw = Awaited<ReturnType<typeof rawSocket>>;

const typeOf = (m: unknown) => (m as { type?: string }).type;
const errors = (conn: Raw) => conn.messages.filter((m) => typeOf(m) === 'error') as { id: string | null; reason: string }[];

async function hello(baseUrl: string, token: string): Promise<Raw> {
  const conn = await rawSocket(baseUrl);
  conn.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, lastSeq: 0 }));
  await eventually(() => conn.messages.length > 0, 5000, 'an answer to hello');
  return conn;
}

/** PROTO-9: what one client can hold open and send over WebSockets is bounded. */
describe('socket bounds (PROTO-9)', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  const open: Raw[] = [];

  beforeAll(async () => {
    server = await startInProcessServer({ SOCKETS_PER_TOKEN: '3', SOCKETS_PER_ADDRESS: '40', HELLO_TIMEOUT_MS: '400', COMMANDS_PER_SECOND: '10', FLOOD_COOLDOWN_MS: '2000' });
    session = await createSession(server.baseUrl);
  });

  afterAll(async () => {
    for (const conn of open) conn.socket.close();
    await server.close();
  });

  it('PROTO-9: one token holds at most SOCKETS_PER_TOKEN sockets; the next is refused and closed, and a freed place can be taken again', async () => {
    const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'onsite');
    const three = await Promise.all([0, 1, 2].map(() => hello(server.baseUrl, participantToken)));
    open.push(...three);
    for (const conn of three) expect(typeOf(conn.messages[0])).toBe('welcome');
    const fourth = await hello(server.baseUrl, participantToken);
    expect(fourth.messages[0]).toMatchObject({ type: 'error', code: 'rate_limited', reason: 'connection.tooMany' });
    expect(await fourth.closed).toBe(1008);
    three[0]?.socket.close();
    await three[0]?.closed;
    const again = await hello(server.baseUrl, participantToken);
    open.push(again);
    expect(typeOf(again.messages[0])).toBe('welcome');
  });

  it('PROTO-3: a socket that never says hello is closed after the hello deadline', async () => {
    const silent = await rawSocket(server.baseUrl);
    expect(await silent.closed).toBe(4400);
    expect(errors(silent)[0]).toMatchObject({ reason: 'hello.timeout' });
  });

  it('PROTO-9: commands are limited per sender across all their sockets; a flood is throttled, then cut off', async () => {
    const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'onsite');
    const tabs = await Promise.all([0, 1, 2].map(() => hello(server.baseUrl, participantToken)));
    open.push(...tabs);
    const started = performance.now();
    let sent = 0;
    // Raise and lower as fast as the three tabs can, 60 commands each.
    for (let i = 0; i < 60; i++) {
      for (const tab of tabs) {
        sent += 1;
        tab.socket.send(JSON.stringify({ type: 'command', id: `flap-${sent}`, command: i % 2 === 0 ? { type: 'floor.raise', intent: 'comment', label: null } : { type: 'floor.lower' } }));
      }
    }
    const answered = () => tabs.flatMap((t) => t.messages).filter((m) => typeOf(m) === 'ack' || (typeOf(m) === 'error' && (m as { id: unknown }).id !== null));
    await eventually(() => answered().length === sent, 10_000, 'every command answered');
    const seconds = (performance.now() - started) / 1000;
    const accepted = answered().filter((m) => typeOf(m) === 'ack' || (m as { reason: string }).reason !== 'connection.rateLimited').length;
    // One bucket for the sender: a burst of 30, then 10 a second, whatever the number of tabs.
    expect(accepted).toBeLessThanOrEqual(30 + Math.ceil(10 * seconds) + 1);
    expect(answered().filter((m) => (m as { reason?: string }).reason === 'connection.rateLimited').length).toBeGreaterThan(100);

    // Keep flooding one tab: after 100 refusals in a row it is cut off.
    const flooder = tabs[0];
    if (!flooder) throw new Error('no tab');
    for (let i = 0; i < 150; i++) flooder.socket.send(JSON.stringify({ type: 'command', id: `more-${i}`, command: { type: 'floor.lower' } }));
    expect(await flooder.closed).toBe(1008);
    expect(errors(flooder).some((e) => e.reason === 'connection.flooding')).toBe(true);
  });

  it('PROTO-12: a token cut off for flooding gets no welcome until its cool-down ends, only a typed refusal saying when to come back; other tokens connect', async () => {
    const [flooding, neighbour] = await Promise.all([joinSession(server.baseUrl, session.joinCode, 'onsite'), joinSession(server.baseUrl, session.joinCode, 'onsite')]);
    const conn = await hello(server.baseUrl, flooding.participantToken);
    expect(typeOf(conn.messages[0])).toBe('welcome');
    for (let i = 0; i < 250; i++) conn.socket.send(JSON.stringify({ type: 'command', id: `cool-${i}`, command: { type: 'floor.lower' } }));
    expect(await conn.closed).toBe(1008);
    const cutAt = performance.now();
    expect(errors(conn).at(-1)?.reason).toBe('connection.flooding');

    // At once again, as a flooder does: a line and a close, not the session's snapshot.
    const again = await hello(server.baseUrl, flooding.participantToken);
    expect(await again.closed).toBe(1008);
    expect(again.messages).toHaveLength(1);
    expect(again.messages[0]).toMatchObject({ type: 'error', id: null, code: 'rate_limited', reason: 'connection.coolingDown' });
    const retryAfter = (again.messages[0] as { params: { retryAfterSeconds: number } }).params.retryAfterSeconds;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);

    // Another participant of the same session and network is not held back.
    const other = await hello(server.baseUrl, neighbour.participantToken);
    open.push(other);
    expect(typeOf(other.messages[0])).toBe('welcome');

    // Once the cool-down is over, the token is welcome again.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2_100 - (performance.now() - cutAt))));
    const later = await hello(server.baseUrl, flooding.participantToken);
    open.push(later);
    expect(typeOf(later.messages[0])).toBe('welcome');
  });

  it('PROTO-12: the client waits as long as the cool-down refusal says before trying again, then goes live', async () => {
    const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'online');
    const conn = await hello(server.baseUrl, participantToken);
    for (let i = 0; i < 250; i++) conn.socket.send(JSON.stringify({ type: 'command', id: `wait-${i}`, command: { type: 'floor.lower' } }));
    expect(await conn.closed).toBe(1008);
    const cutAt = performance.now();
    // A client whose own backoff would try again every 50–500 ms.
    const client = connectClient(server.baseUrl, participantToken, { minRetryMs: 50, maxRetryMs: 500 });
    const refusedAt: number[] = [];
    client.on('error', (m) => {
      if (m.reason === 'connection.coolingDown') refusedAt.push(performance.now() - cutAt);
    });
    try {
      await eventually(() => client.status === 'live', 8_000, 'the client live after the cool-down');
      const liveAt = performance.now() - cutAt;
      // Refused once at once, then not asked again until the refusal's time had passed.
      expect(refusedAt).toHaveLength(1);
      expect(liveAt).toBeGreaterThanOrEqual(1_900);
    } finally {
      client.close();
    }
  });

  it('PROTO-9: malformed frames are throttled and cut off like commands', async () => {
    const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'online');
    const conn = await hello(server.baseUrl, participantToken);
    open.push(conn);
    // A few first, answered one by one; then a flood, refused as it arrives and cut off.
    for (let i = 0; i < 20; i++) conn.socket.send('{"type":"command","id":"x","command":{"type":"nope"}}');
    await eventually(() => errors(conn).length >= 20, 5000, 'the first malformed frames answered');
    for (let i = 0; i < 380; i++) conn.socket.send('{"type":"command","id":"x","command":{"type":"nope"}}');
    expect(await conn.closed).toBe(1008);
    const reasons = errors(conn).map((e) => e.reason);
    expect(reasons).toContain('frame.invalid');
    expect(reasons).toContain('connection.rateLimited');
    expect(reasons.at(-1)).toBe('connection.flooding');
    expect(reasons.filter((r) => r === 'frame.invalid').length).toBeLessThanOrEqual(110);
  });

  it('PROTO-9: a command refused at the frame rate is answered with its id, so the client can tell which one', async () => {
    const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'onsite');
    const conn = await hello(server.baseUrl, participantToken);
    open.push(conn);
    const ids: string[] = [];
    // Twice the frame burst in one go: past the command bucket, then past the frame bucket
    // (refilling at 50 a second cannot keep up, however slowly a loaded machine reads them).
    for (let i = 0; i < 200; i++) {
      const id = `burst-${i}`;
      ids.push(id);
      conn.socket.send(JSON.stringify({ type: 'command', id, command: { type: 'floor.lower' } }));
    }
    const answeredIds = () => new Set(conn.messages.map((m) => (m as { id?: unknown }).id));
    await eventually(() => conn.socket.readyState !== conn.socket.OPEN || ids.every((id) => answeredIds().has(id)), 20_000, 'every command answered or the socket cut');
    const refusals = errors(conn).filter((e) => e.reason === 'connection.rateLimited');
    expect(refusals.length).toBeGreaterThan(50);
    for (const refusal of refusals) expect(ids).toContain(refusal.id);
  });

  it('PROTO-9: one address holds at most SOCKETS_PER_ADDRESS sockets, hello or not', async () => {
    const before = open.filter((c) => c.socket.readyState === c.socket.OPEN).length;
    const more: Raw[] = [];
    for (let i = 0; i < 40 - before; i++) more.push(await rawSocket(server.baseUrl));
    open.push(...more);
    const extra = await rawSocket(server.baseUrl);
    expect(await extra.closed).toBe(1008);
    expect(errors(extra)[0]).toMatchObject({ reason: 'connection.tooMany' });
  });
});

/**
 * PROTO-9 with a high command rate (the benchmarks' COMMANDS_PER_SECOND=1000): the frame rate
 * must follow the command rate, and a command refused at the frame gate must still be answered
 * with its id. It was answered `rate_limited` with id null, so a client waited for ever on that
 * command (the cluster bench's lost vote ack, 2026-12-05).
 */
describe('socket bounds at a high command rate (PROTO-9)', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  const open: Raw[] = [];

  beforeAll(async () => {
    server = await startInProcessServer({ COMMANDS_PER_SECOND: '1000' });
    session = await createSession(server.baseUrl);
  });

  afterAll(async () => {
    for (const conn of open) conn.socket.close();
    await server.close();
  });

  it('PROTO-9: commands sent one after the other at full speed are all answered, and accepted when the command rate allows them', async () => {
    const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'online');
    const client = connectClient(server.baseUrl, participantToken);
    await client.waitFor((_s, status) => status === 'live');
    const reasons: string[] = [];
    try {
      // Closed loop, as a bench voter: each command goes once the last is answered.
      for (let i = 0; i < 400; i++) {
        const answered = client.send(i % 2 === 0 ? { type: 'floor.raise', intent: 'comment', label: null } : { type: 'floor.lower' }).then(
          () => 'ack',
          (error: unknown) => (error instanceof CommandRefused ? (error.reason ?? error.code) : 'thrown'),
        );
        const late = new Promise<string>((resolve) => setTimeout(() => resolve('no answer'), 5000).unref());
        const outcome = await Promise.race([answered, late]);
        if (outcome === 'no answer') throw new Error(`command ${i} got no answer within 5 s`);
        reasons.push(outcome);
      }
    } finally {
      client.close();
    }
    expect(reasons.filter((r) => r === 'connection.rateLimited')).toEqual([]);
  });

});
