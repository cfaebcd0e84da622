import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { OpenFloorClient, type SocketLike } from '../../src/client/openFloorClient.ts';
import { joinSession } from '../../src/client/joinApi.ts';
import { createSession, startInProcessServer, tokenOf, type InProcessServer } from '../support/testServer.ts';

/**
 * PROTO-11: a network that goes silent (no close, no error: a phone walking out of the venue's
 * Wi-Fi, a router that drops packets) is noticed by the client's ping within seconds, and the
 * client reconnects once the network is back, losing nothing it sent meanwhile.
 */

/** A TCP relay in front of the server that can swallow every byte both ways, sockets left open. */
class SilentNetwork {
  silent = false;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();

  constructor(readonly targetPort: number) {
    this.#server = createServer((inbound) => {
      const outbound = tcpConnect(targetPort, '127.0.0.1');
      for (const s of [inbound, outbound]) {
        this.#sockets.add(s);
        s.on('close', () => this.#sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      inbound.on('data', (chunk) => {
        if (!this.silent) outbound.write(chunk);
      });
      outbound.on('data', (chunk) => {
        if (!this.silent) inbound.write(chunk);
      });
      inbound.on('close', () => outbound.destroy());
      outbound.on('close', () => inbound.destroy());
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) => this.#server.listen(0, '127.0.0.1', () => resolve((this.#server.address() as { port: number }).port)));
  }

  close(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

describe('PROTO-11: liveness', () => {
  let server: InProcessServer;
  let network: SilentNetwork;
  let relayUrl: string;

  beforeAll(async () => {
    server = await startInProcessServer();
    network = new SilentNetwork(Number(new URL(server.baseUrl).port));
    relayUrl = `ws://127.0.0.1:${String(await network.listen())}/ws`;
  });

  afterAll(async () => {
    await network.close();
    await server.close();
  });

  it('PROTO-11: a ping gets a pong with the server clock, before hello too', async () => {
    const socket = new WebSocket(`${server.baseUrl.replace('http', 'ws')}/ws`);
    const answer = new Promise<unknown>((resolve) => socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()))));
    await new Promise((resolve) => socket.once('open', resolve));
    const before = Date.now();
    socket.send(JSON.stringify({ type: 'ping' }));
    const pong = (await answer) as { type: string; serverTime: number };
    expect(pong.type).toBe('pong');
    expect(pong.serverTime).toBeGreaterThanOrEqual(before - 1_000);
    socket.close();
  });

  it('PROTO-11: a silent network is given up and reconnected; a vote sent while it was silent is applied once it is back', async () => {
    const session = await createSession(server.baseUrl);
    const moderator = new OpenFloorClient({ url: `${server.baseUrl.replace('http', 'ws')}/ws`, token: tokenOf(session.links.moderator), createSocket: (url) => new WebSocket(url) as unknown as SocketLike });
    const joined = await joinSession(server.baseUrl, session.joinCode, 'online');
    const statuses: string[] = [];
    const phone = new OpenFloorClient({
      url: relayUrl,
      token: joined.participantToken,
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      heartbeat: { idleMs: 300, answerMs: 300, connectMs: 1_000 },
      maxRetryMs: 500,
    });
    phone.subscribe((_s, status) => {
      if (statuses.at(-1) !== status) statuses.push(status);
    });
    try {
      await phone.waitFor((_s, status) => status === 'live');
      await moderator.waitFor((_s, status) => status === 'live');
      if ((phone.state.guidelines?.codeOfConduct.length ?? 0) > 0) await phone.send({ type: 'participant.acceptConduct' });
      const poll = moderator.state.polls[0];
      if (!poll) throw new Error('the template has no poll');
      await moderator.send({ type: 'poll.open', pollId: poll.id });
      await phone.waitFor((s) => s.polls.some((p) => p.id === poll.id && p.status === 'open'));

      network.silent = true;
      // Without the heartbeat the socket stays "live" on a silent network until TCP gives up.
      await phone.waitFor((_s, status) => status === 'reconnecting', 5_000);
      const option = poll.options[0]?.id ?? '';
      const vote = phone.send({ type: 'poll.vote', pollId: poll.id, optionIds: [option] });
      await new Promise((r) => setTimeout(r, 500));
      expect(phone.status).not.toBe('live');

      network.silent = false;
      await phone.waitFor((_s, status) => status === 'live', 10_000);
      await vote;
      await moderator.waitFor((s) => s.tallies[poll.id]?.total === 1);
      expect(statuses.slice(0, 2)).toEqual(['live', 'reconnecting']);
      expect(statuses.at(-1)).toBe('live');
    } finally {
      phone.close();
      moderator.close();
    }
  });
});
