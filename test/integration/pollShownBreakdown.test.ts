import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { ClientState } from '../../src/core/clientState.ts';
import { closeRoom, openRoom } from '../support/openRoom.ts';
import { joinAsParticipant, type CreatedSessionResponse, type InProcessServer, type Wiretap } from '../support/testServer.ts';

/**
 * POLL-60 over real sockets: a moderator shows a poll's results side by side by room or by
 * declared group; the projector and the phones get that one breakdown, small groups merged,
 * and only while the results are public.
 */
describe('a breakdown shown to the public (POLL-60)', () => {
  let server: InProcessServer;
  let session: CreatedSessionResponse;
  let moderator: OpenFloorClient;
  let projector: OpenFloorClient;
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    ({ server, session, moderator, projector } = await openRoom({ TALLY_INTERVAL_MS: '50' }, { plan: {
      title: 'Side by side',
      polls: [
        { question: 'Is the internet safe for children?', options: ['Yes', 'No'] },
        { question: 'Secret ballot', options: ['Yes', 'No'], resultsVisibility: 'hidden' },
        { question: 'One word', kind: 'wordcloud' },
      ],
    } }, { frames: [] } satisfies Wiretap, clients));
  });

  afterAll(() => closeRoom(server, clients));

  const pollId = (question: string) => moderator.state.polls.find((p) => p.question === question)?.id ?? '';

  async function voters(onsite: number, online: number): Promise<OpenFloorClient[]> {
    const list = await Promise.all(Array.from({ length: onsite + online }, (_, i) => joinAsParticipant(server.baseUrl, session.joinCode, i < onsite ? 'onsite' : 'online')));
    clients.push(...list);
    return list;
  }

  it('POLL-60: by room on the projector and the phones, each room as a share of itself; hidden again on request', async () => {
    const id = pollId('Is the internet safe for children?');
    await moderator.send({ type: 'poll.open', pollId: id });
    const people = await voters(6, 5);
    // The room says yes, online says no: what the overall (6 to 5) hides.
    await Promise.all(people.map((p, i) => p.send({ type: 'poll.vote', pollId: id, optionIds: [i < 6 ? 'o1' : 'o2'] })));
    const phone = people[0] as OpenFloorClient;
    await projector.waitFor((s) => s.tallies[id]?.total === 11);
    expect(projector.state.tallies[id]?.shownBreakdown).toBeUndefined();

    await moderator.send({ type: 'poll.showBreakdown', pollId: id, dimension: 'channel' });
    const shown = (s: ClientState) => s.tallies[id]?.shownBreakdown?.dimension === 'channel' && s.tallies[id]?.total === 11;
    await projector.waitFor(shown);
    await phone.waitFor(shown);
    const expected = {
      dimension: 'channel',
      cells: [
        { group: 'online', total: 5, counts: { o2: 5 } },
        { group: 'onsite', total: 6, counts: { o1: 6 } },
      ],
    };
    expect(projector.state.tallies[id]?.shownBreakdown).toEqual(expected);
    expect(phone.state.tallies[id]?.shownBreakdown).toEqual(expected);
    expect(projector.state.polls.find((p) => p.id === id)?.shownBreakdown).toBe('channel');

    // Nobody declared a stakeholder group: one "undeclared" cell of all eleven, no one singled out.
    await moderator.send({ type: 'poll.showBreakdown', pollId: id, dimension: 'stakeholderGroup' });
    await projector.waitFor((s) => s.tallies[id]?.shownBreakdown?.dimension === 'stakeholderGroup');
    expect(projector.state.tallies[id]?.shownBreakdown?.cells).toEqual([{ group: 'undeclared', total: 11, counts: { o1: 6, o2: 5 } }]);

    await moderator.send({ type: 'poll.showBreakdown', pollId: id, dimension: null });
    await projector.waitFor((s) => s.tallies[id] !== undefined && s.tallies[id]?.shownBreakdown === undefined);
    await moderator.send({ type: 'poll.close', pollId: id });
  });

  it('POLL-60, PRIV-1: a breakdown of hidden results reaches no one but staff', async () => {
    const id = pollId('Secret ballot');
    await moderator.send({ type: 'poll.open', pollId: id });
    const people = await voters(6, 6);
    await Promise.all(people.map((p, i) => p.send({ type: 'poll.vote', pollId: id, optionIds: [i % 2 === 0 ? 'o1' : 'o2'] })));
    await moderator.send({ type: 'poll.showBreakdown', pollId: id, dimension: 'channel' });
    await projector.waitFor((s) => s.polls.find((p) => p.id === id)?.shownBreakdown === 'channel' && s.tallies[id]?.total === 12);
    await moderator.waitFor((s) => s.tallies[id]?.total === 12);
    expect(projector.state.tallies[id]?.counts).toBeNull();
    expect(projector.state.tallies[id]?.shownBreakdown).toBeUndefined();
    expect(moderator.state.tallies[id]?.breakdowns?.channel).toHaveLength(2);
    // Revealed, the breakdown follows the results to the public.
    await moderator.send({ type: 'poll.reveal', pollId: id, revealed: true });
    await projector.waitFor((s) => s.tallies[id]?.shownBreakdown?.cells.length === 2);
    await moderator.send({ type: 'poll.close', pollId: id });
  });

  it('POLL-60: a participant cannot choose what the room sees; a word cloud has no shares to show', async () => {
    const [phone] = await voters(1, 0);
    await expect((phone as OpenFloorClient).send({ type: 'poll.showBreakdown', pollId: pollId('Is the internet safe for children?'), dimension: 'channel' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(moderator.send({ type: 'poll.showBreakdown', pollId: pollId('One word'), dimension: 'channel' })).rejects.toMatchObject({ code: 'invalid_input', reason: 'poll.noBreakdown' });
  });
});
