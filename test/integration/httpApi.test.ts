import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_NAMES } from '../../src/core/templates.ts';
import { createSession, startInProcessServer, tempDir, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';
import { isRefusalReason, REFUSALS } from '../../src/core/refusals.ts';

/** The HTTP API: health, creating sessions (SESS-4), joining by code (SESS-3), error shapes and security headers. */

interface ApiErrorBody {
  error: { code: string; reason: unknown; params: unknown; message: string; issues?: { path: string; message: string }[] };
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const BASE64URL_TOKEN = /^[A-Za-z0-9_-]{43,}$/;

const CUSTOM_PLAN = {
  title: 'Digital Public Goods',
  subtitle: 'Workshop on open infrastructure',
  format: 'workshop',
  durationMinutes: 45,
  youthMode: false,
  agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }],
  polls: [{ question: 'Who should fund open infrastructure?', options: ['Governments', 'Companies', 'Foundations'] }],
};

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function createWith(baseUrl: string, body: unknown, authorization: string | null = `Bearer ${TEST_HOST_TOKEN}`): Promise<Response> {
  return postJson(`${baseUrl}/api/sessions`, body, authorization === null ? {} : { authorization });
}

async function expectApiError(response: Response, status: number, code: string): Promise<ApiErrorBody> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as ApiErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  // PROTO-8: every error body names a known reason with its params, and its code is the reason's.
  expect(isRefusalReason(body.error.reason) ? REFUSALS[body.error.reason].code : `unknown reason ${String(body.error.reason)}`).toBe(code);
  expect(typeof body.error.params).toBe('object');
  return body;
}

function expectSecurityHeaders(response: Response, what: string): void {
  const csp = response.headers.get('content-security-policy');
  expect(csp, `${what}: content-security-policy`).toBeTruthy();
  expect(csp, what).not.toContain('unsafe-inline');
  expect(csp, what).not.toContain('unsafe-eval');
  expect(csp, what).toContain("default-src 'self'");
  expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
}

