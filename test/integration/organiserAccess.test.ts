import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { hashToken } from '../../src/server/secrets.ts';
import { createInvite, createSession, eventually, rawSocket, startInProcessServer, TEST_HOST_TOKEN, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/**
 * Organisers on one deployment (ORG-1..ORG-8), on a real server: every route of the Fastify
 * route table is either public (listed below, with why) or a host route, and every host route
 * is tried with another organiser's access (refused, nothing changed), then with the right
 * organiser's (done). A route added without a sample here fails the walk, so none is forgotten.
 */

const PLAN = {
  title: 'Organiser session',
  format: 'workshop',
  durationMinutes: 45,
  youthMode: false,
  agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }],
  polls: [{ question: 'Which risk first?', options: ['Grooming', 'Bullying'] }],
};

/** Routes that need no host: what participants, role links and browsers use. */
const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  'GET /healthz': 'liveness',
  'GET /readyz': 'readiness',
  'GET /api/templates': 'template names, nothing of a session',
  'POST /api/follow-up/signups': 'a participant signs up with their own participant token (REPORT-13)',
  'GET /api/openapi.json': 'the contract, nothing of a session (CONTRACT-1)',
  'GET /api/schemas/:name': 'the contract, nothing of a session (CONTRACT-2)',
  'POST /api/integrations/zoom/:id/webhook': 'the platform, verified by its HMAC signature (INTEG-6)',
  'POST /api/integrations/webex/:id/webhook': 'the platform, verified by X-Spark-Signature (INTEG-8)',
  'GET /api/integrations/:id/console': 'a moderator link of the session (INTEG-10)',
  'POST /api/integrations/:id/signals': 'a moderator link of the session (INTEG-10)',
  'GET /api/join/:code': 'a participant looks a code up (LIMIT-2)',
  'POST /api/join': 'a participant joins (LIMIT-2, LIMIT-3)',
  'POST /api/join/:code/meeting': 'a page inside a call asks whether it is the session\'s meeting: same, other or unset, never the id (INTEG-14, LIMIT-2)',
  'GET /api/before/:code': 'the pre-session page (GUIDE-5)',
  'GET /ws': 'the socket: its hello is tested below',
};

/** The web app's pages and files: index.html or static assets, no data. */
const isWebRoute = (url: string) => !url.startsWith('/api/') && !['/healthz', '/readyz', '/ws'].includes(url);

interface Context {
  readonly victim: CreatedSessionResponse;
  readonly victimInvite: string;
  readonly throwawayOrganiser: string;
  readonly victimPoll: string;
}

interface Sample {
  /** The path with its parameters filled in, for the session `victim`. */
  readonly path: (c: Context) => string;
  readonly body?: (c: Context) => unknown;
}

