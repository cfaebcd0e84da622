import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRefusalReason, REFUSALS } from '../../src/core/refusals.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import { createPostgresDatabase, createReadOnlyRole, type PostgresDatabase } from './postgresDatabase.ts';
import { startInProcessServer, tempDir, TEST_HOST_TOKEN, type InProcessServer } from '../support/testServer.ts';

/**
 * Operations: readiness proves a write commits (OPS-1), and every 4xx and 5xx of every route
 * has the one error shape without the server's internal text (OPS-2). The failing store is
 * real: PostgreSQL with a role that may read but not write.
 */

interface ErrorBody {
  error: { code: string; reason: string; params: Record<string, unknown>; message: string; issues?: unknown };
}

/** The one shape, and nothing else in the body. */
async function expectOneShape(response: Response, status: number, reason: string): Promise<ErrorBody> {
  expect(response.status, reason).toBe(status);
  expect(response.headers.get('content-type'), reason).toMatch(/^application\/json/);
  const text = await response.text();
  const body = JSON.parse(text) as ErrorBody;
  expect(Object.keys(body), text).toEqual(['error']);
  expect(Object.keys(body.error).sort(), text).toEqual(['code', 'message', 'params', 'reason'].concat(body.error.issues === undefined ? [] : ['issues']).sort());
  expect(body.error.reason, text).toBe(reason);
  expect(isRefusalReason(body.error.reason) && REFUSALS[body.error.reason].code, text).toBe(body.error.code);
  return body;
}

/** A built web app, as `npm run build` leaves it: the server then registers the static plugin too. */
function builtWebRoot(): { path: string; remove: () => void } {
  const web = tempDir();
  writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>web</title>');
  mkdirSync(join(web.path, 'assets'));
  return web;
}

const host = { authorization: `Bearer ${TEST_HOST_TOKEN}` };

describe('OPS-2: every error answer has the one shape, with no internal text', () => {
  let server: InProcessServer;
  let web: { path: string; remove: () => void };

  beforeAll(async () => {
    web = builtWebRoot();
    server = await startInProcessServer({ OPENFLOOR_WEB_ROOT: web.path });
  });
  afterAll(async () => {
    await server.close();
    web.remove();
  });

  it('OPS-2: 400 (bad JSON), 413 (body too large), 415 (unsupported type) and 404 share the shape', async () => {
    const url = `${server.baseUrl}/api/sessions`;
    await expectOneShape(await fetch(url, { method: 'POST', headers: { ...host, 'content-type': 'application/json' }, body: '{"template": ' }), 400, 'request.rejected');
    await expectOneShape(await fetch(url, { method: 'POST', headers: { ...host, 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(300 * 1024) }) }), 413, 'request.tooLarge');
    await expectOneShape(await fetch(url, { method: 'POST', headers: { ...host, 'content-type': 'application/xml' }, body: '<plan/>' }), 415, 'request.rejected');
    await expectOneShape(await fetch(`${server.baseUrl}/api/nope`), 404, 'route.notFound');
    await expectOneShape(await fetch(`${server.baseUrl}/no/such/page`), 404, 'route.notFound');
    await expectOneShape(await fetch(`${server.baseUrl}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[' }), 400, 'request.rejected');
  });
});

describe('OPS-1, OPS-2: a store that reads but cannot write (PostgreSQL role without write rights)', () => {
  let database: PostgresDatabase;
  let reader: { url: string; drop(): Promise<void> };
  let server: InProcessServer;
  let web: { path: string; remove: () => void };

  beforeAll(async () => {
    database = await createPostgresDatabase();
    // The owner migrates; the server then runs as a role that may only read.
    await (await openStore({ kind: 'postgres', url: database.url })).close();
    reader = await createReadOnlyRole(database);
    web = builtWebRoot();
    // The driver's errors are expected here; the log would only repeat them.
    server = await startInProcessServer({ DATABASE_URL: reader.url, OPENFLOOR_WEB_ROOT: web.path, LOG_LEVEL: 'fatal' });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
    await reader?.drop();
    web?.remove();
  });

  it('OPS-1: /healthz (liveness) stays 200 while /readyz answers 503 server.notReady', async () => {
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${server.baseUrl}/readyz`);
    const body = await expectOneShape(ready, 503, 'server.notReady');
    expect(JSON.stringify(body)).not.toMatch(/permission|denied|settings|sql/i);
  });

  it('OPS-2: a route whose write fails answers 500 server.internal, not the driver\'s message', async () => {
    const response = await fetch(`${server.baseUrl}/api/sessions`, { method: 'POST', headers: { ...host, 'content-type': 'application/json' }, body: JSON.stringify({ template: 'child-online-safety-round-table' }) });
    const body = await expectOneShape(response, 500, 'server.internal');
    expect(JSON.stringify(body)).not.toMatch(/permission|denied|sessions|sql|statusCode/i);
  });
});

describe('OPS-1: readiness on a store that writes', () => {
  it('OPS-1: /readyz commits its probe row and answers 200', async () => {
    const server = await startInProcessServer();
    try {
      const before = await server.store.getSetting('readiness_probe');
      const response = await fetch(`${server.baseUrl}/readyz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ready' });
      expect(before).toBeNull();
      expect(await server.store.getSetting('readiness_probe')).toMatch(/^\d+$/);
    } finally {
      await server.close();
    }
  });
});
