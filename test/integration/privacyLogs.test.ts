import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { OpenFloorClient, type SocketLike } from '../../src/client/openFloorClient.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { startServerProcess, tempDir, TEST_HOST_TOKEN, tokenOf, type ServerProcess } from '../support/testServer.ts';

/**
 * PRIV-4, PRIV-5: a real server process at LOG_LEVEL=trace, driven from an unusual loopback
 * address (127.0.0.2) with a user agent of its own through joins, sockets, commands, refusals,
 * rate limits, client errors and server errors (a database locked by another writer). Then no
 * structured log line, and no byte of the SQLite files, holds the client's address, its user
 * agent or any raw token (host, role, invite, participant, or a wrong one a client tried).
 * Participants are a random id per session (PRIV-6).
 */

const CLIENT_ADDRESS = '127.0.0.2';
const USER_AGENT = `PrivacyProbe/${randomUUID()}`;
const host = { authorization: `Bearer ${TEST_HOST_TOKEN}` };

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** An HTTP request from CLIENT_ADDRESS with USER_AGENT (fetch cannot choose its local address). */
function call(baseUrl: string, method: string, path: string, options: { headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${baseUrl}${path}`,
      {
        method,
        localAddress: CLIENT_ADDRESS,
        headers: { 'user-agent': USER_AGENT, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A protocol client whose socket comes from CLIENT_ADDRESS with USER_AGENT. */
function client(baseUrl: string, token: string, sessionId?: string): OpenFloorClient {
  return new OpenFloorClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/ws`,
    token,
    ...(sessionId === undefined ? {} : { sessionId }),
    lastSeq: 0,
    minRetryMs: 50,
    maxRetryMs: 500,
    createSocket: (url) => new WebSocket(url, { localAddress: CLIENT_ADDRESS, headers: { 'user-agent': USER_AGENT } }) as unknown as SocketLike,
  });
}

