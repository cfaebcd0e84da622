import { afterEach, describe, expect, it } from 'vitest';
import { sessionHash } from '../../src/server/retention/sessionErasure.ts';
import { dumpAllTables, hostCall, rowsLeft, startRetentionServer, stringsOnDisk, type RetentionServer } from '../support/erasureChecks.ts';
import { playScriptedSession, type ScriptedSession } from '../support/scriptedSession.ts';
import { joinSession } from '../../src/client/joinApi.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { connectClient, eventually, rawSocket, tokenOf } from '../support/testServer.ts';
import { createPostgresDatabase, type PostgresDatabase } from './postgresDatabase.ts';

/** RETAIN-4, RETAIN-5: the host deletes a session now, through `DELETE /api/sessions/:id`. */

let server: RetentionServer | null = null;
let played: ScriptedSession | null = null;
let database: PostgresDatabase | null = null;

afterEach(async () => {
  played?.close();
  played = null;
  await server?.close();
  server = null;
  await database?.drop();
  database = null;
});

const NO_ROWS = { events: 0, command_receipts: 0, votes: 0, question_upvotes: 0, questions: 0, participants: 0, tokens: 0, audit: 0, follow_up_signups: 0 };

for (const kind of ['PostgreSQL', 'SQLite'] as const) {
  describe(`RETAIN-4: delete now (${kind})`, () => {
    it('confirmed with the join code, it deletes every row, closes every connection with 4410, leaves one erasure line and cannot be undone', async () => {
      if (kind === 'PostgreSQL') database = await createPostgresDatabase();
      server = await startRetentionServer({}, database?.url);
      played = await playScriptedSession(server.baseUrl);
      const { session, secrets, moderator, participants } = played;
      const strings = [...Object.values(secrets), session.id];
      const dumpBefore = await dumpAllTables(server.store);
      // The test can fail: every string is in a row, but the question's first text (edited) and the rejected one (QA-5).
      expect(strings.filter((s) => !dumpBefore.includes(s))).toEqual([secrets.question, secrets.rejected]);

      // Not without the host token, not without typing the join code again, not with another code.
      const path = `/api/sessions/${session.id}`;
      const anonymous = await fetch(`${server.baseUrl}${path}`, { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ confirm: session.joinCode }) });
      expect(anonymous.status).toBe(401);
      const unconfirmed = await hostCall(server.baseUrl, 'DELETE', path);
      expect(unconfirmed.status).toBe(400);
      expect(unconfirmed.body.error).toMatchObject({ code: 'invalid_input', reason: 'session.deleteNotConfirmed', issues: [{ path: 'confirm' }] });
      const wrong = await hostCall(server.baseUrl, 'DELETE', path, { confirm: '000 000 000' });
      expect(wrong.body.error).toMatchObject({ reason: 'session.deleteNotConfirmed' });
      expect(await rowsLeft(server.store, session.id)).not.toEqual(NO_ROWS);

      // A bare socket, to see the close code itself.
      const joined = await joinSession(server.baseUrl, session.joinCode, 'online');
      const raw = await rawSocket(server.baseUrl);
      raw.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: joined.participantToken, lastSeq: 0 }));
      await eventually(() => raw.messages.some((m) => (m as { type?: string }).type === 'welcome'), 10_000, 'welcome');

      // Typed as shown on the projector, in groups of three.
      const deleted = await hostCall(server.baseUrl, 'DELETE', path, { confirm: session.joinCode.replace(/(\d{3})(?=\d)/g, '$1 ') });
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual({ deleted: { sessionId: session.id, at: expect.any(Number) } });

      expect(await raw.closed).toBe(4410);
      expect(raw.messages.at(-1)).toMatchObject({ type: 'error', id: null, reason: 'session.deleted' });
      for (const client of [moderator, ...participants]) {
        await client.waitFor((_s, status) => status === 'refused');
        expect(client.refusal).toMatchObject({ code: 'not_found', reason: 'session.deleted', message: 'This session was deleted' });
      }
      expect(await rowsLeft(server.store, session.id)).toEqual(NO_ROWS);
      expect((await server.store.listSessions()).map((s) => s.id)).not.toContain(session.id);
      const dump = await dumpAllTables(server.store);
      for (const s of strings) expect(dump, s).not.toContain(s);
      if (server.sqlitePath) expect(stringsOnDisk(server.sqlitePath, strings)).toEqual([]);

      // RETAIN-5: the erasure line survives the session, with no content.
      const erasures = await hostCall(server.baseUrl, 'GET', '/api/erasures');
      const lines = erasures.body.erasures as { sessionHash: string; by: string; action: string; rows: number; at: number }[];
      expect(lines).toEqual([{ id: expect.any(String), sessionHash: sessionHash(session.id), at: expect.any(Number), by: 'host', action: 'session.deleted', rows: expect.any(Number) }]);
      expect(lines[0]?.rows).toBeGreaterThan(10);

      // Irreversible: gone for every route and link.
      expect((await hostCall(server.baseUrl, 'DELETE', path, { confirm: session.joinCode })).status).toBe(404);
      expect((await hostCall(server.baseUrl, 'GET', `${path}/aggregates`)).status).toBe(404);
      expect((await hostCall(server.baseUrl, 'GET', `${path}/plan`)).status).toBe(404);
      const again = connectClient(server.baseUrl, tokenOf(session.links.moderator));
      await again.waitFor((_s, status) => status === 'refused');
      expect(again.refusal).toMatchObject({ reason: 'link.invalid' });
      again.close();
    });
  });
}

describe('RETAIN-3..RETAIN-5: the host routes', () => {
  it('need the host token', async () => {
    server = await startRetentionServer();
    const created = await hostCall(server.baseUrl, 'POST', '/api/sessions', { plan: { title: 'Kept' } });
    for (const [method, path] of [
      ['DELETE', `/api/sessions/${String(created.body.id)}`],
      ['GET', `/api/sessions/${String(created.body.id)}/aggregates`],
      ['GET', '/api/erasures'],
    ] as const) {
      const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' }, body: method === 'GET' ? null : JSON.stringify({ confirm: created.body.joinCode }) });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
    expect((await server.store.listSessions()).map((s) => s.id)).toEqual([created.body.id]);
  });
});

describe('RETAIN-4: delete an archived session', () => {
  it('what retention left (the aggregates) goes too, confirmed with the same join code', async () => {
    server = await startRetentionServer();
    const created = await hostCall(server.baseUrl, 'POST', '/api/sessions', { plan: { title: 'Archived, then deleted', retentionDays: 1 } });
    const id = created.body.id as string;
    server.advance(3 * 24 * 60 * 60_000);
    expect(await server.app.retention.runOnce()).toMatchObject({ archived: 1 });
    expect((await hostCall(server.baseUrl, 'GET', `/api/sessions/${id}/aggregates`)).status).toBe(200);
    const deleted = await hostCall(server.baseUrl, 'DELETE', `/api/sessions/${id}`, { confirm: created.body.joinCode });
    expect(deleted.status).toBe(200);
    expect((await hostCall(server.baseUrl, 'GET', `/api/sessions/${id}/aggregates`)).status).toBe(404);
    const erasures = (await hostCall(server.baseUrl, 'GET', '/api/erasures')).body.erasures as { action: string }[];
    expect(erasures.map((e) => e.action).sort()).toEqual(['session.archived', 'session.deleted']);
  });
});
