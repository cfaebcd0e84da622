import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import type { Store } from '../../src/server/store/store.ts';
import { RawConnection } from '../support/rawProtocol.ts';
import { createSession, startInProcessServer, type InProcessServer } from '../support/testServer.ts';

/** Makes every commit of a real store take `ms` longer, as a slow or busy disk does. */
function slowDisk(store: Store, ms: number): void {
  const wait = () => new Promise((resolve) => setTimeout(resolve, ms));
  const appendEvents = store.appendEvents.bind(store);
  const recordContributions = store.recordContributions.bind(store);
  Object.assign(store, {
    appendEvents: async (...args: Parameters<Store['appendEvents']>) => {
      await wait();
      return appendEvents(...args);
    },
    recordContributions: async (...args: Parameters<Store['recordContributions']>) => {
      await wait();
      return recordContributions(...args);
    },
  });
}

/**
 * PROTO-9 when commits are slow (issue 12, found by `npm run reliability:floods` on a busy
 * machine): a socket's frames were counted against its rate only when their turn came, one
 * after the other behind commits, so a client sending faster than the server committed was
 * never throttled and its frames piled up unread in the server's memory (1,027,904 frames,
 * +540 MiB in 25 s, no cut-off). Frames are now counted as they arrive and at most a burst of
 * them waits: a flood is cut off at once, however slowly the store commits.
 */
describe('a flood over a slow store (PROTO-9)', () => {
  let server: InProcessServer;

  beforeAll(async () => {
    server = await startInProcessServer();
  });

  afterAll(async () => {
    await server.close();
  });

  it('PROTO-9: frames past the socket rate are refused as they arrive, and the flood is cut off within seconds even when each commit takes 200 ms', async () => {
    const session = await createSession(server.baseUrl);
    const { participantToken } = await joinSession(server.baseUrl, session.joinCode, 'onsite');
    const conn = await RawConnection.open(server.baseUrl, participantToken);
    expect((await conn.command('conduct', { type: 'participant.acceptConduct' })).answer.type).toBe('ack');
    slowDisk(server.store, 200);
    const started = performance.now();
    for (let i = 0; i < 3_000; i++) conn.post(`f${i}`, i % 2 === 0 ? { type: 'floor.raise', intent: 'comment', label: null } : { type: 'floor.lower' });
    const closed = await Promise.race([conn.closed, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000))]);
    expect(closed?.code, 'closed for flooding within 5 s').toBe(1008);
    expect(performance.now() - started).toBeLessThan(5_000);
    const reasons = conn.frames.filter((f) => f.type === 'error').map((f) => f.reason);
    expect(reasons).toContain('connection.flooding');
    // Few of the 3,000 were taken at all: a burst waits its turn, the rest were refused on arrival.
    expect(conn.frames.filter((f) => f.type === 'ack').length).toBeLessThanOrEqual(30);
  });
});
