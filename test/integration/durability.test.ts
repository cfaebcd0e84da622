import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { connectClient, startServerProcess, tempDir, tokenOf, type ServerProcess } from '../support/testServer.ts';

/**
 * DUR-1, DUR-2: the server is SIGKILLed in the middle of a vote storm and started again on
 * the same port and database. Nothing acknowledged is lost; open clients reconnect, re-send
 * what was not acknowledged, and catch up by themselves.
 */
describe('durability across SIGKILL', () => {
  const dir = tempDir();
  const env = { DATABASE_URL: join(dir.path, 'openfloor.db'), TALLY_INTERVAL_MS: '50' };
  let server: ServerProcess | null = null;
  const clients: OpenFloorClient[] = [];

  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.kill('SIGKILL');
    dir.remove();
  });

  it('DUR-1, DUR-2: every acknowledged vote survives a kill; clients reconnect and catch up', async () => {
    server = await startServerProcess({ ...env, PORT: '0' });
    const { baseUrl, port } = server;
    const moderator = connectClient(baseUrl, tokenOf(server.demo.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    const pollId = moderator.state.polls[0]?.id;
    if (!pollId) throw new Error('the demo session has no poll');
    await moderator.send({ type: 'poll.open', pollId });

    // Group A votes once, is acknowledged, and leaves before the crash: only the database
    // can still count these votes after the restart.
    const groupA = await Promise.all(
      Array.from({ length: 40 }, async () => connectClient(baseUrl, (await joinSession(baseUrl, server?.demo.joinCode ?? '', 'onsite')).participantToken)),
    );
    // The demo session has a code of conduct: each accepts it first, as on the page (GUIDE-3).
    await Promise.all(groupA.map(async (c, i) => {
      await c.send({ type: 'participant.acceptConduct' });
      await c.send({ type: 'poll.vote', pollId, optionIds: [`o${(i % 4) + 1}`] });
    }));
    for (const c of groupA) c.close();
    const expected: Record<string, number> = {};
    groupA.forEach((_c, i) => {
      const option = `o${(i % 4) + 1}`;
      expected[option] = (expected[option] ?? 0) + 1;
    });

    // Group B keeps changing its vote while the server is killed mid-way.
    const groupB = await Promise.all(
      Array.from({ length: 80 }, async () => {
        const client = connectClient(baseUrl, (await joinSession(baseUrl, server?.demo.joinCode ?? '', 'online')).participantToken);
        clients.push(client);
        await client.waitFor((_s, status) => status === 'live');
        await client.send({ type: 'participant.acceptConduct' });
        return client;
      }),
    );
    const rounds = 6;
    let acked = 0;
    const finalChoice = (i: number) => `o${((i + rounds - 1) % 4) + 1}`;
    const storm = Promise.all(
      groupB.map(async (client, i) => {
        for (let r = 0; r < rounds; r++) {
          await client.send({ type: 'poll.vote', pollId, optionIds: [`o${((i + r) % 4) + 1}`] });
          acked++;
        }
      }),
    );
    while (acked < 120) await new Promise((r) => setTimeout(r, 1));
    await server.kill('SIGKILL');
    const ackedAtKill = acked;
    expect(ackedAtKill).toBeLessThan(80 * rounds);
    await new Promise((r) => setTimeout(r, 300));
    expect(groupB.some((c) => c.status === 'reconnecting')).toBe(true);

    server = await startServerProcess({ ...env, PORT: String(port) });
    await storm;
    groupB.forEach((_c, i) => {
      const option = finalChoice(i);
      expected[option] = (expected[option] ?? 0) + 1;
    });
    // The moderator's page, left open, reconnects and catches up by itself.
    const sameCounts = (counts: Readonly<Record<string, number>> | null | undefined) =>
      counts !== null && counts !== undefined && Object.keys(expected).every((k) => counts[k] === expected[k]);
    await moderator.waitFor((s, status) => status === 'live' && s.tallies[pollId]?.total === 120 && sameCounts(s.tallies[pollId]?.counts), 20_000);
    expect(moderator.state.tallies[pollId]?.counts).toEqual(expected);
    expect(groupB.every((c) => c.pendingCount === 0)).toBe(true);
    groupB.forEach((c, i) => expect(c.state.myVotes[pollId]).toEqual([finalChoice(i)]));

    // A page opened after the restart with the old link sees the same.
    const late = connectClient(baseUrl, tokenOf(server.demo.projector));
    clients.push(late);
    await late.waitFor((s) => s.tallies[pollId]?.total === 120);
    expect(late.state.tallies[pollId]?.counts).toEqual(expected);
  });
});
