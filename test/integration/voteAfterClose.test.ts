import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import { RawConnection, type Received } from '../support/rawProtocol.ts';
import { createSession, eventually, startInProcessServer, tokenOf, type InProcessServer } from '../support/testServer.ts';

/**
 * POLL-4 under a race (issue 12, found by the retries-and-races model): votes are committed
 * in groups, off the session sequence, so a vote decided while its poll was open could be
 * committed, counted and acknowledged after the moderator's close was committed and
 * acknowledged. From the close's commit on, no vote of that poll is accepted.
 */
describe('a poll closed while votes are in flight (POLL-4)', () => {
  let server: InProcessServer;

  beforeAll(async () => {
    server = await startInProcessServer({ COMMANDS_PER_SECOND: '1000', TALLY_INTERVAL_MS: '20' });
  });

  afterAll(async () => {
    await server.close();
  });

  it('POLL-4: no vote is acknowledged, stored or counted after the close that ended the poll was acknowledged', async () => {
    const late: string[] = [];
    for (let round = 0; round < 8; round++) {
      const session = await createSession(server.baseUrl);
      const moderator = await RawConnection.open(server.baseUrl, tokenOf(session.links.moderator));
      const pollId = moderator.welcome.snapshot?.polls[0]?.id ?? '';
      expect((await moderator.command('open', { type: 'poll.open', pollId })).answer.type).toBe('ack');
      const voters = await Promise.all(
        Array.from({ length: 12 }, async (_v, i) => {
          const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'onsite');
          const conn = await RawConnection.open(server.baseUrl, participantToken);
          expect((await conn.command(`conduct-${i}`, { type: 'participant.acceptConduct' })).answer.type).toBe('ack');
          return conn;
        }),
      );
      // Each voter pipelines a few votes; the close goes out among them.
      const answers: Promise<Received>[] = [];
      voters.forEach((conn, i) => {
        for (let k = 0; k < 3; k++) answers.push(conn.command(`v${i}-${k}`, { type: 'poll.vote', pollId, optionIds: [`o${((i + k) % 4) + 1}`] }));
      });
      const closed = await moderator.command('close', { type: 'poll.close', pollId });
      // What is stored when the close is acknowledged is what the closed poll counts.
      expect(closed.answer.type).toBe('ack');
      const storedAtClose = (await server.store.loadSession(session.id))?.votes.filter((v) => v.pollId === pollId).map((v) => v.optionIds.join());
      const votes = await Promise.all(answers);
      for (const vote of votes) if (vote.answer.type === 'error') expect(vote.answer.reason).toBe('poll.closed');
      // Each voter's socket carries its acks and the announcement of the close in the server's order.
      for (const conn of voters) {
        const isClose = (f: { type: string; [key: string]: unknown }) => f.type === 'poll.updated' && (f.poll as { status: string }).status === 'closed';
        await eventually(() => conn.frames.some(isClose), 5000, 'the close announced');
        const closedAt = conn.frames.findIndex(isClose);
        conn.frames.forEach((f, i) => {
          if (f.type === 'ack' && i > closedAt) late.push(`round ${round}: ${String(f.id)} acknowledged after its voter was told the poll closed`);
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const storedLater = (await server.store.loadSession(session.id))?.votes.filter((v) => v.pollId === pollId).map((v) => v.optionIds.join());
      if (JSON.stringify(storedLater) !== JSON.stringify(storedAtClose)) late.push(`round ${round}: ballots changed after the close was acknowledged`);
      await Promise.all([moderator, ...voters].map((c) => c.close()));
    }
    expect(late).toEqual([]);
  });
});
