import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import {
  signedWebexWebhook, signedZoomWebhook, TEST_WEBEX_WEBHOOK_SECRET, TEST_ZOOM_CLIENT_ID, TEST_ZOOM_CLIENT_SECRET, TEST_ZOOM_WEBHOOK_SECRET,
  webexEvents, zoomContext, zoomContextHeader, zoomEvents, type SignedRequest,
} from '../support/platformFixtures.ts';
import { connectClient, createSession, eventually, joinAsParticipant, startInProcessServer, tempDir, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/** The video-platform integrations (INTEG rules): host settings, page headers, Zoom context, webhooks, the call bridge. */

const host = { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' };
const ZOOM_SETTINGS = { platform: 'zoom', zoomClientId: TEST_ZOOM_CLIENT_ID, meetingId: '85012345678' };
const ZOOM_SECRETS = { zoomClientSecret: TEST_ZOOM_CLIENT_SECRET, zoomWebhookSecret: TEST_ZOOM_WEBHOOK_SECRET };

describe('integrations (INTEG)', () => {
  let server: InProcessServer;
  let web: { path: string; remove: () => void };

  beforeAll(async () => {
    // A stand-in for the built app: the page routes serve this file with the app's headers.
    web = tempDir();
    mkdirSync(web.path, { recursive: true });
    writeFileSync(join(web.path, 'index.html'), '<!doctype html><title>OpenFloor</title>');
    server = await startInProcessServer({ OPENFLOOR_WEB_ROOT: web.path });
  });
  afterAll(async () => {
    await server.close();
    web.remove();
  });

  const setPlatform = (sessionId: string, body: unknown) => fetch(`${server.baseUrl}/api/sessions/${sessionId}/platform`, { method: 'PUT', headers: host, body: JSON.stringify(body) });
  const post = (path: string, request: SignedRequest) => fetch(`${server.baseUrl}${path}`, { method: 'POST', headers: request.headers, body: request.body });

  async function moderatorOf(session: CreatedSessionResponse): Promise<OpenFloorClient> {
    const client = connectClient(server.baseUrl, tokenOf(session.links.moderator));
    await client.waitFor((_s, status) => status === 'live');
    return client;
  }

  it('INTEG-9: the host sets the platform and its secrets; they come back masked, never whole, and a change keeps what it does not name', async () => {
    const session = await createSession(server.baseUrl);
    const put = await setPlatform(session.id, { settings: ZOOM_SETTINGS, secrets: ZOOM_SECRETS });
    expect(put.status).toBe(200);
    const answered = await put.text();
    expect(answered).not.toContain(TEST_ZOOM_CLIENT_SECRET);
    expect(answered).not.toContain(TEST_ZOOM_WEBHOOK_SECRET);
    const got = await fetch(`${server.baseUrl}/api/sessions/${session.id}/platform`, { headers: host });
    const body = (await got.json()) as { settings: { platform: string; chatMarker: string }; secrets: Record<string, string | null>; connect: { zoom: { webhookUrl: string; homeUrl: string }; webex: { embeddedAppUrl: string } } };
    expect(JSON.stringify(body)).not.toContain(TEST_ZOOM_CLIENT_SECRET.slice(0, -4));
    expect(body.secrets).toEqual({ zoomClientSecret: `••••${TEST_ZOOM_CLIENT_SECRET.slice(-4)}`, zoomWebhookSecret: `••••${TEST_ZOOM_WEBHOOK_SECRET.slice(-4)}`, webexWebhookSecret: null });
    expect(body.settings).toMatchObject({ platform: 'zoom', chatMarker: 'Q:' });
    expect(body.connect.zoom.webhookUrl).toBe(`${server.baseUrl}/api/integrations/zoom/${session.id}/webhook`);
    // The home URL is the one that starts the Zoom Apps SDK in the page (INTEG-4); Webex's likewise (INTEG-12).
    expect(body.connect.zoom.homeUrl).toBe(`${server.baseUrl}/j/${session.joinCode}?app=zoom`);
    expect(body.connect.webex.embeddedAppUrl).toBe(`${server.baseUrl}/j/${session.joinCode}?app=webex`);
    // Only the settings change: the secrets stay; null clears one.
    await setPlatform(session.id, { settings: { ...ZOOM_SETTINGS, chatMarker: '?' }, secrets: { zoomClientSecret: null } });
    const after = (await (await fetch(`${server.baseUrl}/api/sessions/${session.id}/platform`, { headers: host })).json()) as typeof body;
    expect(after.secrets.zoomClientSecret).toBeNull();
    expect(after.secrets.zoomWebhookSecret).not.toBeNull();
    // Stored server-side only: the settings row holds it, no page or answer does.
    expect(await server.store.getSetting(`platform:${session.id}`)).toContain(TEST_ZOOM_WEBHOOK_SECRET);
    expect((await setPlatform(session.id, { settings: { platform: 'teams' } })).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/api/sessions/${session.id}/platform`)).status).toBe(401);
    // Deleting the session deletes its platform settings and secrets (RETAIN-4).
    const deleted = await fetch(`${server.baseUrl}/api/sessions/${session.id}`, { method: 'DELETE', headers: host, body: JSON.stringify({ confirm: session.joinCode }) });
    expect(deleted.status).toBe(200);
    expect(await server.store.getSetting(`platform:${session.id}`)).toBeNull();
  });

  it("INTEG-1: a session's pages may be framed by its platform's origins only; other sessions and pages keep 'self'; every answer has HSTS", async () => {
    const zoomSession = await createSession(server.baseUrl);
    const plain = await createSession(server.baseUrl);
    const jitsi = await createSession(server.baseUrl);
    const csp = async (path: string) => {
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      return response.headers.get('content-security-policy') ?? '';
    };
    const ancestors = (policy: string) => /frame-ancestors ([^;]*)/.exec(policy)?.[1];
    expect(ancestors(await csp(`/j/${zoomSession.joinCode}`))).toBe("'self'");
    await setPlatform(zoomSession.id, { settings: ZOOM_SETTINGS });
    await setPlatform(jitsi.id, { settings: { platform: 'jitsi', jitsiUrl: 'https://meet.example.org/OpenFloorRoom' } });
    expect(ancestors(await csp(`/j/${zoomSession.joinCode}`))).toBe("'self' https://zoom.us https://*.zoom.us");
    expect(ancestors(await csp(`/moderator?in=${zoomSession.joinCode}`))).toBe("'self' https://zoom.us https://*.zoom.us");
    expect(ancestors(await csp(`/j/${plain.joinCode}`))).toBe("'self'");
    expect(ancestors(await csp('/moderator'))).toBe("'self'");
    expect(ancestors(await csp('/j/000000000'))).toBe("'self'");
    const jitsiPolicy = await csp(`/moderator?in=${jitsi.joinCode}`);
    expect(ancestors(jitsiPolicy)).toBe("'self' https://meet.example.org");
    expect(jitsiPolicy).toContain("script-src 'self' https://meet.example.org");
    expect(jitsiPolicy).toContain('frame-src https://meet.example.org');
    expect(jitsiPolicy).not.toContain('unsafe-inline');
    expect((await fetch(`${server.baseUrl}/healthz`)).headers.get('strict-transport-security')).toMatch(/max-age/);
  });

  it('INTEG-4: a page opened in Zoom is served only with a context that decrypts with the client secret, is not expired and names the app', async () => {
    const session = await createSession(server.baseUrl);
    await setPlatform(session.id, { settings: ZOOM_SETTINGS, secrets: ZOOM_SECRETS });
    const open = (header: string) => fetch(`${server.baseUrl}/j/${session.joinCode}`, { headers: { 'x-zoom-app-context': header } });
    const now = Date.now();
    const valid = zoomContextHeader(zoomContext(now));
    expect((await open(valid)).status).toBe(200);
    const refused = async (header: string, problem: string) => {
      const response = await open(header);
      expect(response.status, problem).toBe(401);
      const body = (await response.json()) as { error: { reason: string; params: { problem: string } } };
      expect(body.error.reason).toBe('platform.contextRefused');
      expect(body.error.params.problem).toBe(problem);
    };
    await refused(zoomContextHeader(zoomContext(now, { exp: now - 1000 })), 'expired');
    await refused(zoomContextHeader(zoomContext(now, { aud: 'SomeOtherApp' })), 'wrongAudience');
    await refused(valid.slice(0, valid.length - 12), 'malformed');
    await refused(zoomContextHeader(zoomContext(now), 'another-apps-secret-000000'), 'undecryptable');
    // A session not set up for Zoom serves no Zoom context.
    const plain = await createSession(server.baseUrl);
    expect((await fetch(`${server.baseUrl}/j/${plain.joinCode}`, { headers: { 'x-zoom-app-context': valid } })).status).toBe(401);
    expect((await fetch(`${server.baseUrl}/j/${plain.joinCode}`)).status).toBe(200);
    // What is not a session's page (an API, an asset) is not judged by the header.
    expect((await fetch(`${server.baseUrl}/api/templates`, { headers: { 'x-zoom-app-context': 'garbage' } })).status).toBe(200);
  });

  it('INTEG-7: Zoom webhooks answer the URL validation, and a tampered, wrongly signed, stale, replayed or re-serialised one is refused with nothing stored', async () => {
    const session = await createSession(server.baseUrl);
    await setPlatform(session.id, { settings: ZOOM_SETTINGS, secrets: ZOOM_SECRETS });
    const path = `/api/integrations/zoom/${session.id}/webhook`;
    const moderator = await moderatorOf(session);
    const validation = await post(path, signedZoomWebhook(zoomEvents.urlValidation('plain-token-123')));
    expect(validation.status).toBe(200);
    const { createHmac } = await import('node:crypto');
    expect(await validation.json()).toEqual({ plainToken: 'plain-token-123', encryptedToken: createHmac('sha256', TEST_ZOOM_WEBHOOK_SECRET).update('plain-token-123').digest('hex') });

    const question = zoomEvents.chat('s1', 'Q: Who teaches children about online safety?');
    const good = signedZoomWebhook(question);
    const tampered = { ...good, body: good.body.replace('Who teaches', 'Who pays') };
    const wrongSecret = signedZoomWebhook(question, { secret: 'not-the-webhook-secret-000' });
    const stale = signedZoomWebhook(question, { timestampSeconds: Math.floor(Date.now() / 1000) - 600 });
    const reserialised = { ...good, body: JSON.stringify(JSON.parse(good.body), null, 1) };
    const status = async (request: SignedRequest) => {
      const response = await post(path, request);
      return { status: response.status, reason: ((await response.json()) as { error?: { reason: string } }).error?.reason ?? null };
    };
    expect(await status(tampered)).toEqual({ status: 401, reason: 'webhook.badSignature' });
    expect(await status(wrongSecret)).toEqual({ status: 401, reason: 'webhook.badSignature' });
    expect(await status(stale)).toEqual({ status: 401, reason: 'webhook.stale' });
    expect(await status(reserialised)).toEqual({ status: 401, reason: 'webhook.badSignature' });
    expect(await status({ ...good, headers: { 'content-type': 'application/json' } })).toEqual({ status: 401, reason: 'webhook.badSignature' });
    // Nothing of the refused ones was stored: no question, nobody in the call.
    expect(moderator.state.qa.questions).toEqual([]);
    expect(await status(good)).toEqual({ status: 200, reason: null });
    expect(await status(good)).toEqual({ status: 409, reason: 'webhook.replayed' });
    await eventually(() => moderator.state.qa.questions.length === 1, 5_000, 'the chat question');
    expect(moderator.state.qa.questions).toHaveLength(1);
    // Another session's secret does not open this one's webhook.
    const other = await createSession(server.baseUrl);
    expect((await post(`/api/integrations/zoom/${other.id}/webhook`, signedZoomWebhook(question))).status).toBe(404);
    moderator.close();
  });

  it('INTEG-5: a chat line with the host\'s marker becomes a question under the same filters and pre-moderation; other lines and other meetings bring nothing', async () => {
    const session = await createSession(server.baseUrl);
    await setPlatform(session.id, { settings: ZOOM_SETTINGS, secrets: ZOOM_SECRETS });
    const path = `/api/integrations/zoom/${session.id}/webhook`;
    const moderator = await moderatorOf(session);
    const participant = await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite');
    expect((await post(path, signedZoomWebhook(zoomEvents.chat('s1', 'hello everyone, can you hear me?')))).status).toBe(200);
    expect((await post(path, signedZoomWebhook(zoomEvents.chat('s1', 'Q: from another meeting', '99999999999')))).status).toBe(200);
    expect((await post(path, signedZoomWebhook(zoomEvents.chat('s1', '  q: How do schools report abuse online?')))).status).toBe(200);
    const filtered = await post(path, signedZoomWebhook(zoomEvents.chat('s2', 'Q: write to me at amina.k@example.org please')));
    expect(filtered.status).toBe(200);
    await eventually(() => moderator.state.qa.questions.length === 2, 5_000, 'two questions');
    const texts = moderator.state.qa.questions.map((q) => `${q.status}:${q.text}`);
    expect(texts).toContain('pending:How do schools report abuse online?');
    expect(texts.join('|')).not.toContain('another meeting');
    expect(texts.join('|')).not.toContain('hello everyone');
    // Youth mode: pre-moderation holds them all; the public sees none yet; the e-mail is flagged or refused, never published.
    expect(moderator.state.qa.questions.every((q) => q.status !== 'published')).toBe(true);
    expect(participant.state.qa.questions).toEqual([]);
    const withEmail = moderator.state.qa.questions.find((q) => q.text.includes('amina'));
    expect(withEmail?.status).toBe('held');
    expect(withEmail?.flags?.length ?? 0).toBeGreaterThan(0);
    expect(withEmail?.channel).toBe('online');
    participant.close();
    moderator.close();
  });

  it('INTEG-2, INTEG-3, INTEG-8: hands relayed from the call join the one queue, online, marked with their source, in policy order; the call counts as online presence', async () => {
    const session = await createSession(server.baseUrl);
    await setPlatform(session.id, { settings: { platform: 'jitsi', jitsiUrl: 'https://meet.example.org/OpenFloorRoom' } });
    const moderator = await moderatorOf(session);
    const relay = (signals: unknown[], token = tokenOf(session.links.onlineModerator)) =>
      fetch(`${server.baseUrl}/api/integrations/${session.id}/signals`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ signals }) });
    const onsite1 = await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite');
    const onsite2 = await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite');
    await onsite1.send({ type: 'floor.raise', intent: 'comment', label: null });
    await onsite2.send({ type: 'floor.raise', intent: 'comment', label: null });
    const joined = await relay([{ kind: 'joined', attendee: 'j1' }, { kind: 'joined', attendee: 'j2' }, { kind: 'joined', attendee: 'j3' }, { kind: 'handRaised', attendee: 'j1' }, { kind: 'handRaised', attendee: 'j1' }]);
    expect(joined.status).toBe(200);
    expect(((await joined.json()) as { outcomes: { kind: string }[] }).outcomes.map((o) => o.kind)).toEqual(['applied', 'applied', 'applied', 'applied', 'ignored']);
    await eventually(() => (moderator.state.floor?.queue.length ?? 0) === 3, 5_000, 'three hands');
    // Alternate policy: onsite, online (from the call), onsite.
    expect(moderator.state.floor?.queue.map((h) => `${h.channel}:${h.source ?? 'app'}`)).toEqual(['onsite:app', 'online:jitsi', 'onsite:app']);
    expect(moderator.state.floor?.queue[1]?.label).toBe('Jitsi 1');
    await eventually(() => (moderator.state.balance?.present ?? 0) === 5, 5_000, 'presence with the call');
    await relay([{ kind: 'left', attendee: 'j3' }, { kind: 'handLowered', attendee: 'j1' }]);
    await eventually(() => (moderator.state.floor?.queue.length ?? 0) === 2 && moderator.state.balance?.present === 4, 5_000, 'hand lowered, one left');
    // Only a staff link of this session may relay; nothing is applied otherwise.
    expect((await relay([{ kind: 'handRaised', attendee: 'x' }], 'not-a-token-at-all-000000')).status).toBe(401);
    const other = await createSession(server.baseUrl);
    expect((await relay([{ kind: 'handRaised', attendee: 'x' }], tokenOf(other.links.moderator))).status).toBe(401);
    expect((await relay([{ kind: 'wave', attendee: 'x' }])).status).toBe(400);
    expect(moderator.state.floor?.queue.length).toBe(2);
    onsite1.close();
    onsite2.close();
    moderator.close();
  });

  it('INTEG-11: a chat line relayed from the Jitsi console becomes a question through the same filters, once however often it is relayed; only staff of the session may relay', async () => {
    const session = await createSession(server.baseUrl);
    await setPlatform(session.id, { settings: { platform: 'jitsi', jitsiUrl: 'https://meet.example.org/OpenFloorRoom' } });
    const moderator = await moderatorOf(session);
    const relay = (signals: unknown[], token = tokenOf(session.links.onlineModerator)) =>
      fetch(`${server.baseUrl}/api/integrations/${session.id}/signals`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ signals }) });
    const line = { kind: 'chat', attendee: 'jitsi-p1', text: 'Q: Who pays for the new bus lines?', id: 'jitsi-p1@1733400000000' };
    // Two consoles (the online moderator's and the moderator's) relay the same line at once.
    const [first, second] = await Promise.all([relay([line]), relay([line], tokenOf(session.links.moderator))]);
    const kinds = [first, second].map(async (response) => ((await response.json()) as { outcomes: { kind: string }[] }).outcomes[0]?.kind);
    expect((await Promise.all(kinds)).sort()).toEqual(['applied', 'ignored']);
    // Relayed again later (a console reloaded): still once.
    expect(((await (await relay([line])).json()) as { outcomes: { kind: string }[] }).outcomes[0]?.kind).toBe('ignored');
    // A line without the marker, and one caught by the filters, as from any phone.
    await relay([{ kind: 'chat', attendee: 'jitsi-p2', text: 'hello everyone', id: 'jitsi-p2@1' }, { kind: 'chat', attendee: 'jitsi-p2', text: 'q: write to me at amina@example.org', id: 'jitsi-p2@2' }]);
    await eventually(() => moderator.state.qa.questions.length === 2, 5_000, 'two questions');
    const texts = moderator.state.qa.questions.map((q) => q.text);
    expect(texts.filter((text) => text === 'Who pays for the new bus lines?')).toHaveLength(1);
    expect(texts.some((text) => text.includes('hello'))).toBe(false);
    expect(moderator.state.qa.questions.find((q) => q.text.includes('amina'))?.status).toBe('held');
    expect(moderator.state.qa.questions.every((q) => q.channel === 'online')).toBe(true);
    // A token of another session is refused, nothing applied.
    const other = await createSession(server.baseUrl);
    expect((await relay([{ ...line, id: 'other-1', text: 'Q: from elsewhere' }], tokenOf(other.links.onlineModerator))).status).toBe(401);
    expect((await relay([{ ...line, id: '' }])).status).toBe(400);
    expect(moderator.state.qa.questions.length).toBe(2);
    moderator.close();
  });

  it('INTEG-7: Webex webhooks are verified by X-Spark-Signature (tampered, wrong secret, re-serialised, unsigned refused) and deduplicated by id; participants joined and left count in the call', async () => {
    const session = await createSession(server.baseUrl);
    await setPlatform(session.id, { settings: { platform: 'webex', meetingId: 'webex-meeting-1' }, secrets: { webexWebhookSecret: TEST_WEBEX_WEBHOOK_SECRET } });
    const path = `/api/integrations/webex/${session.id}/webhook`;
    const moderator = await moderatorOf(session);
    const first = webexEvents.participant('joined', 'w1', 'delivery-a');
    expect((await post(path, signedWebexWebhook(first, 'not-the-webex-secret-0000'))).status).toBe(401);
    const signed = signedWebexWebhook(first);
    expect((await post(path, { ...signed, body: signed.body.replace('w1', 'w9') })).status).toBe(401);
    // The same JSON, serialised again (as a proxy that parses and re-writes it would): not the bytes signed.
    expect((await post(path, { ...signed, body: JSON.stringify(JSON.parse(signed.body), null, 2) })).status).toBe(401);
    // Unsigned.
    const unsigned = { 'content-type': 'application/json' };
    expect((await post(path, { ...signed, headers: unsigned })).status).toBe(401);
    expect(moderator.state.balance?.present ?? 0).toBe(0);
    expect((await post(path, signed)).status).toBe(200);
    expect((await post(path, signed)).status).toBe(409);
    expect((await post(path, signedWebexWebhook(webexEvents.participant('joined', 'w2')))).status).toBe(200);
    await eventually(() => moderator.state.balance?.present === 2, 5_000, 'two in the call');
    moderator.close();
  });

  it('INTEG-13: a staff console learns the meeting id the host attached (trimmed; null when none), never a secret; a participant token is refused', async () => {
    const session = await createSession(server.baseUrl);
    const consoleOf = (token: string) => fetch(`${server.baseUrl}/api/integrations/${session.id}/console`, { headers: { authorization: `Bearer ${token}` } });
    await setPlatform(session.id, { settings: { platform: 'webex', meetingId: ' webex-meeting-7 ' }, secrets: { webexWebhookSecret: TEST_WEBEX_WEBHOOK_SECRET } });
    const answer = await consoleOf(tokenOf(session.links.onlineModerator));
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as Record<string, unknown>;
    expect(body).toEqual({ platform: 'webex', jitsiUrl: null, chatMarker: 'Q:', meetingId: 'webex-meeting-7' });
    expect(JSON.stringify(body)).not.toContain(TEST_WEBEX_WEBHOOK_SECRET);
    await setPlatform(session.id, { settings: { platform: 'webex', meetingId: '' } });
    expect(((await (await consoleOf(tokenOf(session.links.moderator))).json()) as Record<string, unknown>).meetingId).toBeNull();
    const participant = await joinSession(server.baseUrl, session.joinCode, 'online');
    expect((await consoleOf(participant.participantToken)).status).toBe(401);
  });

  it('INTEG-6: a Webex webhook about another meeting than the session’s is ignored, the session’s own is taken (ids compared trimmed)', async () => {
    const session = await createSession(server.baseUrl);
    await setPlatform(session.id, { settings: { platform: 'webex', meetingId: 'webex-meeting-1 ' }, secrets: { webexWebhookSecret: TEST_WEBEX_WEBHOOK_SECRET } });
    const path = `/api/integrations/webex/${session.id}/webhook`;
    const moderator = await moderatorOf(session);
    const own = webexEvents.participant('joined', 'x1', 'delivery-other');
    const ignored = await post(path, signedWebexWebhook({ ...own, data: { ...own.data, meetingId: 'webex-meeting-2' } }));
    expect(await ignored.json()).toEqual({ outcomes: [] });
    expect((await (await post(path, signedWebexWebhook(webexEvents.participant('joined', 'x2', 'delivery-own')))).json()) as { outcomes: unknown[] }).toMatchObject({ outcomes: [expect.anything()] });
    await eventually(() => moderator.state.balance?.present === 1, 5_000, 'one in the call');
    moderator.close();
  });

  it('INTEG-14: a participant’s page in a call learns only whether it is the session’s meeting (same, other, unset), never the session’s id; the code is looked up as any join', async () => {
    const session = await createSession(server.baseUrl);
    const check = (body: unknown, code = session.joinCode) => fetch(`${server.baseUrl}/api/join/${code}/meeting`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answerOf = async (body: unknown) => {
      const response = await check(body);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain('session-meeting-7');
      return (JSON.parse(text) as { meeting: string }).meeting;
    };
    expect(await answerOf({ platform: 'webex', meetingId: 'another-meeting-9' })).toBe('unset');
    await setPlatform(session.id, { settings: { platform: 'webex', meetingId: ' session-meeting-7 ' } });
    expect(await answerOf({ platform: 'webex', meetingId: 'session-meeting-7' })).toBe('same');
    expect(await answerOf({ platform: 'webex', meetingId: ' session-meeting-7' })).toBe('same');
    expect(await answerOf({ platform: 'webex', meetingId: 'another-meeting-9' })).toBe('other');
    // The same id in a Zoom call is another meeting: the session is held in Webex.
    expect(await answerOf({ platform: 'zoom', meetingId: 'session-meeting-7' })).toBe('other');
    expect((await check({ platform: 'webex', meetingId: '  ' })).status).toBe(400);
    expect((await check({ platform: 'teams', meetingId: 'm' })).status).toBe(400);
    expect((await check({ platform: 'webex', meetingId: 'm', extra: 1 })).status).toBe(400);
    expect((await check({ platform: 'webex', meetingId: 'm' }, '000000000')).status).toBe(404);
  });
});

