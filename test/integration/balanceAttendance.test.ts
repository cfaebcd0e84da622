import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { connectClient, createInvite, createSession, joinAsParticipant, startInProcessServer, tokenOf, type InProcessServer } from '../support/testServer.ts';

/**
 * Who the balance meter counts as present, over real sockets (FLOOR-13): the seed round table
 * has seven panel speakers; with two participants connected and no speaker link open, the
 * meter says 2 present and 7 invited (it said "9 present" before).
 */
describe('the balance meter counts connected people (FLOOR-13)', () => {
  let server: InProcessServer;
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    server = await startInProcessServer({ TALLY_INTERVAL_MS: '20' });
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server.close();
  });

  it('FLOOR-13: panel speakers who never connected are invited, not present; a speaker link makes one present until it closes', async () => {
    const session = await createSession(server.baseUrl);
    const moderator = connectClient(server.baseUrl, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    const panel = moderator.state.session?.speakers.length ?? 0;
    expect(panel).toBe(7);
    expect(moderator.state.balance).toMatchObject({ present: 0, invited: [0, 1, 2, 3, 4, 5, 6] });

    clients.push(await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite'), await joinAsParticipant(server.baseUrl, session.joinCode, 'online'));
    const two = await moderator.waitFor((s) => s.balance?.present === 2);
    expect(two.balance?.invited).toHaveLength(7);

    // Speaker 2 (online) opens their speaker link: present, with the plan's groups, no longer invited.
    const invite = await createInvite(server.baseUrl, session.id, { role: 'speaker', label: 'Speaker 2 laptop', panelSpeaker: 1 });
    const speaker = connectClient(server.baseUrl, tokenOf(invite.link));
    await speaker.waitFor((_s, status) => status === 'live');
    const three = await moderator.waitFor((s) => s.balance?.present === 3);
    expect(three.balance?.invited).toEqual([0, 2, 3, 4, 5, 6]);
    expect(three.balance?.rows.channel.find((r) => r.group === 'online')?.present).toBe(2);

    speaker.close();
    const back = await moderator.waitFor((s) => s.balance?.present === 2);
    expect(back.balance?.invited).toHaveLength(7);
  });
});
