import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The reference: what the bare socket library does on this machine, standing for its
 * limit. A minimal `ws` broadcast server with no database, no validation and no logic
 * beyond counting: clients connect and send a hello and get a small welcome; votes are
 * acknowledged at once and counted; a coalesced tally frame of fixed size (padded to the
 * size of OpenFloor's, `TALLY_FRAME_BYTES`) is serialised once and broadcast to every client
 * at most once per `TALLY_INTERVAL_MS` and never sooner than a quarter interval after the
 * previous broadcast ended, at once when it was quiet. It speaks just enough of
 * the OpenFloor protocol for the same fleet and the same client to drive it.
 *
 * Run by bench/run.ts: `node --import tsx bench/referenceServer.ts`, env PORT (0: any),
 * TALLY_INTERVAL_MS, TALLY_FRAME_BYTES; prints `reference listening on <port>`.
 */

const port = Number(process.env.PORT ?? 0);
const intervalMs = Number(process.env.TALLY_INTERVAL_MS ?? 100);
const frameBytes = Number(process.env.TALLY_FRAME_BYTES ?? 0);
/** Same length as OpenFloor's poll ids (UUIDs). */
const POLL_ID = '00000000-0000-4000-8000-000000000000';

const welcome = JSON.stringify({
  type: 'welcome',
  protocol: 1,
  role: 'participant',
  seq: 0,
  snapshot: null,
  tallies: [],
  presence: { onsite: 0, online: 0, undeclared: 0 },
  me: null,
});

const clients = new Set<WebSocket>();
const counts: Record<string, number> = {};
let total = 0;
let last = Number.NEGATIVE_INFINITY;
let timer: ReturnType<typeof setTimeout> | null = null;

function broadcast(): void {
  const started = performance.now();
  const json = JSON.stringify({ type: 'tally', pollId: POLL_ID, total, counts });
  // Trailing spaces keep every frame the same size and are valid JSON.
  const data = Buffer.from(json.length < frameBytes ? json.padEnd(frameBytes, ' ') : json);
  for (const client of clients) client.send(data, { binary: false });
  // The next broadcast waits an interval from this one's start, and at least a quarter of
  // one from its end: a broadcast to ten thousand sockets takes longer than the interval,
  // and without that gap the next vote would start the next broadcast at once, so that the
  // server did nothing else.
  last = Math.max(started, performance.now() - (3 * intervalMs) / 4);
}

function requestBroadcast(): void {
  if (timer) return;
  const wait = last + intervalMs - performance.now();
  if (wait <= 0) return broadcast();
  timer = setTimeout(() => {
    timer = null;
    broadcast();
  }, wait);
}

interface Incoming {
  type?: string;
  id?: string;
  command?: { type?: string; optionIds?: string[] };
}

const http = createServer((_request, response) => {
  response.writeHead(404).end();
});
const wss = new WebSocketServer({ server: http, path: '/ws', perMessageDeflate: false, maxPayload: 64 * 1024 });

wss.on('connection', (socket) => {
  socket.on('message', (data: Buffer) => {
    let message: Incoming;
    try {
      message = JSON.parse(data.toString('utf8')) as Incoming;
    } catch {
      return;
    }
    if (message.type === 'hello') {
      clients.add(socket);
      socket.send(welcome);
    } else if (message.type === 'ping') {
      // PROTO-11: the phones' liveness check, answered as the real server does.
      socket.send(JSON.stringify({ type: 'pong', serverTime: Date.now() }));
    } else if (message.type === 'command' && typeof message.id === 'string') {
      for (const option of message.command?.optionIds ?? []) counts[option] = (counts[option] ?? 0) + 1;
      total++;
      socket.send(JSON.stringify({ type: 'ack', id: message.id, seq: null }));
      requestBroadcast();
    }
  });
  socket.on('error', () => socket.terminate());
  socket.on('close', () => clients.delete(socket));
});

http.listen(port, '127.0.0.1', () => {
  const address = http.address();
  console.log(`reference listening on ${typeof address === 'object' && address ? address.port : port} poll ${POLL_ID}`);
});

const stop = () => {
  for (const client of clients) client.terminate();
  http.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Dies with its orchestrator, which holds the other end of stdin.
process.stdin.on('end', stop);
process.stdin.resume();
