import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { ClientState } from '../../src/core/clientState.ts';
import { closeRoom, openRoom } from '../support/openRoom.ts';
import { joinAsParticipant, TEST_HOST_TOKEN, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/**
 * Before and after over real sockets against a real server (POLL-34, POLL-35): two prepared
 * polls asking the same question are paired from the cockpit; staff and the projector get the
 * shift overall and by channel, channels under five merged.
 */
describe('poll pairs over WebSocket', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let projector: OpenFloorClient;
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    ({ server, session, moderator, projector } = await openRoom({ TALLY_INTERVAL_MS: '50' }, {
      plan: {
        title: 'Pairs',
        polls: [
          { question: 'Do you know the Goals?', options: ['Yes', 'No'], resultsVisibility: 'after_close' },
          { question: 'Do you know the Goals?', options: ['Yes', 'No'], resultsVisibility: 'after_close' },
        ],
      },
    }, { frames: [] } satisfies Wiretap, clients));
  });

  afterAll(() => closeRoom(server, clients));

  it('POLL-34, POLL-35: the later poll shows the shift to staff at once and to the projector once both are public; six onsite and six online stand apart', async () => {
    const [first, second] = moderator.state.polls.map((p) => p.id);
    if (first === undefined || second === undefined) throw new Error('two prepared polls expected');
    await expect(moderator.send({ type: 'poll.pair', pollId: first, beforeId: second })).rejects.toThrow(/prepared before/);
    await moderator.send({ type: 'poll.pair', pollId: second, beforeId: first });

    const people = await Promise.all(Array.from({ length: 12 }, (_, i) => joinAsParticipant(server.baseUrl, session.joinCode, i < 6 ? 'onsite' : 'online')));
    clients.push(...people);
    await moderator.send({ type: 'poll.open', pollId: first });
    // Before: nobody onsite knows the Goals, everybody online does.
    await Promise.all(people.map((p, i) => p.send({ type: 'poll.vote', pollId: first, optionIds: [i < 6 ? 'o2' : 'o1'] })));
    await moderator.send({ type: 'poll.close', pollId: first });
    await moderator.send({ type: 'poll.open', pollId: second });
    // After: everybody knows them.
    await Promise.all(people.map((p) => p.send({ type: 'poll.vote', pollId: second, optionIds: ['o1'] })));

    const staffDone = (s: ClientState) => s.tallies[second]?.total === 12 && s.tallies[second]?.shift?.overall.afterTotal === 12;
    await moderator.waitFor(staffDone);
    const shift = moderator.state.tallies[second]?.shift;
    expect(shift?.beforeId).toBe(first);
    expect(shift?.overall.rows.map((r) => [r.optionId, r.beforePct, r.afterPct, r.shiftPct])).toEqual([
      ['o1', 50, 100, 50],
      ['o2', 50, 0, -50],
    ]);
    expect(shift?.byGroup.map((c) => [c.group, c.beforeTotal, c.afterTotal, c.rows[0]?.shiftPct])).toEqual([
      ['online', 6, 6, 0],
      ['onsite', 6, 6, 100],
    ]);
    // The second poll's results are not public while it is open: neither is its shift.
    await projector.waitFor((s) => s.tallies[second]?.total === 12);
    expect(projector.state.tallies[second]?.shift).toBeUndefined();

    await moderator.send({ type: 'poll.close', pollId: second });
    await projector.waitFor((s) => s.tallies[second]?.shift?.overall !== undefined);
    expect(projector.state.tallies[second]?.shift?.byGroup).toEqual(shift?.byGroup);

    // The CSV export carries the shift block, without a voter in it; a negative shift is quoted like any cell starting with "-" (POLL-33).
    const csv = await (await fetch(`${server.baseUrl}/api/sessions/${session.id}/polls/${second}/results.csv`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).text();
    expect(csv).toContain('Before and after,Answer,Before %,After %,Shift (points)\r\nall,Yes,50,100,50\r\nall,No,50,0,-50\r\nonline,Yes,100,100,0');
    expect(csv).toContain('onsite,Yes,0,100,100\r\nonsite,No,100,0,-100');

  });
});
