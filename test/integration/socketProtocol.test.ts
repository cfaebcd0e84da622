import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { joinSession } from '../../src/client/joinApi.ts';
import { MAX_FRAME_BYTES, PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import type { ServerMessages } from '../../src/core/protocol/serverMessages.ts';
import { createSession, eventually, rawSocket, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/**
 * The WebSocket gateway on the wire: malformed frames, sizes, the hello, origins, the
 * per-connection rate limit and the session a token speaks for. Raw `ws` sockets only, so
 * that every frame and close code is exactly what the server sent.
 */

/** A server message as it arrives, before we know its type. */
type Msg = { readonly type: string } & Record<string, unknown>;
type Welcome = ServerMessages['welcome'];
type ErrorMsg = ServerMessages['error'];

interface Conn {
  readonly socket: WebSocket;
  readonly messages: Msg[];
  readonly closed: Promise<number>;
}

/** Broadcasts that may arrive at any time and are never the answer to a frame. */
const BROADCASTS = new Set(['presence', 'tally', 'poll.updated', 'poll.removed', 'session.updated']);

const PLAN = { title: 'Protocol session', polls: [{ question: 'Is the wire safe?', options: ['Yes', 'No'] }] };

async function open(baseUrl: string, headers: Record<string, string> = {}): Promise<Conn> {
  const conn = await rawSocket(baseUrl, headers);
  return conn as unknown as Conn;
}

/** Rejects if `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} not within ${ms} ms`)), ms))]);
}

/** Sends `data` and resolves with the first non-broadcast message that arrives after it. */
async function answerTo(conn: Conn, data: string | Buffer, options: { binary?: boolean } = {}): Promise<Msg> {
  const before = conn.messages.length;
  conn.socket.send(data, { binary: options.binary ?? false });
  let answer: Msg | undefined;
  await eventually(
    () => {
      answer = conn.messages.slice(before).find((m) => !BROADCASTS.has(m.type));
      return answer !== undefined;
    },
    5_000,
    `answer to ${String(data).slice(0, 60)}`,
  );
  return answer as Msg;
}

function hello(token: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, lastSeq: 0, ...extra });
}

function command(id: string, body: Record<string, unknown>): string {
  return JSON.stringify({ type: 'command', id, command: body });
}

/** Says hello and expects the welcome. */
async function authenticate(conn: Conn, token: string): Promise<Welcome> {
  const welcome = await answerTo(conn, hello(token));
  expect(welcome.type).toBe('welcome');
  return welcome as unknown as Welcome;
}

