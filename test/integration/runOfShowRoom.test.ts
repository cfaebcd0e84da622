import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { DEMO_TEMPLATE } from '../../src/core/templates.ts';
import type { SessionPlan } from '../../src/core/plan.ts';
import { connectClient, createSession, eventually, joinAsParticipant, startInProcessServer, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/** The run of show and the host's plan routes over real HTTP and sockets, on SQLite. */

const auth = { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' };

interface ApiError {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

describe('run of show over the wire', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let projector: OpenFloorClient;
  let participant: OpenFloorClient;
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    server = await startInProcessServer();
    const template = await fetch(`${server.baseUrl}/api/templates/${DEMO_TEMPLATE}`, { headers: auth });
    const { plan } = (await template.json()) as { plan: SessionPlan };
    session = await createSession(server.baseUrl, { plan });
    moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator));
    projector = connectClient(server.baseUrl, tokenOf(session.links.projector));
    participant = await joinAsParticipant(server.baseUrl, session.joinCode, 'online');
    clients.push(moderator, projector, participant);
    await Promise.all(clients.map((c) => c.waitFor((_s, status) => status === 'live')));
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it('SESS-6: the host lists the sessions, newest first, with the host token only', async () => {
    const later = await createSession(server.baseUrl, { plan: { title: 'A later workshop', format: 'workshop' } });
    const response = await fetch(`${server.baseUrl}/api/sessions`, { headers: auth });
    expect(response.status).toBe(200);
    const { sessions } = (await response.json()) as { sessions: { id: string; title: string; joinCode: string; createdAt: number }[] };
    expect(sessions.map((s) => s.id)).toEqual(expect.arrayContaining([later.id, session.id]));
    // Newest first (two sessions made in the same millisecond may come in either order).
    for (let i = 1; i < sessions.length; i++) expect(sessions[i - 1]?.createdAt ?? 0).toBeGreaterThanOrEqual(sessions[i]?.createdAt ?? 0);
    expect(sessions.find((s) => s.id === later.id)).toMatchObject({ title: 'A later workshop', joinCode: later.joinCode });
    for (const s of sessions) expect(Object.keys(s).sort()).toEqual(['archivedAt', 'createdAt', 'id', 'joinCode', 'title']);
  });

  it('SESS-5, SESS-6: the host routes need the host token', async () => {
    for (const [method, path] of [
      ['GET', '/api/sessions'],
      ['POST', '/api/plans/check'],
      ['GET', `/api/templates/${DEMO_TEMPLATE}`],
      ['GET', `/api/sessions/${session.id}/plan`],
      ['PUT', `/api/sessions/${session.id}/plan`],
    ] as const) {
      const response = await fetch(`${server.baseUrl}${path}`, { method, headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' }, body: method === 'GET' ? null : '{"plan":{}}' });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(((await response.json()) as ApiError).error.code).toBe('unauthorised');
    }
  });

  it('SESS-5: checking a plan names every field in error, as POST /api/sessions does', async () => {
    const response = await fetch(`${server.baseUrl}/api/plans/check`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ plan: { title: 'T', agenda: [{ title: 'A', plannedMinutes: 0, kind: 'opening' }], retentionDays: 'long' } }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as ApiError;
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues?.map((i) => i.path).sort()).toEqual(['plan.agenda.0.plannedMinutes', 'plan.retentionDays']);
    const ok = await fetch(`${server.baseUrl}/api/plans/check`, { method: 'POST', headers: auth, body: JSON.stringify({ plan: { title: ' T ' } }) });
    expect(((await ok.json()) as { plan: SessionPlan }).plan).toMatchObject({ title: 'T', youthMode: true, retentionDays: 30 });
  });

  it('RUN-1/RUN-5: starting the run reaches every screen, with the item’s speaking limit on the floor', async () => {
    await moderator.send({ type: 'agenda.start' });
    for (const client of clients) {
      await eventually(() => client.state.session?.run.current === 0 && client.state.floor?.limitSeconds === 60, 5000, 'run started everywhere');
    }
    await moderator.send({ type: 'agenda.next' });
    await eventually(() => projector.state.session?.run.current === 1 && projector.state.floor?.limitSeconds === 180, 5000, 'next item on the projector');
  });

  it('AUTH-2: a participant or the projector may not move the agenda', async () => {
    await expect(participant.send({ type: 'agenda.next' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(participant.send({ type: 'projector.show', mode: 'join' })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('PROJ-1/PROJ-3: the projector follows the moderator’s choice, and gets the balance meter in balance mode', async () => {
    await moderator.send({ type: 'projector.show', mode: 'balance' });
    await eventually(() => projector.state.session?.projector.mode === 'balance' && projector.state.balance !== null, 5000, 'balance on the projector');
    await moderator.send({ type: 'projector.show', mode: 'agenda' });
    await eventually(() => projector.state.session?.projector.mode === 'agenda' && projector.state.balance === null, 5000, 'balance gone');
    expect(participant.state.balance).toBeNull();
  });

  it('RUN-7: the host replaces the live plan over HTTP; a change to a started item is refused with 409', async () => {
    const current = await fetch(`${server.baseUrl}/api/sessions/${session.id}/plan`, { headers: auth });
    const { plan } = (await current.json()) as { plan: SessionPlan };
    const renamed = { ...plan, agenda: plan.agenda.map((item, i) => (i === 0 ? { ...item, title: 'Renamed' } : item)) };
    const refused = await fetch(`${server.baseUrl}/api/sessions/${session.id}/plan`, { method: 'PUT', headers: auth, body: JSON.stringify({ plan: renamed }) });
    expect(refused.status).toBe(409);
    // PROTO-8: the refusal names its rule and the field, so the host page can point at it.
    expect(((await refused.json()) as ApiError).error).toMatchObject({
      code: 'invalid_state',
      reason: 'plan.startedItemRenamed',
      params: { number: 1, path: 'agenda.0.title' },
      issues: [{ path: 'plan.agenda.0.title' }],
    });
    const longer = { ...plan, agenda: plan.agenda.map((item, i) => (i === 3 ? { ...item, plannedMinutes: 12 } : item)), retentionDays: 14 };
    const accepted = await fetch(`${server.baseUrl}/api/sessions/${session.id}/plan`, { method: 'PUT', headers: auth, body: JSON.stringify({ plan: longer }) });
    expect(accepted.status).toBe(200);
    await eventually(() => participant.state.session?.agenda[3]?.plannedMinutes === 12 && participant.state.session.retentionDays === 14, 5000, 'plan update on a phone');
    const invalid = await fetch(`${server.baseUrl}/api/sessions/${session.id}/plan`, { method: 'PUT', headers: auth, body: JSON.stringify({ plan: { ...plan, title: '' } }) });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as ApiError).error.issues?.[0]?.path).toBe('plan.title');
    const missing = await fetch(`${server.baseUrl}/api/sessions/nope/plan`, { headers: auth });
    expect(missing.status).toBe(404);
  });

  it('RUN-1: the end of the run stops the clock on every screen', async () => {
    await moderator.send({ type: 'agenda.end' });
    await eventually(() => participant.state.session?.run.status === 'ended' && projector.state.session?.run.endedAt !== null, 5000, 'run ended');
  });
});