/** A raw socket from CLIENT_ADDRESS: frames as they are, answers as they come. */
function rawSocket(baseUrl: string, headers: Record<string, string> = {}, path = '/ws'): Promise<{ socket: WebSocket; messages: string[]; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}${path}`, { localAddress: CLIENT_ADDRESS, headers: { 'user-agent': USER_AGENT, ...headers } });
    const messages: string[] = [];
    const closed = new Promise<number>((r) => socket.on('close', (code) => r(code)));
    socket.on('message', (data: Buffer) => messages.push(data.toString('utf8')));
    socket.on('open', () => resolve({ socket, messages, closed }));
    socket.on('error', reject);
    socket.on('unexpected-response', (_req, res) => resolve({ socket, messages: [`HTTP ${String(res.statusCode)}`], closed: Promise.resolve(res.statusCode ?? 0) }));
  });
}

/** Bytes an HTTP parser refuses (a client error, logged by Fastify at trace with the raw packet). */
function malformedRequest(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress: CLIENT_ADDRESS }, () => {
      socket.write(`GET /api/join/123456789 HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: ${USER_AGENT}\r\nAuthorization: Bearer ${TEST_HOST_TOKEN}\r\nBroken header without colon\r\n\r\n`);
    });
    socket.on('data', () => undefined);
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
}

/**
 * Every string a log line holds, Buffers decoded: pino writes a Buffer property of an error
 * (Node's `rawPacket`) as `{"type":"Buffer","data":[…]}`, which a plain text search misses.
 */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textsOf(v, out);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.type === 'Buffer' && Array.isArray(record.data)) out.push(Buffer.from(record.data as number[]).toString('latin1'));
    for (const [key, v] of Object.entries(record)) {
      out.push(key);
      textsOf(v, out);
    }
  }
  return out;
}

/** The server's output split into pino's JSON lines and everything else (the start-up banner). */
function splitOutput(output: readonly string[]): { logLines: { line: string; record: Record<string, unknown> }[]; other: string[] } {
  const logLines: { line: string; record: Record<string, unknown> }[] = [];
  const other: string[] = [];
  for (const line of output.join('').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const record = JSON.parse(line) as unknown;
      if (typeof record === 'object' && record !== null && 'level' in record) {
        logLines.push({ line, record: record as Record<string, unknown> });
        continue;
      }
    } catch {
      // not a log line
    }
    other.push(line);
  }
  return { logLines, other };
}

describe('PRIV-4, PRIV-5, PRIV-6: no address, user agent or raw token in the logs or the database', () => {
  const dir = tempDir();
  const databasePath = join(dir.path, 'privacy.db');
  let server: ServerProcess;
  /** Every secret the run handed out or a client tried; none may be logged or stored. */
  const secrets: { name: string; value: string }[] = [{ name: 'host token', value: TEST_HOST_TOKEN }];
  const participantIds: { session: string; id: string }[] = [];

  beforeAll(async () => {
    server = await startServerProcess({
      PORT: '0',
      DATABASE_URL: databasePath,
      LOG_LEVEL: 'trace',
      JOIN_CODE_MISSES_PER_IP: '3',
      HOST_TOKEN_FAILURES_PER_IP: '2',
      COMMANDS_PER_SECOND: '2',
      // No web app here, so `GET /` answers 503 whether or not this checkout has built one.
      OPENFLOOR_WEB_ROOT: join(dir.path, 'no-web-app'),
    });
  });

  afterAll(async () => {
    await server.kill('SIGKILL');
    dir.remove();
  });

  it('PRIV-4, PRIV-5: joins, sockets, commands, 4xx, 5xx and rate limits leave no address, user agent or token in a log line', async () => {
    const base = server.baseUrl;
    const clients: OpenFloorClient[] = [];

    // The host creates a session and an invite link.
    const created = await call(base, 'POST', '/api/sessions', { headers: host, body: { template: 'child-online-safety-round-table' } });
    expect(created.status, created.body).toBe(201);
    const session = JSON.parse(created.body) as { id: string; joinCode: string; links: Record<string, string> };
    for (const [role, link] of Object.entries(session.links)) if (link.includes('#')) secrets.push({ name: `${role} token`, value: tokenOf(link) });
    const invite = await call(base, 'POST', `/api/sessions/${session.id}/invites`, { headers: host, body: { role: 'rapporteur', label: 'Rapporteur' } });
    expect(invite.status, invite.body).toBe(201);
    secrets.push({ name: 'invite token', value: tokenOf((JSON.parse(invite.body) as { link: string }).link) });

    // Participants look the code up and join, in the new session and in the demo.
    expect((await call(base, 'GET', `/api/join/${session.joinCode}`)).status).toBe(200);
    const participants: OpenFloorClient[] = [];
    for (const [code, channel] of [[session.joinCode, 'onsite'], [session.joinCode, 'online'], [server.demo.joinCode, 'online']] as const) {
      const joined = await call(base, 'POST', '/api/join', { body: { code, channel } });
      expect(joined.status, joined.body).toBe(201);
      const token = (JSON.parse(joined.body) as { participantToken: string }).participantToken;
      secrets.push({ name: 'participant token', value: token });
      const participant = client(base, token);
      clients.push(participant);
      participants.push(participant);
      await participant.waitFor((_s, status) => status === 'live');
      await participant.send({ type: 'participant.acceptConduct' });
    }
    const [first, second] = participants as [OpenFloorClient, OpenFloorClient, OpenFloorClient];

    // Staff and participants over sockets: commands that pass and commands that are refused.
    const moderator = client(base, tokenOf(session.links.moderator ?? ''));
    const hostSocket = client(base, TEST_HOST_TOKEN, session.id);
    clients.push(moderator, hostSocket);
    await moderator.waitFor((_s, status) => status === 'live');
    await hostSocket.waitFor((_s, status) => status === 'live');
    await first.send({ type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: null });
    await first.send({ type: 'floor.raise', intent: 'comment', label: null });
    await second.send({ type: 'qa.ask', text: 'How do schools teach online safety?' });
    await expect(second.send({ type: 'floor.raise', intent: 'comment', label: 'Amira' })).rejects.toMatchObject({ code: 'invalid_input' });
    const pollId = moderator.state.polls[0]?.id ?? '';
    await moderator.send({ type: 'poll.open', pollId });
    await first.send({ type: 'poll.vote', pollId, optionIds: ['o1'] });
    await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: null });
    await moderator.send({ type: 'floor.end' });
    // A burst past COMMANDS_PER_SECOND: rate-limited refusals.
    const burst = await Promise.allSettled(Array.from({ length: 40 }, () => second.send({ type: 'participant.setChannel', channel: 'onsite' })));
    expect(burst.some((r) => r.status === 'rejected')).toBe(true);

    // Sockets that break the protocol: no hello, bad JSON, a wrong token, a frame too large, a foreign origin.
    const wrongToken = `wrong-${randomUUID()}`;
    secrets.push({ name: 'a wrong token a client tried', value: wrongToken });
    const raw = await rawSocket(base);
    raw.socket.send('{not json');
    raw.socket.send(JSON.stringify({ type: 'command', id: 'c1', command: { type: 'floor.end' } }));
    raw.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: wrongToken, lastSeq: 0 }));
    await raw.closed;
    const large = await rawSocket(base);
    large.socket.send('x'.repeat(20_000));
    await large.closed;
    // An upgrade to a route without a socket, with a token in its query string.
    const misrouted = await rawSocket(base, {}, `/healthz?token=${secrets.at(-2)?.value ?? ''}`);
    await misrouted.closed;
    const foreign = await rawSocket(base, { origin: 'https://elsewhere.example' });
    expect(foreign.messages[0]).toBe('HTTP 403');

    // HTTP refusals and rate limits: bad bodies, unknown routes (a token in the query), wrong codes, wrong host tokens.
    expect((await call(base, 'POST', '/api/join', { body: '{"code": ' })).status).toBe(400);
    expect((await call(base, 'POST', '/api/join', { body: { code: 'x', channel: 'moon' } })).status).toBe(400);
    expect((await call(base, 'GET', `/api/nope?token=${secrets.at(-2)?.value ?? ''}`)).status).toBe(404);
    const misses: number[] = [];
    for (let i = 0; i < 5; i++) misses.push((await call(base, 'GET', `/api/join/00000000${String(i)}`)).status);
    expect(misses).toContain(429);
    const failures: number[] = [];
    for (let i = 0; i < 4; i++) failures.push((await call(base, 'GET', '/api/sessions', { headers: { authorization: `Bearer ${wrongToken}` } })).status);
    expect(failures).toContain(429);
    await malformedRequest(server.port);

    // Server errors: another writer holds the database past the busy timeout (5 s).
    const blocker = new Database(databasePath);
    blocker.exec('BEGIN IMMEDIATE');
    try {
      const [join5xx, command5xx] = await Promise.allSettled([
        call(base, 'POST', '/api/join', { body: { code: session.joinCode, channel: 'onsite' } }),
        moderator.send({ type: 'floor.showBalance', shown: true }),
      ]);
      expect(join5xx.status === 'fulfilled' && join5xx.value.status).toBe(500);
      expect(command5xx.status).toBe('rejected');
    } finally {
      blocker.exec('ROLLBACK');
      blocker.close();
    }
    expect((await call(base, 'GET', '/')).status).toBe(503);

    // The ids participants are stored under: random, one per join, nothing shared across sessions.
    for (const c of clients) c.close();
    await server.signal('SIGTERM');
    const db = new Database(databasePath, { readonly: true });
    participantIds.push(...(db.prepare('SELECT session_id AS session, id FROM participants').all() as { session: string; id: string }[]));
    db.close();

    const { logLines, other } = splitOutput(server.output);
    // The run produced what the check is about: trace lines, a client error with its raw packet, server errors.
    expect(logLines.some((l) => l.record.level === 10)).toBe(true);
    expect(logLines.some((l) => l.record.msg === 'client error')).toBe(true);
    expect(logLines.some((l) => l.record.level === 50)).toBe(true);
    const found: string[] = [];
    for (const { line, record } of logLines) {
      const text = textsOf(record).join('\n');
      if (text.includes(CLIENT_ADDRESS)) found.push(`client address in: ${line.slice(0, 300)}`);
      if (text.includes(USER_AGENT)) found.push(`user agent in: ${line.slice(0, 300)}`);
      for (const { name, value } of secrets) if (text.includes(value)) found.push(`${name} in: ${line.slice(0, 300)}`);
    }
    expect(found).toEqual([]);
    // The banner is for the operator's terminal: the demo's own links, never a client's address, agent or token.
    const banner = other.join('\n');
    expect(banner).toContain('OpenFloor is running');
    for (const { name, value } of secrets) expect(banner.includes(value), name).toBe(false);
    expect(banner).not.toContain(CLIENT_ADDRESS);
    expect(banner).not.toContain(USER_AGENT);
  });

  it('PRIV-4: a byte search of the SQLite files (main, -wal, -shm) finds no address, user agent or raw token', () => {
    const files = [databasePath, `${databasePath}-wal`, `${databasePath}-shm`].filter((f) => existsSync(f));
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const { name, value } of [{ name: 'client address', value: CLIENT_ADDRESS }, { name: 'user agent', value: USER_AGENT }, ...secrets]) {
        if (bytes.includes(Buffer.from(value, 'utf8'))) found.push(`${name} in ${file}`);
      }
    }
    expect(secrets.filter((s) => s.name === 'participant token')).toHaveLength(3);
    expect(found).toEqual([]);
  });

  it('PRIV-6: each join is a random id of its own, and nothing links one person\'s joins across sessions', () => {
    const ours = participantIds;
    // Three joins from the same address and user agent (two sessions): three unrelated random ids.
    expect(ours.length).toBeGreaterThanOrEqual(3);
    for (const { id } of ours) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ours.map((p) => p.id)).size).toBe(ours.length);
    expect(new Set(ours.map((p) => p.session)).size).toBe(2);
  });
});