/** Opens a socket with `ws` directly and reports the HTTP status of a refused upgrade, or 101 when it opened. */
function upgradeStatus(baseUrl: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`, { headers });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (request, response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    });
    socket.on('error', reject);
  });
}

const unknownToken = () => randomBytes(32).toString('base64url');

describe('WebSocket protocol', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderatorToken: string;
  let draftPollId: string;
  const opened: Conn[] = [];

  async function connect(headers: Record<string, string> = {}): Promise<Conn> {
    const conn = await open(server.baseUrl, headers);
    opened.push(conn);
    return conn;
  }

  async function eventCount(sessionId: string): Promise<number> {
    return (await server.store.loadSession(sessionId))?.events.length ?? -1;
  }

  beforeAll(async () => {
    // These tests keep many sockets of one moderator link open: the per-token bound (PROTO-9) is tested on its own.
    server = await startInProcessServer({ TALLY_INTERVAL_MS: '20', SOCKETS_PER_TOKEN: '1000' });
    session = await createSession(server.baseUrl, { plan: PLAN });
    moderatorToken = tokenOf(session.links.moderator);
    const moderator = await connect();
    const welcome = await authenticate(moderator, moderatorToken);
    const poll = welcome.snapshot?.polls[0];
    if (!poll) throw new Error('the plan poll is missing from the welcome');
    draftPollId = poll.id;
    moderator.socket.close();
  });

  afterAll(async () => {
    for (const conn of opened) conn.socket.terminate();
    await server.close();
  });

  describe('PROTO-1: frames that do not parse', () => {
    it('PROTO-1: a non-JSON frame gets bad_frame and the connection stays usable', async () => {
      const conn = await connect();
      const error = await answerTo(conn, 'this is {not json');
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame', id: null });
      expect(conn.socket.readyState).toBe(WebSocket.OPEN);
      // Still usable: the hello that follows is answered with a welcome.
      const welcome = await authenticate(conn, moderatorToken);
      expect(welcome.role).toBe('moderator');
    });

    it('PROTO-1: JSON that is not a message (null, an array, a missing type) gets bad_frame', async () => {
      const conn = await connect();
      for (const frame of ['null', '[]', '42', '{}', '{"id":"x1"}']) {
        const error = await answerTo(conn, frame);
        expect(error, frame).toMatchObject({ type: 'error', code: 'bad_frame' });
      }
      expect(conn.socket.readyState).toBe(WebSocket.OPEN);
    });

    it('PROTO-1: an unknown command type gets bad_frame with the command id echoed', async () => {
      const conn = await connect();
      await authenticate(conn, moderatorToken);
      const error = await answerTo(conn, command('cmd-unknown-1', { type: 'poll.explode', pollId: draftPollId }));
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame', id: 'cmd-unknown-1' });
    });

    it('PROTO-1: an extra field in a command gets bad_frame with its id and changes nothing', async () => {
      const conn = await connect();
      await authenticate(conn, moderatorToken);
      const before = await eventCount(session.id);
      const error = await answerTo(conn, command('cmd-extra-1', { type: 'poll.open', pollId: draftPollId, force: true }));
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame', id: 'cmd-extra-1' });
      // An extra field on the envelope is refused too.
      const envelope = await answerTo(conn, JSON.stringify({ type: 'command', id: 'cmd-extra-2', command: { type: 'poll.open', pollId: draftPollId }, sudo: true }));
      expect(envelope).toMatchObject({ type: 'error', code: 'bad_frame', id: 'cmd-extra-2' });
      expect(await eventCount(session.id)).toBe(before);
      const stored = await server.store.loadSession(session.id);
      expect(stored?.events.some((e) => e.type === 'poll.opened' && e.pollId === draftPollId)).toBe(false);
    });

    it('PROTO-1: a field of the wrong type gets bad_frame with the command id echoed', async () => {
      const conn = await connect();
      await authenticate(conn, moderatorToken);
      const before = await eventCount(session.id);
      const error = await answerTo(conn, command('cmd-type-1', { type: 'poll.open', pollId: 12345 }));
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame', id: 'cmd-type-1' });
      const reveal = await answerTo(conn, command('cmd-type-2', { type: 'poll.reveal', pollId: draftPollId, revealed: 'yes' }));
      expect(reveal).toMatchObject({ type: 'error', code: 'bad_frame', id: 'cmd-type-2' });
      expect(await eventCount(session.id)).toBe(before);
    });

    it('PROTO-1: a command without a usable id gets bad_frame with id null', async () => {
      const conn = await connect();
      await authenticate(conn, moderatorToken);
      const noId = await answerTo(conn, JSON.stringify({ type: 'command', command: { type: 'poll.open', pollId: draftPollId } }));
      expect(noId).toMatchObject({ type: 'error', code: 'bad_frame', id: null });
      const numericId = await answerTo(conn, JSON.stringify({ type: 'command', id: 7, command: { type: 'poll.open', pollId: draftPollId } }));
      expect(numericId).toMatchObject({ type: 'error', code: 'bad_frame', id: null });
    });

    it('PROTO-1: a binary frame gets bad_frame, even if it holds valid JSON', async () => {
      const conn = await connect();
      const error = await answerTo(conn, Buffer.from(hello(moderatorToken)), { binary: true });
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame' });
      expect(conn.socket.readyState).toBe(WebSocket.OPEN);
      // The binary hello did not authenticate: a command is still refused as unauthenticated.
      const after = await answerTo(conn, command('after-binary', { type: 'poll.open', pollId: draftPollId }));
      expect(after).toMatchObject({ type: 'error', code: 'not_authenticated', id: 'after-binary' });
    });
  });

  describe('PROTO-2: frame size', () => {
    it('PROTO-2: a 17 KiB frame gets frame_too_large and the socket closes with 1009', async () => {
      const conn = await connect();
      await authenticate(conn, moderatorToken);
      const error = await answerTo(conn, JSON.stringify({ type: 'command', id: 'big', command: { type: 'poll.open', pollId: 'x'.repeat(17 * 1024) } }));
      expect(error).toMatchObject({ type: 'error', code: 'frame_too_large' });
      expect(await within(conn.closed, 5_000, 'close')).toBe(1009);
    });

    it('PROTO-2: a frame over 16 KiB is refused before hello too', async () => {
      const conn = await connect();
      const error = await answerTo(conn, 'y'.repeat(17 * 1024));
      expect(error).toMatchObject({ type: 'error', code: 'frame_too_large' });
      expect(await within(conn.closed, 5_000, 'close')).toBe(1009);
    });

    it('PROTO-2: a 15 KiB invalid frame is answered with bad_frame and the socket stays open', async () => {
      const conn = await connect();
      await authenticate(conn, moderatorToken);
      const frame = command('medium', { type: 'poll.open', pollId: 'x'.repeat(15 * 1024) });
      expect(Buffer.byteLength(frame)).toBeLessThan(MAX_FRAME_BYTES);
      const error = await answerTo(conn, frame);
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame', id: 'medium' });
      // Still open and usable: an invalid but small command is answered again.
      const again = await answerTo(conn, command('small', { type: 'poll.open', pollId: 'no-such-poll' }));
      expect(again).toMatchObject({ type: 'error', code: 'not_found', id: 'small' });
      expect(conn.socket.readyState).toBe(WebSocket.OPEN);
    });

    it('PROTO-2: the limit is 16 KiB exactly, counted in bytes', async () => {
      const atLimit = await connect();
      const exact = 'z'.repeat(MAX_FRAME_BYTES);
      expect(await answerTo(atLimit, exact)).toMatchObject({ type: 'error', code: 'bad_frame' });
      expect(atLimit.socket.readyState).toBe(WebSocket.OPEN);

      const overByOne = await connect();
      expect(await answerTo(overByOne, `${exact}z`)).toMatchObject({ type: 'error', code: 'frame_too_large' });
      expect(await within(overByOne.closed, 5_000, 'close')).toBe(1009);

      // 6,000 characters of three bytes each: 18,000 bytes, over the limit though short in characters.
      const multibyte = await connect();
      const euros = '€'.repeat(6_000);
      expect(Buffer.byteLength(euros)).toBeGreaterThan(MAX_FRAME_BYTES);
      expect(await answerTo(multibyte, euros)).toMatchObject({ type: 'error', code: 'frame_too_large' });
      expect(await within(multibyte.closed, 5_000, 'close')).toBe(1009);
    });
  });

  it('PROTO-2: a frame far over the limit (100 KiB) closes the connection with 1009 and the server stays up', async () => {
    const conn = await connect();
    conn.socket.send('w'.repeat(100 * 1024));
    expect(await within(conn.closed, 5_000, 'close')).toBe(1009);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    const next = await connect();
    await authenticate(next, moderatorToken);
  });

  describe('PROTO-3: the hello', () => {
    it('PROTO-3: a command before hello gets not_authenticated, with its id', async () => {
      const conn = await connect();
      const before = await eventCount(session.id);
      const error = await answerTo(conn, command('early-1', { type: 'poll.open', pollId: draftPollId }));
      expect(error).toMatchObject({ type: 'error', code: 'not_authenticated', id: 'early-1' });
      expect(await eventCount(session.id)).toBe(before);
      // The connection may still say hello afterwards.
      await authenticate(conn, moderatorToken);
    });

    it('PROTO-3: a command sent right behind the hello, before the welcome arrives, is treated as authenticated', async () => {
      const conn = await connect();
      const before = conn.messages.length;
      conn.socket.send(hello(moderatorToken));
      conn.socket.send(command('right-behind', { type: 'poll.open', pollId: 'no-such-poll' }));
      await eventually(() => conn.messages.slice(before).some((m) => m.type === 'error' || m.type === 'ack'), 5_000, 'the answer to the command');
      const answers = conn.messages.slice(before).filter((m) => !BROADCASTS.has(m.type));
      expect(answers.map((m) => m.type)).toEqual(['welcome', 'error']);
      expect(answers[1]).toMatchObject({ code: 'not_found', id: 'right-behind' });
    });

    it('PROTO-3: a hello with an unknown token gets unauthorised and close code 4401', async () => {
      const conn = await connect();
      const error = await answerTo(conn, hello(unknownToken()));
      expect(error).toMatchObject({ type: 'error', code: 'unauthorised' });
      expect(await within(conn.closed, 5_000, 'close')).toBe(4401);
    });

    it('PROTO-3: a hello whose token cannot be one (too short, too long, a number) gets unauthorised and 4401 at once, like an unknown token', async () => {
      for (const token of ['abc', 'x'.repeat(600), 12345]) {
        const conn = await connect();
        const error = await answerTo(conn, JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token }));
        expect(error, String(token)).toMatchObject({ type: 'error', code: 'unauthorised', reason: 'link.invalid' });
        expect(await within(conn.closed, 2_000, 'close'), String(token)).toBe(4401);
      }
    });

    it('PROTO-3: a hello with another protocol version gets protocol_mismatch and close code 4400', async () => {
      const conn = await connect();
      const error = await answerTo(conn, hello(moderatorToken, { protocol: PROTOCOL_VERSION + 1 }));
      expect(error).toMatchObject({ type: 'error', code: 'protocol_mismatch' });
      expect(await within(conn.closed, 5_000, 'close')).toBe(4400);
    });

    it('PROTO-3: a second hello gets bad_frame and the first one still holds', async () => {
      const conn = await connect();
      await authenticate(conn, moderatorToken);
      const error = await answerTo(conn, hello(moderatorToken));
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame' });
      expect(conn.socket.readyState).toBe(WebSocket.OPEN);
      // Still authenticated as the moderator: a command is decided, not refused as unauthenticated.
      const answer = await answerTo(conn, command('after-second-hello', { type: 'poll.open', pollId: 'no-such-poll' }));
      expect(answer).toMatchObject({ type: 'error', code: 'not_found', id: 'after-second-hello' });
    });

    it('PROTO-3: a second hello with another token does not switch the role', async () => {
      const conn = await connect();
      await authenticate(conn, tokenOf(session.links.projector));
      const error = await answerTo(conn, hello(moderatorToken));
      expect(error).toMatchObject({ type: 'error', code: 'bad_frame' });
      const refused = await answerTo(conn, command('projector-open', { type: 'poll.open', pollId: draftPollId }));
      expect(refused).toMatchObject({ type: 'error', code: 'forbidden', id: 'projector-open' });
    });
  });

  describe('PROTO-6: Origin of the upgrade', () => {
    it('PROTO-6: an upgrade from https://evil.example is refused with HTTP 403', async () => {
      expect(await upgradeStatus(server.baseUrl, { Origin: 'https://evil.example' })).toBe(403);
      await expect(open(server.baseUrl, { Origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
    });

    it('PROTO-6: look-alike origins are refused too: another port, an opaque "null" origin, a prefix of our host', async () => {
      const own = new URL(server.baseUrl);
      const otherPort = Number(own.port) === 1 ? 2 : 1;
      for (const origin of [`http://127.0.0.1:${otherPort}`, 'null', `http://127.0.0.1:${own.port}.evil.example`, 'http://localhost.evil.example']) {
        expect(await upgradeStatus(server.baseUrl, { Origin: origin }), origin).toBe(403);
      }
    });

    it("PROTO-6: an upgrade from the server's own origin is accepted", async () => {
      const origin = new URL(server.baseUrl).origin;
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const conn = await connect({ Origin: origin });
      const welcome = await authenticate(conn, moderatorToken);
      expect(welcome.snapshot?.session.id).toBe(session.id);
    });

    it('PROTO-6: an upgrade without an Origin header is accepted', async () => {
      const conn = await connect();
      expect(conn.socket.readyState).toBe(WebSocket.OPEN);
      await authenticate(conn, moderatorToken);
    });

    it('PROTO-6: an origin listed in ALLOWED_ORIGINS is accepted, others still refused', async () => {
      const other = await startInProcessServer({ ALLOWED_ORIGINS: 'https://room.example' });
      try {
        expect(await upgradeStatus(other.baseUrl, { Origin: 'https://room.example' })).toBe(101);
        expect(await upgradeStatus(other.baseUrl, { Origin: new URL(other.baseUrl).origin })).toBe(101);
        expect(await upgradeStatus(other.baseUrl, {})).toBe(101);
        expect(await upgradeStatus(other.baseUrl, { Origin: 'https://evil.example' })).toBe(403);
        expect(await upgradeStatus(other.baseUrl, { Origin: 'https://room.example.evil.example' })).toBe(403);
      } finally {
        await other.close();
      }
    });
  });

  it('rate limit: 100 votes sent at once get some rate_limited errors, the server stays up and counts the vote once', async () => {
    const moderator = await connect();
    await authenticate(moderator, moderatorToken);
    const opening = await answerTo(moderator, command('open-for-flood', { type: 'poll.open', pollId: draftPollId }));
    expect(opening).toMatchObject({ type: 'ack', id: 'open-for-flood' });

    const joined = await joinSession(server.baseUrl, session.joinCode, 'onsite');
    const voter = await connect();
    await authenticate(voter, joined.participantToken);
    const start = voter.messages.length;
    const count = 100;
    for (let i = 0; i < count; i++) voter.socket.send(command(`vote-${i}`, { type: 'poll.vote', pollId: draftPollId, optionIds: ['o1'] }));
    const answers = () => voter.messages.slice(start).filter((m) => m.type === 'ack' || m.type === 'error');
    await eventually(() => answers().length >= count, 20_000, 'an answer to every vote');

    const results = answers();
    const limited = results.filter((m) => m.type === 'error' && (m as unknown as ErrorMsg).code === 'rate_limited');
    const acked = results.filter((m) => m.type === 'ack');
    expect(limited.length).toBeGreaterThan(0);
    expect(acked.length).toBeGreaterThan(0);
    expect(acked.length + limited.length).toBe(count);
    // Every answer names its command: each of the 100 ids is answered exactly once.
    expect(new Set(results.map((m) => m.id)).size).toBe(count);

    // The server is still up, and the ballot is stored once.
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const stored = await server.store.loadSession(session.id);
    expect(stored?.votes.filter((v) => v.pollId === draftPollId)).toEqual([{ pollId: draftPollId, participantId: expect.any(String), optionIds: ['o1'], at: expect.any(Number) }]);
    await eventually(
      () => moderator.messages.some((m) => m.type === 'tally' && m.pollId === draftPollId && m.total === 1),
      5_000,
      'a tally of one vote',
    );
    // Tallies went from 0 (the poll just opened) to 1, never beyond.
    const totals = moderator.messages.filter((m) => m.type === 'tally' && m.pollId === draftPollId).map((m) => m.total);
    expect(Math.max(...totals.map(Number))).toBe(1);

    // The connection is not cut off: after a short pause, the bucket refills and a vote is accepted.
    await new Promise((r) => setTimeout(r, 400));
    const later = await answerTo(voter, command('vote-later', { type: 'poll.vote', pollId: draftPollId, optionIds: ['o2'] }));
    expect(later).toMatchObject({ type: 'ack', id: 'vote-later' });
    await eventually(
      () => moderator.messages.some((m) => m.type === 'tally' && m.pollId === draftPollId && m.total === 1 && (m.counts as Record<string, number> | null)?.o2 === 1),
      5_000,
      'the changed vote in the tally',
    );
  });

  it('AUTH-1: a moderator token of session A speaks for A only, never for session B', async () => {
    const a = await createSession(server.baseUrl, { plan: { title: 'Session A', polls: [{ question: 'A?', options: ['a1', 'a2'] }] } });
    const b = await createSession(server.baseUrl, { plan: { title: 'Session B', polls: [{ question: 'B?', options: ['b1', 'b2'] }] } });
    expect(a.id).not.toBe(b.id);

    const moderatorB = await connect();
    const welcomeB = await authenticate(moderatorB, tokenOf(b.links.moderator));
    const pollB = welcomeB.snapshot?.polls[0]?.id;
    if (!pollB) throw new Error('session B has no poll');

    const moderatorA = await connect();
    const welcomeA = await authenticate(moderatorA, tokenOf(a.links.moderator));
    expect(welcomeA.role).toBe('moderator');
    expect(welcomeA.snapshot?.session).toMatchObject({ id: a.id, title: 'Session A', joinCode: a.joinCode });
    expect(welcomeA.snapshot?.polls.map((p) => p.question)).toEqual(['A?']);
    expect(JSON.stringify(welcomeA)).not.toContain(b.id);
    expect(JSON.stringify(welcomeA)).not.toContain(pollB);

    // A's moderator cannot reach B's poll: to A's room it does not exist.
    const eventsB = await eventCount(b.id);
    const refused = await answerTo(moderatorA, command('cross-session-open', { type: 'poll.open', pollId: pollB }));
    expect(refused).toMatchObject({ type: 'error', code: 'not_found', id: 'cross-session-open' });
    expect(await eventCount(b.id)).toBe(eventsB);

    // A participant of A cannot vote in B's poll either, even once B's moderator opens it.
    const openB = await answerTo(moderatorB, command('open-b', { type: 'poll.open', pollId: pollB }));
    expect(openB).toMatchObject({ type: 'ack', id: 'open-b' });
    const joinedA = await joinSession(server.baseUrl, a.joinCode, 'online');
    const voterA = await connect();
    const welcomeVoter = await authenticate(voterA, joinedA.participantToken);
    expect(welcomeVoter.snapshot?.session.id).toBe(a.id);
    const vote = await answerTo(voterA, command('cross-session-vote', { type: 'poll.vote', pollId: pollB, optionIds: ['o1'] }));
    expect(vote).toMatchObject({ type: 'error', code: 'not_found', id: 'cross-session-vote' });
    expect((await server.store.loadSession(b.id))?.votes).toEqual([]);
  });
});
