import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { joinSession } from '../../src/client/joinApi.ts';
import { docxParagraphs, parseCsv, pdfText, zipTexts } from '../support/documentText.ts';
import { TEST_HOST_TOKEN, connectClient, createInvite, createSession, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/**
 * Follow-up sign-up over HTTP and sockets (REPORT-13): the host announces, every page sees it
 * live; a participant signs up with consent; the contact is for the host alone (JSON and CSV)
 * and is in no report, export, aggregate, audit line, event or socket frame.
 */
describe('follow-up sign-up', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let participantToken: string;
  let participant: OpenFloorClient;
  let moderator: OpenFloorClient;
  let rapporteurToken: string;
  const moderatorTap: Wiretap = { frames: [] };
  const CONTACT = 'amina.followup.contact@example.org';
  const PHONE = '+44 7700 900 123';

  const hostAuth = { authorization: `Bearer ${TEST_HOST_TOKEN}` };
  const signUp = (token: string, body: unknown) =>
    fetch(`${server.baseUrl}/api/follow-up/signups`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const announce = (followUp: unknown) =>
    fetch(`${server.baseUrl}/api/sessions/${session.id}/follow-up`, { method: 'PUT', headers: { ...hostAuth, 'content-type': 'application/json' }, body: JSON.stringify({ followUp }) });

  beforeAll(async () => {
    server = await startInProcessServer({ TALLY_INTERVAL_MS: '20' });
    session = await createSession(server.baseUrl);
    rapporteurToken = tokenOf((await createInvite(server.baseUrl, session.id, { role: 'rapporteur', label: 'Rapporteur' })).link);
    moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator), { wiretap: moderatorTap });
    const joined = await joinSession(server.baseUrl, session.joinCode, 'online');
    participantToken = joined.participantToken;
    participant = connectClient(server.baseUrl, participantToken);
    await Promise.all([moderator, participant].map((c) => c.waitFor((_s, status) => status === 'live')));
  });

  afterAll(async () => {
    moderator.close();
    participant.close();
    await server.close();
  });

  it('REPORT-13: nothing to sign up for before the host announces; only the host announces; every page sees it live', async () => {
    expect((await signUp(participantToken, { contact: CONTACT, consent: true })).status).toBe(404);
    const refused = await fetch(`${server.baseUrl}/api/sessions/${session.id}/follow-up`, { method: 'PUT', headers: { authorization: `Bearer ${rapporteurToken}`, 'content-type': 'application/json' }, body: '{}' });
    expect(refused.status).toBe(401);
    expect((await announce({ kind: 'webinar', title: 'x', publicLink: 'http://insecure.example.org' })).status).toBe(400);
    const ok = await announce({ kind: 'webinar', title: 'Child online safety: what next', details: 'One hour, online', publicLink: 'https://example.org/webinar' });
    expect(ok.status).toBe(200);
    const seen = await participant.waitFor((s) => s.session?.followUp !== null && s.session?.followUp !== undefined);
    expect(seen.session?.followUp).toMatchObject({ kind: 'webinar', title: 'Child online safety: what next', publicLink: 'https://example.org/webinar' });
  });

  it('REPORT-13: a sign-up needs the participant’s own token, explicit consent and a contact; under 18 is refused', async () => {
    expect((await signUp('not-a-token', { contact: CONTACT, consent: true })).status).toBe(401);
    expect((await signUp(rapporteurToken, { contact: CONTACT, consent: true })).status).toBe(401);
    expect((await signUp(participantToken, { contact: CONTACT })).status).toBe(400);
    expect((await signUp(participantToken, { contact: CONTACT, consent: false })).status).toBe(400);
    expect((await signUp(participantToken, { contact: 'hello', consent: true })).status).toBe(400);
    const young = await signUp(participantToken, { contact: CONTACT, consent: true, under18: true });
    expect(young.status).toBe(403);
    expect(((await young.json()) as { error: { reason: string } }).error.reason).toBe('followup.underEighteen');
    expect(await server.store.followUpSignups(session.id)).toEqual([]);
    expect((await signUp(participantToken, { contact: CONTACT, consent: true })).status).toBe(201);
    expect((await signUp(participantToken, { contact: PHONE, consent: true, under18: false })).status).toBe(201);
  });

  it('REPORT-13: the host alone reads the contacts, as JSON and as CSV', async () => {
    const json = await fetch(`${server.baseUrl}/api/sessions/${session.id}/follow-up/signups`, { headers: hostAuth });
    expect(json.status).toBe(200);
    expect(((await json.json()) as { signups: { contact: string }[] }).signups.map((s) => s.contact)).toEqual([CONTACT, PHONE]);
    const csv = await fetch(`${server.baseUrl}/api/sessions/${session.id}/follow-up/signups.csv`, { headers: hostAuth });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual(['contact', 'consented_at']);
    // The phone number starts with "+": a spreadsheet would run it as a formula, so it is quoted.
    expect(rows.slice(1).map((r) => r[0])).toEqual([CONTACT, `'${PHONE}`]);
    for (const token of [rapporteurToken, participantToken, tokenOf(session.links.moderator)]) {
      expect((await fetch(`${server.baseUrl}/api/sessions/${session.id}/follow-up/signups`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
      expect((await fetch(`${server.baseUrl}/api/sessions/${session.id}/follow-up/signups.csv`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    }
  });

  it('REPORT-13: the contacts are in no report, export, aggregate, audit line, event or frame', async () => {
    const texts: string[] = [];
    const get = async (path: string) => Buffer.from(await (await fetch(`${server.baseUrl}/api/sessions/${session.id}${path}`, { headers: hostAuth })).arrayBuffer());
    for (const path of ['/report', '/report.md', '/report.html', '/aggregates', '/audit']) texts.push((await get(path)).toString('utf8'));
    texts.push(Object.values(zipTexts(await get('/report.zip'))).join('\n'));
    texts.push((await pdfText(await get('/report.pdf'))).text);
    texts.push(docxParagraphs(await get('/report.docx')).map((p) => p.text).join('\n'));
    const stored = await server.store.loadSession(session.id);
    texts.push(JSON.stringify(stored));
    texts.push(moderatorTap.frames.join('\n'));
    for (const text of texts) {
      expect(text).not.toContain('amina.followup');
      expect(text).not.toContain('7700');
    }
  });
});
