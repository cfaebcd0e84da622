/**
 * Malformed input (issue 12, docs/RELIABILITY.md): generated frames over real sockets — wrong
 * types, unknown types, wrong field types, deep nesting, frames over the size limit, binary
 * frames, invalid UTF-8, before and after a hello. Each frame must get a typed error
 * (PROTO-1, PROTO-8), an ack, welcome or pong where it happens to be valid, or a close with 1007
 * (not UTF-8), 1008 (policy, PROTO-9) or 1009 (too large, PROTO-2); never an `internal` error,
 * never silence. The server must stay up (a new participant still votes at the end) and its
 * resident memory must come back near where it was before.
 *
 * Sockets send one frame at a time and wait for its answer, at most 40 frames a second each
 * (the server allows 50, PROTO-9), so that every answer belongs to one frame.
 *
 * Run: `npm run reliability:malformed` (100,000 frames) or `npm run reliability:malformed:quick`.
 */
import fc from 'fast-check';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import {
  frameType,
  HeapInspector,
  healthy,
  isTypedError,
  joinParticipants,
  machineLine,
  mapLimit,
  mib,
  openDemoPoll,
  pickSeed,
  printFigures,
  ProtocolClient,
  readOptions,
  rssKiB,
  ServerUnderTest,
  sleep,
  wsUrl,
} from './common.ts';
import { CLOSING_REASONS, expectationOf, isTerminal, render, socketScripts, type FrameSpec, type SocketScript } from './malformedFrames.ts';

const { quick, values: o } = readOptions('malformed', {
  frames: { full: 100_000, quick: 5_000, help: 'generated frames to send' },
  sockets: { full: 48, quick: 32, help: 'sockets sending at once' },
  participants: { full: 300, quick: 60, help: 'participant tokens the sockets say hello with' },
  maxFramesPerSocket: { full: 30, quick: 30, help: 'most generated frames on one socket' },
  frameGapMs: { full: 25, quick: 25, help: 'least time between two frames on one socket' },
  answerTimeoutMs: { full: 10_000, quick: 10_000, help: 'a frame without an answer by then is unanswered' },
  warmupFrames: { full: 2_000, quick: 500, help: 'frames sent before the memory baseline is taken' },
  settleMs: { full: 60_000, quick: 20_000, help: 'how long memory may take to come back' },
  memoryRatio: { full: 1.1, quick: 1.1, help: 'bound: memory after ≤ baseline × ratio + slack' },
  nearRatio: { full: 1.05, quick: 1.05, help: 'memory within baseline × this counts as back (the wait ends)' },
  memorySlackMiB: { full: 8, quick: 8, help: 'bound: memory after ≤ baseline × ratio + slack' },
  seed: { full: 0, quick: 0, help: 'seed of the frames (0: from the clock)' },
});
const seed = pickSeed(o.seed);

/** Server frames that answer a client frame: a refusal, an ack, a welcome (to a hello), a pong (to a ping, PROTO-11). */
const ANSWER_TYPES = new Set(['error', 'ack', 'welcome', 'pong']);

/** Close codes that answer a frame by themselves: not UTF-8, policy (a flood), too large. */
const ANSWERING_CLOSES = new Set([1007, 1008, 1009]);

type Outcome = { readonly kind: 'answer'; readonly frame: unknown; readonly type: string } | { readonly kind: 'close'; readonly code: number } | { readonly kind: 'timeout' };

interface CategoryFigures {
  sent: number;
  outcomes: Map<string, number>;
}

const byCategory = new Map<string, CategoryFigures>();
const failures: string[] = [];
let sent = 0;
let setupFailures = 0;
let helloTimeouts = 0;
let socketsOpened = 0;
let nextCommandId = 0;

// The inspector (loopback) lets the script force a garbage collection and read the heap in use.
const server = new ServerUnderTest({ NODE_OPTIONS: '--inspect=127.0.0.1:0' });
const started = Date.now();
console.log(`malformed: ${quick ? 'quick' : 'full'} run, seed ${seed}; ${o.frames} frames over up to ${o.sockets} sockets at once`);
console.log(`machine: ${machineLine()}`);

let exitCode = 1;
try {
  exitCode = await run();
} catch (error) {
  console.error('malformed: the run failed:', error);
  console.error(server.outputTail());
} finally {
  await server.dispose();
}
process.exit(exitCode);