/** One request per host route that would change or show the victim session if it were let through. */
const SAMPLES: Readonly<Record<string, Sample>> = {
  'POST /api/plans/check': { path: () => '/api/plans/check', body: () => ({ plan: PLAN }) },
  'GET /api/templates/:name': { path: () => '/api/templates/child-online-safety-round-table' },
  'GET /api/sessions': { path: () => '/api/sessions' },
  'POST /api/sessions': { path: () => '/api/sessions', body: () => ({ plan: { ...PLAN, title: 'Made by an organiser' } }) },
  'GET /api/sessions/:id/plan': { path: (c) => `/api/sessions/${c.victim.id}/plan` },
  'PUT /api/sessions/:id/plan': { path: (c) => `/api/sessions/${c.victim.id}/plan`, body: () => ({ plan: { ...PLAN, title: 'Renamed' } }) },
  'GET /api/sessions/:id/guidelines': { path: (c) => `/api/sessions/${c.victim.id}/guidelines` },
  'PUT /api/sessions/:id/guidelines': { path: (c) => `/api/sessions/${c.victim.id}/guidelines`, body: () => ({ guidelines: { onsite: 'Raise a hand.', online: 'Use the hand button.' }, codeOfConduct: 'Be kind.' }) },
  'GET /api/sessions/:id/invites': { path: (c) => `/api/sessions/${c.victim.id}/invites` },
  'POST /api/sessions/:id/invites': { path: (c) => `/api/sessions/${c.victim.id}/invites`, body: () => ({ role: 'moderator', label: 'Stolen moderator' }) },
  'DELETE /api/sessions/:id/invites/:inviteId': { path: (c) => `/api/sessions/${c.victim.id}/invites/${c.victimInvite}` },
  'GET /api/sessions/:id/audit': { path: (c) => `/api/sessions/${c.victim.id}/audit` },
  'GET /api/sessions/:id/aggregates': { path: (c) => `/api/sessions/${c.victim.id}/aggregates` },
  'GET /api/sessions/:id/report': { path: (c) => `/api/sessions/${c.victim.id}/report` },
  'GET /api/sessions/:id/report.md': { path: (c) => `/api/sessions/${c.victim.id}/report.md` },
  'GET /api/sessions/:id/report.html': { path: (c) => `/api/sessions/${c.victim.id}/report.html` },
  'GET /api/sessions/:id/report.pdf': { path: (c) => `/api/sessions/${c.victim.id}/report.pdf` },
  'GET /api/sessions/:id/report.docx': { path: (c) => `/api/sessions/${c.victim.id}/report.docx` },
  'GET /api/sessions/:id/report.zip': { path: (c) => `/api/sessions/${c.victim.id}/report.zip` },
  'GET /api/sessions/:id/report/text': { path: (c) => `/api/sessions/${c.victim.id}/report/text` },
  'PUT /api/sessions/:id/report/text': { path: (c) => `/api/sessions/${c.victim.id}/report/text`, body: () => ({ texts: { summary: 'Overwritten', sections: [] }, revision: 0 }) },
  'GET /api/erasures': { path: () => '/api/erasures' },
  'GET /api/host/me': { path: () => '/api/host/me' },
  'GET /api/organisers': { path: () => '/api/organisers' },
  'POST /api/organisers': { path: () => '/api/organisers', body: (c) => ({ label: 'Self-granted', sessionIds: [c.victim.id] }) },
  'DELETE /api/organisers/:organiserId': { path: (c) => `/api/organisers/${c.throwawayOrganiser}` },
  'PUT /api/sessions/:id/follow-up': { path: (c) => `/api/sessions/${c.victim.id}/follow-up`, body: () => ({ followUp: { kind: 'webinar', title: 'What next', details: 'One hour, online', startsAt: null, publicLink: 'https://example.org/next' } }) },
  'GET /api/sessions/:id/follow-up/signups': { path: (c) => `/api/sessions/${c.victim.id}/follow-up/signups` },
  'GET /api/sessions/:id/follow-up/signups.csv': { path: (c) => `/api/sessions/${c.victim.id}/follow-up/signups.csv` },
  'GET /api/sessions/:id/pack/poster.pdf': { path: (c) => `/api/sessions/${c.victim.id}/pack/poster.pdf` },
  'GET /api/sessions/:id/pack/guidelines.pdf': { path: (c) => `/api/sessions/${c.victim.id}/pack/guidelines.pdf` },
  'GET /api/sessions/:id/pack/invite.ics': { path: (c) => `/api/sessions/${c.victim.id}/pack/invite.ics?start=2026-12-10T14:00:00Z` },
  'GET /api/sessions/:id/polls/:pollId/results.csv': { path: (c) => `/api/sessions/${c.victim.id}/polls/${c.victimPoll}/results.csv` },
  'GET /api/sessions/:id/polls/:pollId/results.svg': { path: (c) => `/api/sessions/${c.victim.id}/polls/${c.victimPoll}/results.svg` },
  'GET /api/sessions/:id/polls/:pollId/results.png': { path: (c) => `/api/sessions/${c.victim.id}/polls/${c.victimPoll}/results.png` },
  'GET /api/sessions/:id/platform': { path: (c) => `/api/sessions/${c.victim.id}/platform` },
  'PUT /api/sessions/:id/platform': { path: (c) => `/api/sessions/${c.victim.id}/platform`, body: () => ({ settings: { platform: 'jitsi', jitsiUrl: 'https://meet.jit.si/organiser-walk' } }) },
  // Last: it deletes the victim.
  'DELETE /api/sessions/:id': { path: (c) => `/api/sessions/${c.victim.id}`, body: (c) => ({ confirm: c.victim.joinCode }) },
};

interface OrganiserCreated {
  organiser: { id: string; label: string; sessionIds: string[] };
  link: string;
}

let server: InProcessServer;

beforeAll(async () => {
  // LIMIT-4 off for the walk (many refusals from one address); its own test turns it on.
  server = await startInProcessServer({ HOST_TOKEN_FAILURES_PER_IP: '0' });
});
afterAll(async () => {
  await server.close();
});

