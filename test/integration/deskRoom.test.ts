import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRefused, type OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { SessionReport } from '../../src/core/report/sessionReport.ts';
import { TEST_HOST_TOKEN, connectClient, createInvite, createSession, eventually, joinAsParticipant, startInProcessServer, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/**
 * The rapporteur's desk over real sockets and a real database (REPORT-6..REPORT-10): the rapporteur
 * writes, the moderators see it live, no one else receives it; a pull and a note on the
 * timeline; the notes survive a reconnect and reach the report.
 */
describe('the rapporteur desk over sockets', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let rapporteurToken: string;
  const clients: OpenFloorClient[] = [];
  const track = (client: OpenFloorClient) => {
    clients.push(client);
    return client;
  };
  const participantTap: Wiretap = { frames: [] };
  const projectorTap: Wiretap = { frames: [] };
  const speakerTap: Wiretap = { frames: [] };
  const moderatorTap: Wiretap = { frames: [] };
  const rapporteurTap: Wiretap = { frames: [] };
  let moderator: OpenFloorClient;
  let rapporteur: OpenFloorClient;
  let participant: OpenFloorClient;

  beforeAll(async () => {
    server = await startInProcessServer({ TALLY_INTERVAL_MS: '20' });
    session = await createSession(server.baseUrl);
    rapporteurToken = tokenOf((await createInvite(server.baseUrl, session.id, { role: 'rapporteur', label: 'Rapporteur' })).link);
    const speakerToken = tokenOf((await createInvite(server.baseUrl, session.id, { role: 'speaker', label: 'Speaker 1', panelSpeaker: 0 })).link);
    moderator = track(connectClient(server.baseUrl, tokenOf(session.links.moderator), { wiretap: moderatorTap }));
    rapporteur = track(connectClient(server.baseUrl, rapporteurToken, { wiretap: rapporteurTap }));
    const projector = track(connectClient(server.baseUrl, tokenOf(session.links.projector), { wiretap: projectorTap }));
    const speaker = track(connectClient(server.baseUrl, speakerToken, { wiretap: speakerTap }));
    for (const c of [moderator, rapporteur, projector, speaker]) await c.waitFor((_s, status) => status === 'live');
    participant = track(await joinAsParticipant(server.baseUrl, session.joinCode, 'online', { wiretap: participantTap }));
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it('REPORT-6: the welcome carries the desk to staff and the rapporteur, not to participants', () => {
    expect(rapporteur.state.desk).toEqual({ notes: [], timeline: [] });
    expect(moderator.state.desk).toEqual({ notes: [], timeline: [] });
    expect(participant.state.desk).toBeNull();
  });

  it('REPORT-6: only the rapporteur writes; a moderator and a participant are refused', async () => {
    const note = { type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: 'Not mine to write', attach: null } as const;
    for (const client of [moderator, participant]) {
      const refused = await client.send(note).then(
        () => null,
        (error: unknown) => (error instanceof CommandRefused ? error.code : String(error)),
      );
      expect(refused).toBe('forbidden');
    }
  });

  it('REPORT-6, REPORT-9: a takeaway and a note on the timeline reach the moderators live, by role and room only, and no one else', async () => {
    await moderator.send({ type: 'agenda.start' });
    await moderator.send({ type: 'floor.add', label: 'Seat 7 Zeynep Quillfeather', channel: 'online', intent: 'comment' });
    await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: null });
    await eventually(() => rapporteur.state.desk?.timeline.length === 1, 5000, 'the timeline on the desk');
    const entry = rapporteur.state.desk?.timeline[0];
    expect(entry).toMatchObject({ kind: 'added', channel: 'online', endedAt: null });
    await rapporteur.send({ type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: 'Children must be heard in platform design', attach: null });
    await rapporteur.send({ type: 'desk.note', agendaItem: 0, tag: 'callToAction', text: 'Regulators should publish age-assurance audits', attach: { kind: 'intervention', interventionId: entry?.id ?? '' } });
    await rapporteur.send({ type: 'desk.note', agendaItem: null, tag: 'partnershipOffer', text: '', attach: { kind: 'balance' } });
    await eventually(() => moderator.state.desk?.notes.length === 3, 5000, 'the notes in the cockpit');
    expect(moderator.state.desk?.notes.map((n) => n.tag)).toEqual(['takeaway', 'callToAction', 'partnershipOffer']);
    expect(moderator.state.desk?.notes[2]?.attachment).toMatchObject({ kind: 'balance', byChannel: { online: { interventions: 1 } } });
    for (const tap of [participantTap, projectorTap, speakerTap]) {
      const all = tap.frames.join('\n');
      expect(all).not.toContain('desk.updated');
      expect(all).not.toContain('Children must be heard');
      expect(all).not.toContain('"desk":{');
    }
    const deskFrames = [...moderatorTap.frames, ...rapporteurTap.frames].filter((f) => f.includes('"desk.updated"') || f.includes('"desk":{'));
    expect(deskFrames.length).toBeGreaterThan(0);
    for (const frame of deskFrames) {
      const desk = JSON.stringify((JSON.parse(frame) as { desk?: unknown }).desk);
      expect(desk).not.toContain('Zeynep');
      expect(desk).not.toContain('Seat 7');
    }
  });

  it('REPORT-7: the notes are committed: a new connection of the rapporteur gets them in its welcome, edits and removals included', async () => {
    const first = rapporteur.state.desk?.notes[0]?.id ?? '';
    await rapporteur.send({ type: 'desk.edit', noteId: first, agendaItem: 0, tag: 'takeaway', text: 'Children must be heard in the design of platforms' });
    const third = rapporteur.state.desk?.notes[2]?.id ?? '';
    await rapporteur.send({ type: 'desk.remove', noteId: third });
    const again = track(connectClient(server.baseUrl, rapporteurToken));
    const state = await again.waitFor((s, status) => status === 'live' && s.desk !== null);
    expect(state.desk?.notes.map((n) => n.text)).toEqual(['Children must be heard in the design of platforms', 'Regulators should publish age-assurance audits']);
    await eventually(() => moderator.state.desk?.notes.length === 2, 5000, 'the removal in the cockpit');
  });

  it('REPORT-10, REPORT-23: the report takes the item’s takeaways and calls to action from the notes, a pull with what it pulled', async () => {
    const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/report`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
    expect(response.status).toBe(200);
    const report = (await response.json()) as SessionReport;
    expect(report.agenda[0]?.takeaways).toEqual(['Children must be heard in the design of platforms']);
    // A call to action that pulled in an intervention is listed with what it pulled (REPORT-23), after the plain ones.
    expect(report.agenda[0]?.callsToAction).toEqual([]);
    expect(report.agenda[0]?.pulled).toEqual([
      { kind: 'callsToAction', words: 'Regulators should publish age-assurance audits', about: expect.objectContaining({ kind: 'intervention', channel: 'online' }) },
    ]);
    expect(JSON.stringify(report)).not.toContain('Zeynep');
  });

  it('REPORT-11: the most participants connected at once reaches the report, by channel, and a departure does not lower it', async () => {
    const extra = [await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite'), await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite')];
    const peakOf = async () => {
      const response = await fetch(`${server.baseUrl}/api/sessions/${session.id}/report`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
      return ((await response.json()) as SessionReport).participation.peak;
    };
    await eventually(async () => (await peakOf())?.total === 3, 10_000, 'the peak of three');
    for (const client of extra) client.close();
    await eventually(() => moderator.state.presence.onsite === 0, 5000, 'the onsite participants gone');
    await joinAsParticipant(server.baseUrl, session.joinCode, 'online').then(track);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await peakOf()).toMatchObject({ total: 3, onsite: 2, online: 1 });
  });
});