async function run(): Promise<number> {
  const running = await server.start();
  const { pid } = running;
  const url = wsUrl(running);
  const { pollId, moderator } = await openDemoPoll(running);
  const tokens = await joinParticipants(running.baseUrl, running.demo.joinCode, o.participants);
  // Half of them accept the code of conduct, so that generated contributions reach the rules behind it (GUIDE-3).
  await mapLimit(tokens.filter((_t, i) => i % 2 === 0), 16, async (token, i) => {
    const client = new ProtocolClient({ url, token, reconnect: false });
    await client.live();
    await client.command(`conduct-${i}`, { type: 'participant.acceptConduct' });
    client.close();
  });

  const scripts = scriptStream();
  let tokenTurn = 0;
  const nextToken = () => tokens[tokenTurn++ % tokens.length] as string;
  const sendUntil = async (target: number) => {
    await Promise.all(Array.from({ length: o.sockets }, async () => {
      while (sent < target) await runScript(url, scripts.next(), nextToken(), pollId, target);
    }));
  };

  const sendStart = Date.now();
  // Warm-up first: the baseline is the server as it runs, with its code loaded and its caches filled.
  await sendUntil(Math.min(o.warmupFrames, o.frames));
  const inspectorUrl = HeapInspector.urlIn(running.output);
  if (!inspectorUrl) throw new Error('the server printed no inspector address');
  const heap = await HeapInspector.connect(inspectorUrl);
  const heapBaseline = await heap.usedAfterGcKiB();
  await sleep(3_000);
  const baseline = median([rssKiB(pid), (await sleep(500), rssKiB(pid)), (await sleep(500), rssKiB(pid))]);
  let peak = baseline;
  const sampler = setInterval(() => {
    const now = rssKiB(pid);
    if (now > peak) peak = now;
  }, 250);
  const loadStart = Date.now();
  // RSS at each tenth of the load: memory that grows with the frames (a leak) shows as a slope.
  const steps: number[] = [];
  for (let tenth = 1; tenth <= 10; tenth++) {
    await sendUntil(Math.round(o.warmupFrames + ((o.frames - o.warmupFrames) * tenth) / 10));
    steps.push(rssKiB(pid));
  }
  const loadSeconds = (Date.now() - loadStart) / 1000;
  const sendSeconds = (Date.now() - sendStart) / 1000;
  clearInterval(sampler);
  const atEnd = rssKiB(pid);

  // Memory back near the baseline once the sockets are gone: watched until it is within
  // `nearRatio` of the baseline or `settleMs` passed; the run fails above the bound.
  const bound = baseline * o.memoryRatio + o.memorySlackMiB * 1024;
  const near = baseline * o.nearRatio;
  const settleStart = Date.now();
  let after = rssKiB(pid);
  while (!(after <= near) && Date.now() - settleStart < o.settleMs) {
    await sleep(1_000);
    after = rssKiB(pid);
  }
  const settledInMs = Date.now() - settleStart;
  // What is still held once the garbage is collected: a leak stays, garbage V8 kept goes.
  const heapAfter = await heap.usedAfterGcKiB();
  await sleep(2_000);
  const afterGc = rssKiB(pid);
  heap.close();
  const heapBound = heapBaseline * o.memoryRatio + o.memorySlackMiB * 1024;

  // Still serving: the process is there, answers its health check, and a new participant votes.
  const alive = server.alive();
  const health = alive && (await healthy(running.baseUrl));
  let voted = false;
  if (health) {
    const [token] = await joinParticipants(running.baseUrl, running.demo.joinCode, 1);
    const before = moderator.state.tallies[pollId]?.total ?? 0;
    const client = new ProtocolClient({ url, token: token as string, reconnect: false });
    await client.live();
    const conduct = await client.command('conduct', { type: 'participant.acceptConduct' });
    const vote = await client.command('vote', { type: 'poll.vote', pollId, optionIds: ['o2'] });
    client.close();
    voted = conduct.type === 'ack' && vote.type === 'ack' && (await waitForTally(moderator, pollId, before + 1));
  }
  moderator.close();
  const serverErrors = server.errorLines();

  const unanswered = [...byCategory.values()].reduce((n, c) => n + (c.outcomes.get('timeout') ?? 0), 0);
  const answeredByClose = [...byCategory.values()].reduce((n, c) => n + [...c.outcomes].filter(([k]) => k.startsWith('close ')).reduce((m, [, v]) => m + v, 0), 0);
  const typedErrors = [...byCategory.values()].reduce((n, c) => n + [...c.outcomes].filter(([k]) => k.startsWith('error ')).reduce((m, [, v]) => m + v, 0), 0);
  const acks = [...byCategory.values()].reduce((n, c) => n + (c.outcomes.get('ack') ?? 0) + (c.outcomes.get('welcome') ?? 0) + (c.outcomes.get('pong') ?? 0), 0);
  const memoryBack = afterGc <= bound && heapAfter <= heapBound;

  printFigures('Malformed input: figures', [
    ['date', new Date(started).toISOString()],
    ['mode', quick ? 'quick' : 'full'],
    ['seed', seed],
    ['frames sent (generated)', sent],
    ['sockets opened', socketsOpened],
    ['answered with a typed error', typedErrors],
    ['answered with an ack, a welcome or a pong (valid by chance)', acks],
    ['answered with a close 1007/1008/1009', answeredByClose],
    ['unanswered', unanswered],
    ['answers that broke the rules', failures.length],
    ['hello deadline hit during a script', helloTimeouts],
    ['sockets whose own hello failed', setupFailures],
    ['frames/s while sending', (sent / sendSeconds).toFixed(0)],
    ['load time after the warm-up (s)', loadSeconds.toFixed(1)],
    ['server RSS baseline (after warm-up)', mib(baseline)],
    ['server RSS at each tenth of the load', steps.map((k) => (k / 1024).toFixed(0)).join(' ') + ' MiB'],
    ['server RSS peak / at the end of the load', `${mib(peak)} / ${mib(atEnd)}`],
    ['server RSS after the sockets closed', `${mib(after)} after ${(settledInMs / 1000).toFixed(0)} s idle`],
    ['server RSS after a full GC', `${mib(afterGc)} (bound ${mib(bound)}: baseline × ${o.memoryRatio} + ${o.memorySlackMiB} MiB)`],
    ['server V8 heap in use after a full GC', `${mib(heapBaseline)} before, ${mib(heapAfter)} after (bound ${mib(heapBound)}: before × ${o.memoryRatio} + ${o.memorySlackMiB} MiB)`],
    ['server process alive / healthz / a new vote counted', `${alive ? 'yes' : 'NO'} / ${health ? 'ok' : 'FAILED'} / ${voted ? 'yes' : 'NO'}`],
    ['server error log lines', serverErrors.length],
    ['duration (s)', ((Date.now() - started) / 1000).toFixed(1)],
  ]);
  console.log('\nBy category (frames sent: outcomes, most frequent first):');
  for (const [category, c] of [...byCategory].sort(([, a], [, b]) => b.sent - a.sent)) {
    const outcomes = [...c.outcomes].sort(([, a], [, b]) => b - a).slice(0, 6).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`  ${category.padEnd(18)} ${String(c.sent).padStart(7)}: ${outcomes}`);
  }
  for (const failure of failures.slice(0, 20)) console.log(`FAILURE ${failure}`);
  for (const line of serverErrors.slice(0, 5)) console.log(`SERVER ERROR ${line.slice(0, 300)}`);

  const failed = failures.length > 0 || unanswered > 0 || !alive || !health || !voted || !memoryBack || serverErrors.length > 0 || sent < o.frames;
  console.log(failed ? '\nmalformed: FAILED' : '\nmalformed: passed (every frame answered, no crash, memory back within the bound)');
  return failed ? 1 : 0;
}