async function call(token: string | null, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${server.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

async function grant(label: string, sessionIds: string[], token = TEST_HOST_TOKEN): Promise<{ token: string; id: string }> {
  const response = await call(token, 'POST', '/api/organisers', { label, sessionIds });
  expect(response.status, await response.clone().text()).toBe(201);
  const created = (await response.json()) as OrganiserCreated;
  const organiserToken = /#organiser=(.+)$/.exec(created.link)?.[1];
  if (!organiserToken) throw new Error(`no token in ${created.link}`);
  expect(created.organiser.id).toBe(hashToken(organiserToken));
  return { token: organiserToken, id: created.organiser.id };
}

/** Everything the store holds of a session and of the organisers, for "nothing changed". */
async function snapshot(sessionId: string): Promise<string> {
  const { store } = server;
  const stored = await store.loadSession(sessionId);
  return JSON.stringify({
    events: stored?.events.length ?? null,
    commands: stored?.commands.length ?? null,
    invites: await store.listInvites(sessionId),
    audit: (await store.listAudit(sessionId, 1000)).length,
    report: await store.reportTexts(sessionId),
    sessions: await store.listSessions(),
    organisers: (await store.listOrganisers()).map((o) => ({ ...o, lastSeenAt: null })),
    erasures: await store.listErasures(1000),
  });
}

const keyOf = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

describe('organisers on one deployment', () => {
  it('ORG-3: every host route of the route table refuses another organiser and changes nothing, and does its work for the right one', async () => {
    const routes = server.app.routeTable.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS');
    // Fastify's HEAD twins run the GET route's hooks: each must have its GET.
    for (const head of server.app.routeTable.filter((r) => r.method === 'HEAD')) expect(routes.some((r) => r.method === 'GET' && r.url === head.url), keyOf(head)).toBe(true);
    const hostRoutes = routes.filter((r) => !isWebRoute(r.url) && !Object.hasOwn(PUBLIC_ROUTES, keyOf(r)));
    const missing = hostRoutes.map(keyOf).filter((key) => !Object.hasOwn(SAMPLES, key));
    expect(missing, 'host routes without a sample in this test: add one').toEqual([]);
    const stale = Object.keys(SAMPLES).filter((key) => !hostRoutes.some((r) => keyOf(r) === key));
    expect(stale, 'samples of routes that no longer exist').toEqual([]);
    expect(hostRoutes.length).toBeGreaterThanOrEqual(25);

    const victim = await createSession(server.baseUrl, { plan: PLAN });
    const other = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Other session' } });
    const owner = await grant('Room A organisers', [victim.id]);
    const intruder = await grant('Room B organisers', [other.id]);
    const throwaway = await grant('Throwaway', [victim.id]);
    const invite = await createInvite(server.baseUrl, victim.id, { role: 'projector', label: 'Hall screen' });
    const victimRoom = await server.app.rooms.get(victim.id);
    const victimPoll = victimRoom?.state.pollOrder[0];
    if (!victimPoll) throw new Error('the victim session has no prepared poll');
    const context: Context = { victim, victimInvite: invite.id, throwawayOrganiser: throwaway.id, victimPoll };
    const ordered = [...hostRoutes].sort((a, b) => Number(keyOf(a) === 'DELETE /api/sessions/:id') - Number(keyOf(b) === 'DELETE /api/sessions/:id'));

    // Another organiser: each route refuses (403), or, for the routes organisers use without a
    // session in the URL, keeps to the intruder's own sessions; the victim is untouched.
    for (const route of ordered) {
      const key = keyOf(route);
      const sample = SAMPLES[key];
      if (!sample) throw new Error(key);
      const before = await snapshot(victim.id);
      const response = await call(intruder.token, route.method, sample.path(context), sample.body?.(context));
      const text = await response.text();
      if (route.organisers === 'own') {
        expect(response.status, `${key}: ${text}`).toBeLessThan(300);
        expect(text, key).not.toContain(victim.id);
        if (key === 'POST /api/sessions') {
          // ORG-4: a session an organiser creates joins their set, nobody else's.
          const made = JSON.parse(text) as { id: string };
          expect((await server.store.organiserOf(intruder.id))?.sessionIds).toEqual([other.id, made.id]);
          expect((await server.store.organiserOf(owner.id))?.sessionIds).toEqual([victim.id]);
          continue;
        }
      } else {
        expect(response.status, `${key}: ${text}`).toBe(403);
        const reason = (JSON.parse(text) as { error: { reason: string } }).error.reason;
        expect(reason, key).toBe(route.url.includes(':id') ? 'organiser.notYourSession' : 'organiser.adminOnly');
      }
      expect(await snapshot(victim.id), `${key} changed something`).toBe(before);
    }

    // The right organiser: every route of their session does its work; the admin's routes
    // stay the admin's (403), and the admin does them.
    const seen: string[] = [];
    for (const route of ordered) {
      const key = keyOf(route);
      const sample = SAMPLES[key];
      if (!sample) throw new Error(key);
      const adminOnly = route.organisers !== 'own' && !route.url.includes(':id');
      const response = await call(owner.token, route.method, sample.path(context), sample.body?.(context));
      const text = await response.text();
      if (adminOnly) {
        expect(response.status, `${key}: ${text}`).toBe(403);
        const byAdmin = await call(TEST_HOST_TOKEN, route.method, sample.path(context), sample.body?.(context));
        expect(byAdmin.status, `${key} as the admin: ${await byAdmin.clone().text()}`).toBeLessThan(300);
      } else if (text.includes('"report.fontsMissing"')) {
        // A machine without the PDF's fonts answers so only once the organiser was let through.
        expect(response.status, key).toBe(500);
      } else {
        expect(response.status, `${key}: ${text}`).toBeLessThan(300);
      }
      seen.push(key);
    }
    expect(seen).toHaveLength(hostRoutes.length);
    // What the owner did is theirs: the plan was renamed, the invite revoked, the session deleted last.
    expect(await server.store.loadSession(victim.id)).toBeNull();
    expect((await server.store.organiserOf(throwaway.id))?.revokedAt).toBeTypeOf('number');
  });

  it('ORG-3: an organiser sees only their sessions in the list and in /api/host/me; the admin sees all', async () => {
    const a = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'List A' } });
    const b = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'List B' } });
    const organiser = await grant('List organiser', [a.id]);
    const listed = (await (await call(organiser.token, 'GET', '/api/sessions')).json()) as { sessions: { id: string }[] };
    expect(listed.sessions.map((s) => s.id)).toEqual([a.id]);
    const all = (await (await call(TEST_HOST_TOKEN, 'GET', '/api/sessions')).json()) as { sessions: { id: string }[] };
    expect(all.sessions.map((s) => s.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await (await call(organiser.token, 'GET', '/api/host/me')).json()).toEqual({ kind: 'organiser', label: 'List organiser', sessionIds: [a.id] });
    expect(await (await call(TEST_HOST_TOKEN, 'GET', '/api/host/me')).json()).toEqual({ kind: 'admin' });
  });

  it('ORG-1, ORG-5, ORG-6: the admin makes, lists and revokes organiser access; tokens are stored as hashes; each change is in the sessions\' audit logs', async () => {
    const a = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Audit A' } });
    const b = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Audit B' } });
    const bad = await call(TEST_HOST_TOKEN, 'POST', '/api/organisers', { label: 'Nobody', sessionIds: ['no-such-session'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { reason: string } }).error.reason).toBe('organiser.unknownSession');
    const empty = await call(TEST_HOST_TOKEN, 'POST', '/api/organisers', { label: 'Nobody', sessionIds: [] });
    expect(empty.status).toBe(400);
    const organiser = await grant('Two rooms', [a.id, b.id]);
    // Only the hash is stored: no column of the organisers' rows holds the token.
    const stored = await server.store.organiserOf(organiser.id);
    expect(JSON.stringify(stored)).not.toContain(organiser.token);
    const list = (await (await call(TEST_HOST_TOKEN, 'GET', '/api/organisers')).json()) as { organisers: { id: string; label: string; sessions: { id: string; title: string }[]; revokedAt: number | null }[] };
    expect(JSON.stringify(list)).not.toContain(organiser.token);
    expect(list.organisers.find((o) => o.id === organiser.id)).toMatchObject({ label: 'Two rooms', revokedAt: null, sessions: [{ id: a.id, title: 'Audit A' }, { id: b.id, title: 'Audit B' }] });
    for (const session of [a, b]) {
      const actions = (await server.store.listAudit(session.id, 50)).map((e) => `${e.role}|${e.label}|${e.action}|${e.summary}`);
      expect(actions).toContain(`host|null|organiser.granted|organiser=${organiser.id.slice(0, 12)}`);
    }
    // An organiser's own changes are audited with their label.
    expect((await call(organiser.token, 'PUT', `/api/sessions/${a.id}/plan`, { plan: { ...PLAN, title: 'Audit A, renamed' } })).status).toBe(200);
    expect((await server.store.listAudit(a.id, 50)).some((e) => e.role === 'host' && e.label === 'Two rooms' && e.action === 'plan.update')).toBe(true);
    expect((await call(TEST_HOST_TOKEN, 'DELETE', `/api/organisers/${organiser.id}`)).status).toBe(200);
    for (const session of [a, b]) {
      expect((await server.store.listAudit(session.id, 50)).some((e) => e.action === 'organiser.revoked' && e.summary === `organiser=${organiser.id.slice(0, 12)}`)).toBe(true);
    }
    expect((await call(TEST_HOST_TOKEN, 'DELETE', `/api/organisers/${organiser.id}`)).status).toBe(404);
  });

  it('ORG-7: a revoked organiser is refused at once, over HTTP and on the socket, and their open sockets are cut', async () => {
    const a = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Revoke A' } });
    const b = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Revoke B' } });
    const organiser = await grant('Soon gone', [a.id, b.id]);
    // A socket as host of each session, and one refused for a session not theirs.
    const sockets = await Promise.all([a.id, b.id].map(async (sessionId) => {
      const conn = await rawSocket(server.baseUrl);
      conn.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: organiser.token, sessionId, lastSeq: 0 }));
      await eventually(() => conn.messages.some((m) => (m as { type: string }).type === 'welcome'), 10_000, 'welcome');
      expect((conn.messages.find((m) => (m as { type: string }).type === 'welcome') as { role: string }).role).toBe('host');
      return conn;
    }));
    const stranger = await createSession(server.baseUrl, { plan: { ...PLAN, title: 'Not theirs' } });
    const refused = await rawSocket(server.baseUrl);
    refused.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: organiser.token, sessionId: stranger.id, lastSeq: 0 }));
    expect(await refused.closed).toBe(4401);

    const response = await call(TEST_HOST_TOKEN, 'DELETE', `/api/organisers/${organiser.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revoked: true, closed: 2 });
    for (const conn of sockets) {
      expect(await conn.closed).toBe(1006);
      expect(conn.messages.some((m) => (m as { type: string; reason?: string }).type === 'error' && (m as { reason: string }).reason === 'link.revoked')).toBe(true);
    }
    const http = await call(organiser.token, 'GET', `/api/sessions/${a.id}/plan`);
    expect(http.status).toBe(401);
    expect(((await http.json()) as { error: { reason: string } }).error.reason).toBe('organiser.revoked');
    expect((await call(organiser.token, 'GET', '/api/sessions')).status).toBe(401);
    expect((await call(organiser.token, 'GET', `/api/sessions/${a.id}/report`)).status).toBe(401);
    const again = await rawSocket(server.baseUrl);
    again.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: organiser.token, sessionId: a.id, lastSeq: 0 }));
    expect(await again.closed).toBe(4401);
    expect((await server.store.organiserOf(organiser.id))?.revokedAt).toBeTypeOf('number');
  });
});

describe('organiser tokens and LIMIT-4', () => {
  it('ORG-8, LIMIT-4: wrong and revoked organiser tokens count against the address as wrong host tokens do, and a blocked address is refused even with a good one', async () => {
    const limited = await startInProcessServer({ HOST_TOKEN_FAILURES_PER_IP: '3', HOST_TOKEN_FAILURE_WINDOW_SECONDS: '600' });
    try {
      const session = await createSession(limited.baseUrl, { plan: PLAN });
      const created = await fetch(`${limited.baseUrl}/api/organisers`, { method: 'POST', headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'Limited', sessionIds: [session.id] }) });
      const { link, organiser } = (await created.json()) as OrganiserCreated;
      const token = /#organiser=(.+)$/.exec(link)?.[1] ?? '';
      const asOrganiser = (t: string) => fetch(`${limited.baseUrl}/api/sessions/${session.id}/plan`, { headers: { authorization: `Bearer ${t}` } });
      expect((await asOrganiser(token)).status).toBe(200);
      expect((await fetch(`${limited.baseUrl}/api/organisers/${organiser.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).status).toBe(200);
      // A revoked token and two guessed ones: three wrong tokens.
      expect((await asOrganiser(token)).status).toBe(401);
      expect((await asOrganiser(`${token}x`)).status).toBe(401);
      expect((await asOrganiser('guessed-organiser-token-000000000')).status).toBe(401);
      // The fourth is refused before the token is looked at, the admin's too.
      const blocked = await fetch(`${limited.baseUrl}/api/sessions`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
      expect(blocked.status).toBe(429);
      expect(((await blocked.json()) as { error: { reason: string } }).error.reason).toBe('host.tooManyAttempts');
    } finally {
      await limited.close();
    }
  });
});
