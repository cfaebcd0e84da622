import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { ClientState } from '../../src/core/clientState.ts';
import { closeRoom, openRoom } from '../support/openRoom.ts';
import { joinAsParticipant, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/**
 * The poll kinds of issue 15 over real sockets against a real server, prepared in the plan:
 * summaries on the wire per audience, breakdowns for staff only, exports (POLL-20..POLL-33).
 */
describe('poll kinds over WebSocket', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let projector: OpenFloorClient;
  const projectorTap: Wiretap = { frames: [] };
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    ({ server, session, moderator, projector } = await openRoom({ TALLY_INTERVAL_MS: '50' }, { plan: {
      title: 'Kinds',
      agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }],
      polls: [
        { question: 'How safe?', kind: 'rating', scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' }, agendaItem: 0 },
        { question: 'Order these', kind: 'ranking', options: ['A', 'B', 'C'] },
        { question: 'One word', kind: 'wordcloud' },
        { question: 'Two words', kind: 'wordcloud' },
        { question: 'Your idea', kind: 'open_text' },
        { question: 'Capital of France?', kind: 'quiz', options: ['Paris', 'Rome'], correct: [0], timerSeconds: 60 },
      ],
    } }, projectorTap, clients));
  });

  afterAll(() => closeRoom(server, clients));

  const pollId = (question: string) => moderator.state.polls.find((p) => p.question === question)?.id ?? '';

  async function voters(n: number): Promise<OpenFloorClient[]> {
    const list = await Promise.all(Array.from({ length: n }, (_, i) => joinAsParticipant(server.baseUrl, session.joinCode, i < 6 ? 'onsite' : 'online')));
    clients.push(...list);
    return list;
  }

  it('POLL-22, POLL-28: a prepared rating poll gives its mean; staff get breakdowns with groups under five merged, the public none', async () => {
    const id = pollId('How safe?');
    expect(moderator.state.polls.find((p) => p.id === id)?.agendaItem).toBe(0);
    await moderator.send({ type: 'poll.open', pollId: id });
    const people = await voters(9);
    await Promise.all(people.map((v, i) => v.send({ type: 'poll.vote', pollId: id, optionIds: [i < 6 ? 'o5' : 'o2'] })));
    const done = (s: ClientState) => s.tallies[id]?.total === 9;
    await moderator.waitFor(done);
    await projector.waitFor(done);
    expect(projector.state.tallies[id]?.summary).toEqual({ kind: 'rating', scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Very' }, mean: (6 * 5 + 3 * 2) / 9 });
    expect(projector.state.tallies[id]?.breakdowns).toBeUndefined();
    // Six onsite stay a cell; three online are under five, so they join "other" with the onsite six.
    expect(moderator.state.tallies[id]?.breakdowns?.channel).toEqual([{ group: 'other', total: 9, counts: { o5: 6, o2: 3 } }]);
    const csv = await (await fetch(`${server.baseUrl}/api/sessions/${session.id}/polls/${id}/results.csv`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).text();
    expect(csv.split('\r\n').slice(0, 7)).toEqual(['Answer,Votes,Share', '1,0,0%', '2,3,33%', '3,0,0%', '4,0,0%', '5,6,67%', 'Participants,9,']);
    expect(csv).toContain('Channel,Participants,1,2,3,4,5\r\nother,9,0,3,0,0,6');
    const svg = await fetch(`${server.baseUrl}/api/sessions/${session.id}/polls/${id}/results.svg`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    const text = await svg.text();
    expect(text).toContain('Mean 4.0 on a scale of 1 to 5');
    expect(text).toContain('<title');
    await moderator.send({ type: 'poll.close', pollId: id });
    for (const v of people) v.close();
  });

  it('POLL-33: exports need the host token or a staff link of the session', async () => {
    const id = pollId('How safe?');
    expect((await fetch(`${server.baseUrl}/api/sessions/${session.id}/polls/${id}/results.csv`)).status).toBe(401);
    const asProjector = await fetch(`${server.baseUrl}/api/sessions/${session.id}/polls/${id}/results.csv`, { headers: { authorization: `Bearer ${tokenOf(session.links.projector)}` } });
    expect(asProjector.status).toBe(401);
    const asModerator = await fetch(`${server.baseUrl}/api/sessions/${session.id}/polls/${id}/results.csv`, { headers: { authorization: `Bearer ${tokenOf(session.links.moderator)}` } });
    expect(asModerator.status).toBe(200);
  });

  it('POLL-23: a ranking ballot in a new order replaces the old; Borda scores follow', async () => {
    const id = pollId('Order these');
    await moderator.send({ type: 'poll.open', pollId: id });
    const [v] = await voters(1);
    await v?.send({ type: 'poll.vote', pollId: id, optionIds: ['o1', 'o2', 'o3'] });
    await v?.send({ type: 'poll.vote', pollId: id, optionIds: ['o3', 'o2', 'o1'] });
    await projector.waitFor((s) => s.tallies[id]?.summary?.kind === 'ranking' && s.tallies[id].summary.ranks[0]?.optionId === 'o3');
    expect(projector.state.tallies[id]?.summary).toEqual({ kind: 'ranking', ranks: [{ optionId: 'o3', meanRank: 1, borda: 2 }, { optionId: 'o2', meanRank: 2, borda: 1 }, { optionId: 'o1', meanRank: 3, borda: 0 }] });
    await moderator.send({ type: 'poll.close', pollId: id });
    v?.close();
  });

  it('POLL-24, POLL-25: words and answers: the projector gets shown entries only, never counts per text, and never a pending answer', async () => {
    const cloud = pollId('One word');
    const text = pollId('Your idea');
    await moderator.send({ type: 'poll.open', pollId: cloud });
    await moderator.send({ type: 'poll.open', pollId: text, alongside: true });
    const people = await voters(3);
    await Promise.all(people.map((v) => v.send({ type: 'poll.write', pollId: cloud, entries: ['Trust', 'the safety'] })));
    await people[0]?.send({ type: 'poll.write', pollId: text, entries: ['Ask children first'] });
    await projector.waitFor((s) => s.tallies[cloud]?.total === 3 && s.tallies[text]?.total === 1);
    await moderator.waitFor((s) => s.tallies[text]?.total === 1);
    const entries = projector.state.tallies[cloud]?.summary;
    expect(entries).toMatchObject({ kind: 'entries', distinct: 2 });
    expect(entries?.kind === 'entries' ? entries.entries.map((e) => [e.text, e.count]) : null).toEqual([['safety', 3], ['trust', 3]]);
    expect(projector.state.tallies[cloud]?.counts).toEqual({});
    // Youth mode pre-moderates: the answer waits for staff, unseen by the projector.
    expect(projector.state.tallies[text]?.summary).toEqual({ kind: 'entries', entries: [], distinct: 0 });
    const staffView = moderator.state.tallies[text]?.summary;
    const key = staffView?.kind === 'entries' ? staffView.entries[0]?.key ?? '' : '';
    expect(staffView?.kind === 'entries' ? staffView.entries[0]?.status : null).toBe('pending');
    await moderator.send({ type: 'poll.judge', pollId: text, key, verdict: 'approved' });
    await projector.waitFor((s) => s.tallies[text]?.summary?.kind === 'entries' && s.tallies[text].summary.entries.length === 1);
    // POLL-27: no frame to the projector names a voter.
    expect(projectorTap.frames.join('\n')).not.toContain('participantId');
    await moderator.send({ type: 'poll.close', pollId: cloud });
    await moderator.send({ type: 'poll.close', pollId: text });
    for (const v of people) v.close();
  });

  it('POLL-24: a word\'s text reaches the public once, then its place; a phone that joins between broadcasts reads the cloud as the projector does, then and after', async () => {
    const id = pollId('Two words');
    const words = (client: OpenFloorClient) => {
      const summary = client.state.tallies[id]?.summary;
      return summary?.kind === 'entries' ? summary.entries.map((e) => [e.text, e.count]) : null;
    };
    await moderator.send({ type: 'poll.open', pollId: id });
    const [first, second] = await voters(2);
    await first?.send({ type: 'poll.write', pollId: id, entries: ['Privacy'] });
    await projector.waitFor((s) => s.tallies[id]?.total === 1);
    const seen = projectorTap.frames.length;
    await second?.send({ type: 'poll.write', pollId: id, entries: ['Privacy', 'Trust'] });
    await projector.waitFor((s) => s.tallies[id]?.total === 2);
    const later = projectorTap.frames.slice(seen).filter((f) => f.startsWith('{"type":"tally"') && f.includes(`"pollId":"${id}"`));
    expect(later.length).toBeGreaterThan(0);
    expect(later.join('\n')).toContain('"trust"');
    expect(later.join('\n')).not.toContain('"privacy"');
    expect(words(projector)).toEqual([['privacy', 2], ['trust', 1]]);
    const [late] = await voters(1);
    if (!late) throw new Error('no phone');
    expect(words(late)).toEqual(words(projector));
    await late.send({ type: 'poll.write', pollId: id, entries: ['Trust', 'Children'] });
    await projector.waitFor((s) => s.tallies[id]?.total === 3);
    await late.waitFor((s) => s.tallies[id]?.total === 3);
    expect(words(projector)).toEqual([['privacy', 2], ['trust', 2], ['children', 1]]);
    expect(words(late)).toEqual(words(projector));
    await moderator.send({ type: 'poll.close', pollId: id });
  });

  it('POLL-26, POLL-27: a quiz gives the class result; the correct option reaches the projector only after close', async () => {
    const id = pollId('Capital of France?');
    await moderator.send({ type: 'poll.open', pollId: id });
    const people = await voters(2);
    await people[0]?.send({ type: 'poll.vote', pollId: id, optionIds: ['o1'] });
    await people[1]?.send({ type: 'poll.vote', pollId: id, optionIds: ['o2'] });
    await projector.waitFor((s) => s.tallies[id]?.total === 2);
    expect(projector.state.tallies[id]?.summary).toMatchObject({ kind: 'quiz', correctCount: 1, correct: null });
    await moderator.send({ type: 'poll.close', pollId: id });
    await projector.waitFor((s) => s.tallies[id]?.summary?.kind === 'quiz' && s.tallies[id].summary.correct !== null);
    expect(projector.state.tallies[id]?.summary).toMatchObject({ kind: 'quiz', correctCount: 1, correct: ['o1'] });
    for (const v of people) v.close();
  });
});