/** Scripts from the seeded generator, a chunk at a time, without end. */
function scriptStream(): { next(): SocketScript } {
  const arbitrary = socketScripts(o.maxFramesPerSocket);
  let chunk: SocketScript[] = [];
  let chunkIndex = 0;
  return {
    next() {
      if (chunk.length === 0) chunk = fc.sample(arbitrary, { seed: (seed + chunkIndex++) | 0, numRuns: 200 }).reverse();
      return chunk.pop() as SocketScript;
    },
  };
}

/** Runs one socket's script: its hello if any, then each frame, waiting for its answer. */
async function runScript(url: string, script: SocketScript, token: string, pollId: string, target: number): Promise<void> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  socketsOpened += 1;
  const inbox: Outcome[] = [];
  let wake: (() => void) | null = null;
  let closedWith: number | null = null;
  const push = (outcome: Outcome) => {
    inbox.push(outcome);
    wake?.();
  };
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) return push({ kind: 'answer', frame: null, type: 'binary' });
    const type = frameType(data);
    if (ANSWER_TYPES.has(type)) push({ kind: 'answer', frame: JSON.parse(data.toString('utf8')), type });
  });
  socket.on('error', () => undefined);
  socket.on('close', (code: number) => {
    closedWith = code;
    push({ kind: 'close', code });
  });
  const nextOutcome = async (): Promise<Outcome> => {
    const deadline = Date.now() + o.answerTimeoutMs;
    while (inbox.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) return { kind: 'timeout' };
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    return inbox.shift() as Outcome;
  };

  try {
    const opened = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(true));
      socket.once('close', () => resolve(false));
    });
    if (!opened) {
      setupFailures += 1;
      return;
    }
    inbox.length = 0;
    if (script.hello) {
      socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, lastSeq: 0 }));
      const welcome = await nextOutcome();
      if (welcome.kind !== 'answer' || welcome.type !== 'welcome') {
        setupFailures += 1;
        return;
      }
    }
    let lastSent = 0;
    let helloSeen = script.hello;
    let closingReason: string | null = null;
    for (const spec of script.frames) {
      if (closedWith !== null || sent >= target) break;
      const wait = lastSent + o.frameGapMs - Date.now();
      if (wait > 0) await sleep(wait);
      if (closedWith !== null) break;
      const { data, binary } = render(spec, { nextId: () => `m${nextCommandId++}`, pollId, token });
      socket.send(data, { binary });
      lastSent = Date.now();
      sent += 1;
      const outcome = await nextOutcome();
      judge(spec, outcome, helloSeen);
      if (outcome.kind === 'answer' && outcome.type === 'welcome') helloSeen = true;
      const reason = outcome.kind === 'answer' && outcome.type === 'error' ? (outcome.frame as { reason?: string }).reason ?? '' : '';
      if (CLOSING_REASONS.has(reason)) closingReason = reason;
      if (outcome.kind === 'timeout' || closingReason !== null || isTerminal(spec)) break;
    }
    // A refusal that ends the connection is followed by the close with the code the protocol names.
    if (closingReason !== null) {
      if (closedWith === null) await Promise.race([new Promise((resolve) => socket.once('close', resolve)), sleep(3_000)]);
      const expected = CLOSING_REASONS.get(closingReason);
      if (closedWith !== expected) failures.push(`after ${closingReason}: expected close ${String(expected)}, got ${closedWith === null ? 'no close within 3 s' : String(closedWith)}`);
    }
  } finally {
    socket.terminate();
  }
}

