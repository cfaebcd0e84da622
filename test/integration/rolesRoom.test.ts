import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRefused, type OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { ServerMessages } from '../../src/core/protocol/serverMessages.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../../src/core/templates.ts';
import { TEST_HOST_TOKEN, connectClient, createInvite, createSession, eventually, joinAsParticipant, rawSocket, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/**
 * Invite links, the audit log, speaker notes and the code-of-conduct gate over real sockets
 * and a real database (ROLE, AUDIT, SPEAK, GUIDE in SPEC.md).
 */

const auth = { authorization: `Bearer ${TEST_HOST_TOKEN}` };

async function listInvites(baseUrl: string, sessionId: string) {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/invites`, { headers: auth });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    session: { speakers: { index: number; label: string }[] };
    invites: { id: string; role: string; label: string | null; panelSpeaker: number | null; revokedAt: number | null; lastSeenAt: number | null; connected: number }[];
  };
}

async function auditOf(baseUrl: string, sessionId: string) {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/audit`, { headers: auth });
  expect(response.status).toBe(200);
  return ((await response.json()) as { entries: { role: string; label: string | null; action: string; summary: string }[] }).entries;
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ack',
    (error: unknown) => (error instanceof CommandRefused ? error.code : String(error)),
  );
}

describe('roles, audit, speaker notes and the code of conduct', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  const open: OpenFloorClient[] = [];
  const track = (client: OpenFloorClient) => {
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startInProcessServer();
    session = await createSession(server.baseUrl);
  });

  afterAll(async () => {
    for (const client of open) client.close();
    await server.close();
  });

  it('ROLE-1: the invite API needs the host token, validates its body and refuses a speaker link without a panel speaker', async () => {
    const url = `${server.baseUrl}/api/sessions/${session.id}/invites`;
    expect((await fetch(url)).status).toBe(401);
    const post = (body: unknown) => fetch(url, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post({ role: 'participant', label: 'x' })).status).toBe(400);
    expect((await post({ role: 'moderator', label: '<b>x</b>' })).status).toBe(400);
    const noSpeaker = await post({ role: 'speaker', label: 'Speaker 9' });
    expect(noSpeaker.status).toBe(400);
    expect(((await noSpeaker.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe('panelSpeaker');
    expect((await post({ role: 'speaker', label: 'Speaker 99', panelSpeaker: 40 })).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/api/sessions/nope/invites`, { headers: auth })).status).toBe(404);
  });

  it('ROLE-1, ROLE-3, ROLE-4: links per role are listed with label, panel speaker and live connection counts; a speaker is told who they are', async () => {
    const speaker = await createInvite(server.baseUrl, session.id, { role: 'speaker', label: 'Speaker 2 laptop', panelSpeaker: 1 });
    const rapporteur = await createInvite(server.baseUrl, session.id, { role: 'rapporteur', label: 'Rapporteur' });
    expect(speaker.link).toMatch(/\/speaker#[A-Za-z0-9_-]{43}$/);
    expect(rapporteur.link).toMatch(/\/rapporteur#/);
    const speakerClient = track(connectClient(server.baseUrl, tokenOf(speaker.link)));
    await speakerClient.waitFor((s, status) => status === 'live' && s.role === 'speaker');
    expect(speakerClient.state.panelSpeaker).toBe(1);
    await eventually(async () => (await listInvites(server.baseUrl, session.id)).invites.find((i) => i.id === speaker.id)?.connected === 1);
    const { invites } = await listInvites(server.baseUrl, session.id);
    const listed = invites.find((i) => i.id === speaker.id);
    expect(listed).toMatchObject({ role: 'speaker', label: 'Speaker 2 laptop', panelSpeaker: 1, revokedAt: null, connected: 1 });
    expect(listed?.lastSeenAt).toBeTypeOf('number');
    expect(invites.find((i) => i.id === rapporteur.id)).toMatchObject({ role: 'rapporteur', connected: 0, lastSeenAt: null });
    // The links the session was created with are listed too, without a label.
    expect(invites.filter((i) => i.label === null).map((i) => i.role).sort()).toEqual(['moderator', 'online_moderator', 'projector']);
    // The list never carries tokens: only hashes as ids.
    expect(JSON.stringify(invites)).not.toContain(tokenOf(speaker.link));
  });

  it('ROLE-2: from the commit of a revocation no command of the link is applied, from a client that neither reads nor closes, with commands in flight; its socket is cut', async () => {
    const invite = await createInvite(server.baseUrl, session.id, { role: 'moderator', label: 'Hostile laptop' });
    const conn = await rawSocket(server.baseUrl);
    conn.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: tokenOf(invite.link), lastSeq: 0 }));
    await eventually(() => conn.messages.some((m) => (m as { type: string }).type === 'welcome'));
    const actor = `token:${invite.id.slice(0, 24)}`;
    const appliedByLink = async () => (await server.store.loadSession(session.id))?.commands.filter((c) => c.actor === actor).length ?? 0;
    // A client that stops reading: it never sees the close frame, so it never answers it.
    const raw = (conn.socket as unknown as { _socket: { pause(): void } })._socket;
    raw.pause();
    let sent = 0;
    const flood = setInterval(() => {
      for (let i = 0; i < 5; i++) {
        sent += 1;
        conn.socket.send(JSON.stringify({ type: 'command', id: `flood-${sent}`, command: { type: 'floor.setLimit', limitSeconds: 60 + (sent % 100), warningSeconds: 10 } }));
      }
    }, 10);
    try {
      await eventually(async () => (await appliedByLink()) > 5, 10_000, 'the link applies commands');
      const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/invites/${invite.id}`, { method: 'DELETE', headers: auth });
      expect(response.status).toBe(200);
      const atRevocation = await appliedByLink();
      const sentAtRevocation = sent;
      await new Promise((r) => setTimeout(r, 1_000));
      expect(sent).toBeGreaterThan(sentAtRevocation + 20);
      expect(await appliedByLink()).toBe(atRevocation);
    } finally {
      clearInterval(flood);
    }
    // Cut, without waiting for a closing handshake the client will never answer.
    const closedWithin = await Promise.race([conn.closed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open'), 3_000))]);
    expect(closedWithin).toBe('closed');
  });

  it('ROLE-2: revoking a link is committed, closes its open sockets with a clear reason, and its token no longer opens', async () => {
    const invite = await createInvite(server.baseUrl, session.id, { role: 'projector', label: 'Hall screen' });
    const conn = await rawSocket(server.baseUrl);
    conn.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: tokenOf(invite.link), lastSeq: 0 }));
    await eventually(() => conn.messages.some((m) => (m as { type: string }).type === 'welcome'));
    const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/invites/${invite.id}`, { method: 'DELETE', headers: auth });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revoked: true, closed: 1 });
    // Cut without a closing handshake (1006 on the client's side), after the error frame that says why.
    expect(await conn.closed).toBe(1006);
    const told = conn.messages.find((m) => (m as { type: string }).type === 'error') as ServerMessages['error'];
    expect(told).toMatchObject({ id: null, code: 'unauthorised', reason: 'link.revoked', message: 'the host revoked this link' });
    // Committed: the store says so, and a fresh hello is refused.
    expect(await server.store.grantOf(invite.id)).toBeNull();
    const again = await rawSocket(server.baseUrl);
    again.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: tokenOf(invite.link), lastSeq: 0 }));
    expect(await again.closed).toBe(4401);
    // Revoking twice, or a participant's token, is not found.
    expect((await fetch(`${server.baseUrl}/api/sessions/${session.id}/invites/${invite.id}`, { method: 'DELETE', headers: auth })).status).toBe(404);
    const listed = (await listInvites(server.baseUrl, session.id)).invites.find((i) => i.id === invite.id);
    expect(listed?.revokedAt).toBeTypeOf('number');
    expect(listed?.connected).toBe(0);
  });

  it('AUDIT-1, AUDIT-2: moderator actions and link changes are logged with role, label, type and ids only; participants are not', async () => {
    const moderatorInvite = await createInvite(server.baseUrl, session.id, { role: 'moderator', label: 'Onsite moderator' });
    const moderator = track(connectClient(server.baseUrl, tokenOf(moderatorInvite.link)));
    await moderator.waitFor((_s, status) => status === 'live');
    await moderator.send({ type: 'floor.add', label: 'Seat B12 secret label', channel: 'onsite', intent: 'comment' });
    await moderator.send({ type: 'floor.setPolicy', policy: 'fewest_first' });
    await moderator.send({ type: 'speaker.note', panelSpeaker: 0, text: 'Private words for speaker one' });
    const participant = track(await joinAsParticipant(server.baseUrl, session.joinCode, 'online'));
    await participant.send({ type: 'floor.raise', intent: 'question', label: null });
    expect((await fetch(`${server.baseUrl}/api/sessions/${session.id}/audit`)).status).toBe(401);
    const entries = await auditOf(server.baseUrl, session.id);
    const actions = entries.map((e) => `${e.role}|${e.label}|${e.action}`);
    expect(actions.slice(0, 3)).toEqual(['moderator|Onsite moderator|speaker.note', 'moderator|Onsite moderator|floor.setPolicy', 'moderator|Onsite moderator|floor.add']);
    expect(actions).toContain('host|null|link.created');
    expect(actions).toContain('host|null|link.revoked');
    expect(entries.find((e) => e.action === 'floor.setPolicy')?.summary).toBe('floor.policy: alternate → fewest_first');
    expect(entries.find((e) => e.action === 'speaker.note')?.summary).toBe('panelSpeaker=0');
    const text = JSON.stringify(entries);
    expect(text).not.toContain('Seat B12');
    expect(text).not.toContain('Private words');
    expect(entries.some((e) => e.role === 'participant')).toBe(false);
  });

  it('SPEAK-2: a note reaches staff and that panel speaker’s sockets only — not another speaker, the projector or participants', async () => {
    const one = track(connectClient(server.baseUrl, tokenOf((await createInvite(server.baseUrl, session.id, { role: 'speaker', label: 'S1', panelSpeaker: 0 })).link)));
    const two = track(connectClient(server.baseUrl, tokenOf((await createInvite(server.baseUrl, session.id, { role: 'speaker', label: 'S2', panelSpeaker: 1 })).link)));
    const projector = track(connectClient(server.baseUrl, tokenOf(session.links.projector)));
    const participant = track(await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite'));
    const moderator = track(connectClient(server.baseUrl, tokenOf(session.links.onlineModerator)));
    const seen = { one: 0, two: 0, projector: 0, participant: 0, moderator: 0 };
    one.on('speaker.note', () => seen.one++);
    two.on('speaker.note', () => seen.two++);
    projector.on('speaker.note', () => seen.projector++);
    participant.on('speaker.note', () => seen.participant++);
    moderator.on('speaker.note', () => seen.moderator++);
    await Promise.all([one, two, projector, moderator].map((c) => c.waitFor((_s, status) => status === 'live')));
    await moderator.send({ type: 'speaker.note', panelSpeaker: 0, text: 'One minute left' });
    await one.waitFor((s) => s.speakerNote?.text === 'One minute left');
    // A marker command after the note: once its effect reached everyone, the note would have too.
    await moderator.send({ type: 'floor.setLimit', limitSeconds: 170, warningSeconds: 30 });
    await Promise.all([two, projector, participant].map((c) => c.waitFor((s) => s.floor?.limitSeconds === 170)));
    expect(seen).toEqual({ one: 1, two: 0, projector: 0, participant: 0, moderator: 1 });
    // The latest note is in that speaker's welcome after a reconnect.
    const again = track(connectClient(server.baseUrl, tokenOf((await createInvite(server.baseUrl, session.id, { role: 'speaker', label: 'S1 phone', panelSpeaker: 0 })).link)));
    const welcomed = await again.waitFor((s, status) => status === 'live');
    expect(welcomed.speakerNote?.text).toBe('One minute left');
    expect(await refusalOf(moderator.send({ type: 'speaker.note', panelSpeaker: 30, text: 'Nobody' }))).toBe('not_found');
  });

  it('GUIDE-3: a participant cannot vote or raise a hand before accepting the code of conduct; acceptance is stored and survives a reconnect', async () => {
    const moderator = track(connectClient(server.baseUrl, tokenOf(session.links.moderator)));
    const live = await moderator.waitFor((_s, status) => status === 'live');
    const poll = live.polls[0];
    if (!poll) throw new Error('the template has polls');
    await refusalOf(moderator.send({ type: 'poll.open', pollId: poll.id }));
    const participant = track(await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite', { acceptConduct: false }));
    expect(participant.state.conductAccepted).toBe(false);
    expect(participant.state.guidelines?.codeOfConduct.length).toBeGreaterThan(0);
    expect(await refusalOf(participant.send({ type: 'poll.vote', pollId: poll.id, optionIds: ['o1'] }))).toBe('conduct_required');
    expect(await refusalOf(participant.send({ type: 'floor.raise', intent: 'comment', label: null }))).toBe('conduct_required');
    // Channel is not a contribution: it stays open.
    expect(await refusalOf(participant.send({ type: 'participant.setChannel', channel: 'online' }))).toBe('ack');
    expect(await refusalOf(participant.send({ type: 'participant.acceptConduct' }))).toBe('ack');
    expect(participant.state.conductAccepted).toBe(true);
    expect(await refusalOf(participant.send({ type: 'poll.vote', pollId: poll.id, optionIds: ['o1'] }))).toBe('ack');
    const participants = (await server.store.loadSession(session.id))?.participants ?? [];
    expect(participants.filter((p) => p.conductAccepted).length).toBeGreaterThan(0);
  });

  it('GUIDE-3: a session without a code of conduct asks for no acceptance', async () => {
    const plain = await createSession(server.baseUrl, { plan: { title: 'No code', polls: [{ question: 'Q?', options: ['A', 'B'] }] } });
    const participant = track(await joinAsParticipant(server.baseUrl, plain.joinCode, 'onsite'));
    expect(await refusalOf(participant.send({ type: 'floor.raise', intent: 'comment', label: null }))).toBe('ack');
  });

  it('GUIDE-4, GUIDE-5: the host replaces the guidelines, every client is told, and the pre-session page shows them', async () => {
    const host = track(connectClient(server.baseUrl, TEST_HOST_TOKEN, { sessionId: session.id }));
    const participant = track(await joinAsParticipant(server.baseUrl, session.joinCode, 'online'));
    await host.waitFor((_s, status) => status === 'live');
    await host.send({ type: 'guidelines.set', guidelines: { onsite: 'Use the **microphone**.', online: 'Unmute when called.' }, codeOfConduct: 'Be kind.' });
    await participant.waitFor((s) => JSON.stringify(s.guidelines?.onsite).includes('Use the '));
    expect(participant.state.guidelines?.onsite).toEqual([{ t: 'p', c: [{ t: 'text', v: 'Use the ' }, { t: 'strong', c: [{ t: 'text', v: 'microphone' }] }, { t: 'text', v: '.' }] }]);
    const before = await fetch(`${server.baseUrl}/api/before/${session.joinCode.slice(0, 3)}-${session.joinCode.slice(3)}`);
    expect(before.status).toBe(200);
    const page = (await before.json()) as { title: string; agenda: unknown[]; guidelines: { online: unknown; codeOfConduct: unknown } };
    expect(page.title).toBe('Child Online Safety');
    expect(page.agenda).toHaveLength(TEMPLATES[DEMO_TEMPLATE].agenda.length);
    expect(page.guidelines.codeOfConduct).toEqual([{ t: 'p', c: [{ t: 'text', v: 'Be kind.' }] }]);
    expect((await fetch(`${server.baseUrl}/api/before/000000`)).status).toBe(404);
  });

  it('I18N-5, I18N-10: the pre-session page is sent the texts it shows in the languages the host wrote them in', async () => {
    const plan = {
      title: 'Open data',
      subtitle: 'A round table',
      language: 'en',
      guidelines: { onsite: 'Raise your hand.', online: 'Use the button.' },
      agenda: [{ kind: 'discussion', title: 'Opening', plannedMinutes: 10, translations: { ar: { title: 'الافتتاح' } } }],
      translations: { ar: { title: 'البيانات المفتوحة', subtitle: 'مائدة مستديرة', guidelines: { onsite: 'ارفعوا أيديكم.' } } },
    };
    const created = await createSession(server.baseUrl, { plan });
    const page = (await (await fetch(`${server.baseUrl}/api/before/${created.joinCode}`)).json()) as {
      translations: Record<string, Record<string, unknown>>;
      agenda: { translations?: Record<string, Record<string, unknown>> }[];
      guidelines: { translations: Record<string, Record<string, unknown>> };
    };
    expect(page.translations).toEqual({ ar: { title: 'البيانات المفتوحة', subtitle: 'مائدة مستديرة' } });
    expect(page.agenda[0]?.translations).toEqual({ ar: { title: 'الافتتاح' } });
    expect(page.guidelines.translations.ar?.onsite).toEqual([{ t: 'p', c: [{ t: 'text', v: 'ارفعوا أيديكم.' }] }]);
  });
});
