import { afterEach, describe, expect, it } from 'vitest';
import { isRefusalReason, REFUSALS } from '../../src/core/refusals.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { createSession, rawSocket, startInProcessServer, TEST_HOST_TOKEN, type InProcessServer } from '../support/testServer.ts';

/**
 * The HTTP rate limits (LIMIT-1..LIMIT-5), on a real server from loopback: one address, as
 * every phone of a venue behind its router is. Limits are set low through the environment
 * so that nothing waits for a window to pass.
 */

interface ErrorBody {
  error: { code: string; reason: string; params: Record<string, unknown>; message: string };
}

const PLAN = {
  title: 'Limits session',
  format: 'workshop',
  durationMinutes: 45,
  youthMode: false,
  agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }],
};

const servers: InProcessServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(env: Record<string, string> = {}): Promise<InProcessServer> {
  const server = await startInProcessServer(env);
  servers.push(server);
  return server;
}

function join(baseUrl: string, code: string): Promise<Response> {
  return fetch(`${baseUrl}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, channel: 'onsite' }) });
}

/** A nine-digit code no session of this server has. */
async function unknownCode(server: InProcessServer, n: number): Promise<string> {
  const taken = new Set((await server.store.listSessions()).map((s) => s.joinCode));
  for (let i = n; ; i++) {
    const code = String(100_000_000 + i * 7919);
    if (!taken.has(code)) return code;
  }
}

/** LIMIT-5: a 429 with `Retry-After` in whole seconds and the one error shape naming `reason`. */
async function expectLimited(response: Response, reason: string, maxSeconds: number): Promise<number> {
  expect(response.status).toBe(429);
  const header = response.headers.get('retry-after');
  expect(header, 'Retry-After').toMatch(/^\d+$/);
  const seconds = Number(header);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(maxSeconds);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.reason).toBe(reason);
  expect(isRefusalReason(body.error.reason) && REFUSALS[body.error.reason].code).toBe('rate_limited');
  expect(body.error.code).toBe('rate_limited');
  expect(body.error.params).toEqual({ retryAfterSeconds: seconds });
  expect(body.error.message).toContain(`${seconds} s`);
  return seconds;
}

describe('HTTP rate limits', () => {
  it('LIMIT-2: enumerating join codes from one address is cut off after JOIN_CODE_MISSES_PER_IP misses, on every look-up route, with 429 and Retry-After', async () => {
    const server = await start({ JOIN_CODE_MISSES_PER_IP: '5', JOIN_CODE_MISS_WINDOW_SECONDS: '600' });
    const { joinCode } = await createSession(server.baseUrl, { plan: PLAN });
    // Five wrong codes, spread over the three routes that look a code up, are answered.
    const misses = [
      fetch(`${server.baseUrl}/api/join/${await unknownCode(server, 1)}`),
      fetch(`${server.baseUrl}/api/before/${await unknownCode(server, 2)}`),
      join(server.baseUrl, await unknownCode(server, 3)),
      fetch(`${server.baseUrl}/api/join/12345`),
      fetch(`${server.baseUrl}/api/join/${await unknownCode(server, 4)}`),
    ];
    for (const [i, response] of (await Promise.all(misses)).entries()) expect(response.status, `miss ${i + 1}`).toBe(404);
    // The sixth is refused before the look-up, on every route…
    await expectLimited(await fetch(`${server.baseUrl}/api/join/${await unknownCode(server, 5)}`), 'join.tooManyWrongCodes', 600);
    await expectLimited(await fetch(`${server.baseUrl}/api/before/${await unknownCode(server, 6)}`), 'join.tooManyWrongCodes', 600);
    await expectLimited(await join(server.baseUrl, await unknownCode(server, 7)), 'join.tooManyWrongCodes', 600);
    // …and so is a code that exists but this address never found: the answer tells nothing.
    await expectLimited(await fetch(`${server.baseUrl}/api/join/${joinCode}`), 'join.tooManyWrongCodes', 600);
    await expectLimited(await join(server.baseUrl, joinCode), 'join.tooManyWrongCodes', 600);
  });

  it('LIMIT-2: a venue whose phones mistype keeps joining: once this address found a code, that code still works past the wrong-code limit', async () => {
    const server = await start({ JOIN_CODE_MISSES_PER_IP: '3' });
    const { joinCode } = await createSession(server.baseUrl, { plan: PLAN });
    const other = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Another room' } });
    expect((await join(server.baseUrl, joinCode)).status).toBe(201);
    for (let i = 0; i < 3; i++) expect((await join(server.baseUrl, await unknownCode(server, i))).status, `miss ${i + 1}`).toBe(404);
    await expectLimited(await join(server.baseUrl, await unknownCode(server, 9)), 'join.tooManyWrongCodes', 600);
    // The room's code goes on working, written any way; a code it never found does not.
    for (let i = 0; i < 20; i++) expect((await join(server.baseUrl, joinCode)).status, `join ${i + 1}`).toBe(201);
    expect((await fetch(`${server.baseUrl}/api/join/${joinCode.slice(0, 3)}-${joinCode.slice(3)}`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/api/before/${joinCode}`)).status).toBe(200);
    await expectLimited(await join(server.baseUrl, other.joinCode), 'join.tooManyWrongCodes', 600);
  });

  it('LIMIT-3: 2,000 phones behind one address all join with the default limits', async () => {
    const server = await start();
    const { joinCode, id } = await createSession(server.baseUrl, { plan: PLAN });
    const statuses = new Map<number, number>();
    let next = 0;
    // 50 phones at a time, as a venue's wifi lets them through.
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < 2_000) {
          next++;
          const status = (await join(server.baseUrl, joinCode)).status;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    expect(Object.fromEntries(statuses)).toEqual({ 201: 2_000 });
    const room = await server.app.rooms.get(id);
    expect(room).not.toBeNull();
  }, 120_000);

  it('LIMIT-3: joins of one code from one address past JOINS_PER_MINUTE_PER_CODE_PER_IP are 429 with Retry-After; another code is not held up', async () => {
    const server = await start({ JOINS_PER_MINUTE_PER_CODE_PER_IP: '3' });
    const { joinCode } = await createSession(server.baseUrl, { plan: PLAN });
    const other = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Another room' } });
    expect((await fetch(`${server.baseUrl}/api/join/${joinCode}`)).status).toBe(200);
    expect((await join(server.baseUrl, joinCode)).status).toBe(201);
    expect((await join(server.baseUrl, joinCode)).status).toBe(201);
    await expectLimited(await join(server.baseUrl, joinCode), 'join.rateLimited', 60);
    expect((await join(server.baseUrl, other.joinCode)).status).toBe(201);
  });

  it('LIMIT-4: wrong host tokens from one address are cut off after HOST_TOKEN_FAILURES_PER_IP, then even the right one waits', async () => {
    const server = await start({ HOST_TOKEN_FAILURES_PER_IP: '3' });
    const created = await createSession(server.baseUrl, { plan: PLAN });
    const attempts = [
      fetch(`${server.baseUrl}/api/sessions`, { headers: { authorization: 'Bearer wrong-token-1' } }),
      fetch(`${server.baseUrl}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer wrong-token-2' }, body: '{"template":"x"}' }),
      fetch(`${server.baseUrl}/api/sessions/${created.id}/invites`),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status).toBe(401);
    // A blocked address learns nothing about the token it sends.
    await expectLimited(await fetch(`${server.baseUrl}/api/sessions`, { headers: { authorization: 'Bearer wrong-token-4' } }), 'host.tooManyAttempts', 600);
    await expectLimited(await fetch(`${server.baseUrl}/api/sessions/${created.id}/guidelines`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } }), 'host.tooManyAttempts', 600);
  });

  it('LIMIT-4: over the socket too: wrong host tokens in a hello count, and past the limit even the right one is refused, over HTTP as well', async () => {
    const server = await start({ HOST_TOKEN_FAILURES_PER_IP: '3' });
    const created = await createSession(server.baseUrl, { plan: PLAN });
    const hello = async (token: string) => {
      const conn = await rawSocket(server.baseUrl);
      conn.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, sessionId: created.id }));
      const closed = await conn.closed;
      return { closed, first: conn.messages[0] as { type: string; code?: string; reason?: string } | undefined };
    };
    for (let i = 0; i < 3; i++) {
      const wrong = await hello(`wrong-host-token-${String(i)}-0123456789`);
      expect(wrong.first).toMatchObject({ type: 'error', code: 'unauthorised' });
      expect(wrong.closed).toBe(4401);
    }
    const right = await hello(TEST_HOST_TOKEN);
    expect(right.first).toMatchObject({ type: 'error', code: 'rate_limited', reason: 'host.tooManyAttempts' });
    expect(right.closed).toBe(1008);
    await expectLimited(await fetch(`${server.baseUrl}/api/sessions`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } }), 'host.tooManyAttempts', 600);
    // Participants' and role links' hellos name no session: they are not host attempts.
    const participant = await rawSocket(server.baseUrl);
    participant.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: created.links.projector.split('#')[1] }));
    await expect.poll(() => (participant.messages[0] as { type?: string } | undefined)?.type).toBe('welcome');
    participant.socket.close();
  });

  it('LIMIT-4: the host with the right token is never counted', async () => {
    const server = await start({ HOST_TOKEN_FAILURES_PER_IP: '1' });
    for (let i = 0; i < 5; i++) expect((await fetch(`${server.baseUrl}/api/sessions`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).status).toBe(200);
  });

  it('LIMIT-1: one address past HTTP_REQUESTS_PER_MINUTE_PER_IP gets 429 request.tooMany with Retry-After on any route', async () => {
    const server = await start({ HTTP_REQUESTS_PER_MINUTE_PER_IP: '4' });
    for (let i = 0; i < 4; i++) expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    await expectLimited(await fetch(`${server.baseUrl}/api/templates`), 'request.tooMany', 60);
    await expectLimited(await fetch(`${server.baseUrl}/nothing-here`), 'request.tooMany', 60);
  });

  it('LIMIT-1: a route past HTTP_REQUESTS_PER_SECOND_PER_ROUTE from all addresses gets 429 request.serverBusy; other routes go on', async () => {
    const server = await start({ HTTP_REQUESTS_PER_SECOND_PER_ROUTE: '3' });
    const responses = await Promise.all(Array.from({ length: 30 }, () => fetch(`${server.baseUrl}/api/templates`)));
    const limited = responses.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(responses.every((r) => r.status === 200 || r.status === 429)).toBe(true);
    await expectLimited(limited[0] as Response, 'request.serverBusy', 1);
    await Promise.all(responses.filter((r) => r.status === 200).map((r) => r.arrayBuffer()));
    await Promise.all(limited.slice(1).map((r) => r.arrayBuffer()));
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });
});