describe('HTTP API', () => {
  let server: InProcessServer;
  let dir: { path: string; remove: () => void };
  let dbPath: string;
  let session: CreatedSessionResponse;

  beforeAll(async () => {
    dir = tempDir();
    dbPath = join(dir.path, 'api.db');
    server = await startInProcessServer({ DATABASE_URL: dbPath });
    session = await createSession(server.baseUrl, { plan: CUSTOM_PLAN });
  });

  afterAll(async () => {
    await server.close();
    dir.remove();
  });

  it('GET /healthz answers 200 with a JSON status of ok and a reachable database', async () => {
    const response = await fetch(`${server.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  describe('SESS-4: POST /api/sessions needs the host token', () => {
    it('SESS-4: without an Authorization header the answer is 401 unauthorised', async () => {
      await expectApiError(await createWith(server.baseUrl, { plan: CUSTOM_PLAN }, null), 401, 'unauthorised');
    });

    it('SESS-4: a wrong or malformed Bearer token is 401 unauthorised', async () => {
      for (const authorization of [`Bearer ${TEST_HOST_TOKEN}x`, 'Bearer wrong-token-0123456789abcdef', `Basic ${TEST_HOST_TOKEN}`, TEST_HOST_TOKEN, 'Bearer ']) {
        const response = await createWith(server.baseUrl, { plan: CUSTOM_PLAN }, authorization);
        expect(response.status, authorization).toBe(401);
        expect(((await response.json()) as ApiErrorBody).error.code, authorization).toBe('unauthorised');
      }
    });

    it('SESS-4: an unauthorised request creates nothing, even with a valid plan', async () => {
      const before = (await server.store.listSessions()).length;
      await createWith(server.baseUrl, { plan: { ...CUSTOM_PLAN, title: 'Sneaky' } }, 'Bearer nope-nope-nope-nope-nope-nope');
      const after = await server.store.listSessions();
      expect(after.length).toBe(before);
      expect(after.some((s) => s.title === 'Sneaky')).toBe(false);
    });
  });

  describe('SESS-1: plans and templates', () => {
    it('SESS-1: an unknown template is 404 not_found', async () => {
      await expectApiError(await createWith(server.baseUrl, { template: 'no-such-template' }), 404, 'not_found');
    });

    it('SESS-1: a known template creates a session', async () => {
      const name = TEMPLATE_NAMES[0];
      if (!name) throw new Error('no templates');
      const response = await createWith(server.baseUrl, { template: name });
      expect(response.status).toBe(201);
      expect(((await response.json()) as CreatedSessionResponse).joinCode).toMatch(/^\d{9}$/);
    });

    const invalidPlans: { name: string; plan: unknown; path: string }[] = [
      { name: 'a poll with one option', plan: { title: 'T', polls: [{ question: 'Q?', options: ['Only'] }] }, path: 'plan.polls.0.options' },
      { name: 'duplicate options', plan: { title: 'T', polls: [{ question: 'Q?', options: ['Same', 'same'] }] }, path: 'plan.polls.0.options' },
      { name: 'a missing title', plan: { polls: [] }, path: 'plan.title' },
      { name: 'a blank title', plan: { title: '   ' }, path: 'plan.title' },
      { name: 'an unknown field', plan: { title: 'T', colour: 'red' }, path: 'plan' },
      { name: 'a bad agenda kind', plan: { title: 'T', agenda: [{ title: 'A', plannedMinutes: 5, kind: 'party' }] }, path: 'plan.agenda.0.kind' },
    ];
    for (const { name, plan, path } of invalidPlans) {
      it(`SESS-1: a plan with ${name} is 400 invalid_input naming ${path}`, async () => {
        const body = await expectApiError(await createWith(server.baseUrl, { plan }), 400, 'invalid_input');
        expect(body.error.issues?.map((i) => i.path)).toContain(path);
      });
    }

    it('SESS-1: a body that is neither a template nor a plan is 400 invalid_input', async () => {
      await expectApiError(await createWith(server.baseUrl, { template: 'x', plan: CUSTOM_PLAN }), 400, 'invalid_input');
      await expectApiError(await createWith(server.baseUrl, { title: 'no wrapper' }), 400, 'invalid_input');
    });

    it('SESS-1, SESS-3: a valid custom plan is 201 with a nine-digit code and three links', async () => {
      const response = await createWith(server.baseUrl, { plan: { ...CUSTOM_PLAN, title: 'Links session' } });
      expect(response.status).toBe(201);
      const created = (await response.json()) as CreatedSessionResponse;
      expect(created.title).toBe('Links session');
      expect(created.joinCode).toMatch(/^\d{9}$/);
      expect(created.links.participant).toBe(`${server.baseUrl}/j/${created.joinCode}`);
      expect(created.links.moderator).toMatch(new RegExp(`^${server.baseUrl}/moderator#[A-Za-z0-9_-]{43,}$`));
      expect(created.links.projector).toMatch(new RegExp(`^${server.baseUrl}/projector#[A-Za-z0-9_-]{43,}$`));
      expect(tokenOf(created.links.moderator)).not.toBe(tokenOf(created.links.projector));
      // Two sessions never share a code or a token.
      expect(created.joinCode).not.toBe(session.joinCode);
      expect(tokenOf(created.links.moderator)).not.toBe(tokenOf(session.links.moderator));
    });
  });

  it('PRIV-4: the database holds role and participant tokens only as SHA-256 hashes, and no IP address', async () => {
    const joined = await postJson(`${server.baseUrl}/api/join`, { code: session.joinCode, channel: 'online' });
    expect(joined.status).toBe(201);
    const { participantToken } = (await joined.json()) as { participantToken: string };
    const tokens = { moderator: tokenOf(session.links.moderator), projector: tokenOf(session.links.projector), participant: participantToken };
    for (const token of Object.values(tokens)) expect(token).toMatch(BASE64URL_TOKEN);

    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const hashes = (db.prepare('select token_hash from tokens').all() as { token_hash: string }[]).map((r) => r.token_hash);
      expect(hashes.length).toBeGreaterThanOrEqual(3);
      for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
      for (const token of Object.values(tokens)) expect(hashes).toContain(sha256(token));

      // No column of any table holds a token in clear.
      const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name);
      const dump = tables.map((table) => JSON.stringify(db.prepare(`select * from "${table}"`).all())).join('\n');
      for (const token of [...Object.values(tokens), TEST_HOST_TOKEN]) expect(dump).not.toContain(token);
      expect(dump).not.toContain('127.0.0.1');
    } finally {
      db.close();
    }
    // Nor do the bytes of the files, WAL included.
    const files = [dbPath, `${dbPath}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f).toString('latin1'));
    expect(files.length).toBeGreaterThan(0);
    for (const content of files) {
      for (const token of [...Object.values(tokens), TEST_HOST_TOKEN]) expect(content).not.toContain(token);
    }
  });

  describe('SESS-3: joining by code', () => {
    it('SESS-3: GET /api/join/CODE previews the session, with or without spaces and dashes', async () => {
      const code = session.joinCode;
      for (const form of [code, `${code.slice(0, 3)} ${code.slice(3)}`, `${code.slice(0, 3)}-${code.slice(3)}`]) {
        const response = await fetch(`${server.baseUrl}/api/join/${encodeURIComponent(form)}`);
        expect(response.status, form).toBe(200);
        expect(await response.json(), form).toMatchObject({ sessionId: session.id, title: CUSTOM_PLAN.title, subtitle: CUSTOM_PLAN.subtitle, youthMode: false });
      }
    });

    it('SESS-3: an unknown or malformed code is 404 not_found', async () => {
      const taken = new Set((await server.store.listSessions()).map((s) => s.joinCode));
      let unknown = session.joinCode;
      for (let n = Number(unknown); taken.has(unknown); n++) unknown = String((n + 1) % 1_000_000_000).padStart(9, '0');
      await expectApiError(await fetch(`${server.baseUrl}/api/join/${unknown}`), 404, 'not_found');
      await expectApiError(await fetch(`${server.baseUrl}/api/join/12345`), 404, 'not_found');
      await expectApiError(await fetch(`${server.baseUrl}/api/join/abcdef`), 404, 'not_found');
    });

    it('SESS-3: POST /api/join with channel onsite is 201 with a participant token, stored with its channel', async () => {
      const response = await postJson(`${server.baseUrl}/api/join`, { code: `${session.joinCode.slice(0, 3)} ${session.joinCode.slice(3)}`, channel: 'onsite' });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { sessionId: string; title: string; participantToken: string };
      expect(body).toMatchObject({ sessionId: session.id, title: CUSTOM_PLAN.title });
      expect(body.participantToken).toMatch(BASE64URL_TOKEN);
      expect(await server.store.grantOf(sha256(body.participantToken))).toMatchObject({ sessionId: session.id, role: 'participant', channel: 'onsite' });
    });

    it('SESS-3: POST /api/join to an unknown code is 404 not_found', async () => {
      await expectApiError(await postJson(`${server.baseUrl}/api/join`, { code: '12345', channel: null }), 404, 'not_found');
    });

    it('POST /api/join with a bad body is 400', async () => {
      for (const body of [{}, { code: session.joinCode, channel: 'moon' }, { code: 123456 }, { code: session.joinCode, channel: 'onsite', admin: true }, { code: '' }]) {
        await expectApiError(await postJson(`${server.baseUrl}/api/join`, body), 400, 'invalid_input');
      }
      const malformed = await fetch(`${server.baseUrl}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"code": ' });
      expect(malformed.status).toBe(400);
    });
  });

  it('unknown /api paths are 404 JSON with error.code not_found', async () => {
    await expectApiError(await fetch(`${server.baseUrl}/api/nope`), 404, 'not_found');
    await expectApiError(await fetch(`${server.baseUrl}/api/sessions/does-not-exist/links`), 404, 'not_found');
    await expectApiError(await postJson(`${server.baseUrl}/api/nope`, {}), 404, 'not_found');
  });

  it('the built web app is served at its client-side routes, with the security headers; /api stays JSON', async () => {
    const web = tempDir();
    const marker = 'openfloor-test-web-root';
    writeFileSync(join(web.path, 'index.html'), `<!doctype html><title>${marker}</title><script type="module" src="/assets/app-abc123.js"></script>`);
    mkdirSync(join(web.path, 'assets'));
    writeFileSync(join(web.path, 'assets', 'app-abc123.js'), 'export {};');
    const withWeb = await startInProcessServer({ OPENFLOOR_WEB_ROOT: web.path });
    try {
      const paths = ['/j/123456', '/moderator', '/projector', '/'];
      const responses = await Promise.all(paths.map((path) => fetch(`${withWeb.baseUrl}${path}`)));
      // All at once, so that a failure names every route that is not served.
      expect(Object.fromEntries(paths.map((path, i) => [path, responses[i]?.status]))).toEqual(Object.fromEntries(paths.map((path) => [path, 200])));
      for (const [i, response] of responses.entries()) {
        const what = `GET ${paths[i]}`;
        expect(response.headers.get('content-type'), what).toMatch(/^text\/html/);
        expect(await response.text(), what).toContain(marker);
        expectSecurityHeaders(response, what);
      }
      const asset = await fetch(`${withWeb.baseUrl}/assets/app-abc123.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expectSecurityHeaders(asset, 'GET /assets/app-abc123.js');
      await asset.arrayBuffer();
      await expectApiError(await fetch(`${withWeb.baseUrl}/api/nope`), 404, 'not_found');
    } finally {
      await withWeb.close();
      web.remove();
    }
  });

  it('every response carries the security headers: CSP without unsafe-inline, no referrer, nosniff', async () => {
    const responses: [string, Response][] = [
      ['GET /healthz', await fetch(`${server.baseUrl}/healthz`)],
      ['GET /api/templates', await fetch(`${server.baseUrl}/api/templates`)],
      ['GET /api/nope (404)', await fetch(`${server.baseUrl}/api/nope`)],
      ['GET /api/join/CODE', await fetch(`${server.baseUrl}/api/join/${session.joinCode}`)],
      ['POST /api/sessions (401)', await createWith(server.baseUrl, { plan: CUSTOM_PLAN }, null)],
      ['POST /api/sessions (400)', await createWith(server.baseUrl, { plan: { title: '' } })],
      ['POST /api/join (400)', await postJson(`${server.baseUrl}/api/join`, {})],
    ];
    for (const [what, response] of responses) {
      expectSecurityHeaders(response, what);
      await response.arrayBuffer();
    }
  });
});