/** Records what a frame got and whether that is what the protocol promises. */
function judge(spec: FrameSpec, outcome: Outcome, helloSeen: boolean): void {
  const label =
    outcome.kind === 'timeout' ? 'timeout' : outcome.kind === 'close' ? `close ${outcome.code}` : outcome.type === 'error' ? `error ${(outcome.frame as { reason?: unknown }).reason as string}` : outcome.type;
  const figures = byCategory.get(spec.category) ?? { sent: 0, outcomes: new Map<string, number>() };
  byCategory.set(spec.category, figures);
  figures.sent += 1;
  figures.outcomes.set(label, (figures.outcomes.get(label) ?? 0) + 1);
  if (label === 'error hello.timeout') helloTimeouts += 1;

  const fail = (why: string): void => {
    failures.push(`${spec.category} (${describe(spec)}): ${why}`);
  };
  if (outcome.kind === 'timeout') return fail(`no answer within ${o.answerTimeoutMs} ms`);
  if (outcome.kind === 'close' && !ANSWERING_CLOSES.has(outcome.code)) return fail(`closed with ${outcome.code} without a typed error`);
  if (outcome.kind === 'answer') {
    if (outcome.type === 'binary') return fail('a binary frame from the server');
    if (outcome.type === 'error') {
      if (!isTypedError(outcome.frame)) return fail(`an error that is not typed: ${JSON.stringify(outcome.frame).slice(0, 200)}`);
      if (outcome.frame.code === 'internal') return fail(`an internal error (${outcome.frame.reason}): the server failed on this input`);
    }
  }
  const expected = expectationOf(spec, helloSeen);
  if (!expected) return;
  const reason = outcome.kind === 'answer' ? (outcome.type === 'error' ? (outcome.frame as { reason: string }).reason : outcome.type) : null;
  const closeCode = outcome.kind === 'close' ? outcome.code : null;
  if ('close' in expected && closeCode !== expected.close) fail(`expected close ${expected.close}, got ${label}`);
  if ('reason' in expected && reason !== expected.reason) fail(`expected ${expected.reason}, got ${label}`);
  if ('reasonOrClose' in expected && reason !== expected.reasonOrClose.reason && closeCode !== expected.reasonOrClose.close) fail(`expected ${expected.reasonOrClose.reason} or close ${expected.reasonOrClose.close}, got ${label}`);
}

/** A short description of a frame for a failure line (no tokens: the hello's is not printed). */
function describe(spec: FrameSpec): string {
  switch (spec.kind) {
    case 'json':
      return JSON.stringify(spec.value)?.slice(0, 160) ?? 'undefined';
    case 'text':
      return JSON.stringify(spec.text.slice(0, 80));
    case 'bytes':
      return `${spec.binary ? 'binary' : 'text'} ${spec.bytes.length} bytes`;
    case 'oversized':
      return `${spec.size} bytes of ${spec.filler}`;
    case 'deep':
      return `${spec.container} nested ${spec.depth} deep at ${spec.where}`;
    case 'hello':
      return `hello, lastSeq ${spec.lastSeq}`;
  }
}

async function waitForTally(moderator: Awaited<ReturnType<typeof openDemoPoll>>['moderator'], pollId: string, total: number): Promise<boolean> {
  try {
    await moderator.waitFor((s) => (s.tallies[pollId]?.total ?? 0) >= total, 10_000);
    return true;
  } catch {
    return false;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
