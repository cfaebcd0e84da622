/**
 * Crash (issue 12, docs/RELIABILITY.md): participants vote and change their votes at a target
 * rate while the server is SIGKILLed at random moments and started again on the same SQLite
 * file. After every kill, with the server down, the file passes `PRAGMA integrity_check` and
 * holds, for every participant, the last vote it had acknowledged or the one still in flight
 * (DUR-1); clients reconnect and re-send what was not answered with the same command id
 * (DUR-2, PROTO-4). At the end the store and the tally equal the last acknowledged vote of each
 * participant: no acknowledged vote lost, none counted twice.
 *
 * Run: `npm run reliability:crash` (2,000 clients, 500 votes/s, 20 kills) or
 * `npm run reliability:crash:quick` (CI). `--help` lists the options.
 */
import {
  integrityCheck,
  joinParticipants,
  machineLine,
  mapLimit,
  openDatabase,
  openDemoPoll,
  participantIdsOf,
  pickSeed,
  printFigures,
  ProtocolClient,
  readOptions,
  seededRandom,
  ServerUnderTest,
  sleep,
  waitUntil,
  wsUrl,
  type Answer,
} from './common.ts';

const { quick, values: o } = readOptions('crash', {
  clients: { full: 2_000, quick: 200, help: 'participants voting' },
  rate: { full: 500, quick: 150, help: 'target of new votes per second, all participants together' },
  kills: { full: 20, quick: 3, help: 'SIGKILLs of the server' },
  minUpMs: { full: 1_000, quick: 1_000, help: 'least time the server runs before a kill' },
  maxUpMs: { full: 8_000, quick: 5_000, help: 'most time the server runs before a kill' },
  tailMs: { full: 5_000, quick: 3_000, help: 'votes after the last restart, before the final check' },
  seed: { full: 0, quick: 0, help: 'seed of the kill moments and vote choices (0: from the clock)' },
});
const seed = pickSeed(o.seed);
const random = seededRandom(seed);

/** One participant of the run and what it knows of its own ballot. */
interface Voter {
  readonly index: number;
  readonly token: string;
  readonly client: ProtocolClient;
  participantId: string;
  /** The option of the last vote the server acknowledged (null: none yet). */
  acked: string | null;
  /** The vote sent (or waiting to be sent) and not answered yet. */
  pending: { readonly id: string; readonly option: string } | null;
  sent: number;
}

/** What the store held for a participant that it should not have, found at a kill or at the end. */
interface Violation {
  readonly at: string;
  readonly voter: number;
  readonly kind: 'lost' | 'unexpected' | 'double';
  readonly detail: string;
}

const figures = {
  attempts: 0,
  acks: 0,
  refusals: new Map<string, number>(),
  /** Votes unanswered at a kill (sent, or waiting to be sent) that the store had committed: their ack was lost with the process. */
  committedUnacked: 0,
  /** Votes unanswered at a kill that the store had not committed. */
  uncommittedInFlight: 0,
  /** Acks seen while the server was up (from a start to the next kill), and for how long it was up. */
  upAcks: 0,
  upAttempts: 0,
  upMs: 0,
  downMs: [] as number[],
  inFlightAtKill: [] as number[],
};
const violations: Violation[] = [];
const integrity: string[] = [];

const server = new ServerUnderTest();
const started = Date.now();
console.log(`crash: ${quick ? 'quick' : 'full'} run, seed ${seed}; ${o.clients} clients, ${o.rate} votes/s target, ${o.kills} kills`);
console.log(`machine: ${machineLine()}`);

let exitCode = 1;
try {
  exitCode = await run();
} catch (error) {
  console.error('crash: the run failed:', error);
  console.error(server.outputTail());
} finally {
  await server.dispose();
}
process.exit(exitCode);

async function run(): Promise<number> {
  const first = await server.start();
  const { pollId, options, moderator } = await openDemoPoll(first);
  const tokens = await joinParticipants(first.baseUrl, first.demo.joinCode, o.clients);
  const url = wsUrl(first);

  const voters: Voter[] = tokens.map((token, index) => ({
    index,
    token,
    client: new ProtocolClient({ url, token, reconnect: { minMs: 100, maxMs: 2_000 } }),
    participantId: '',
    acked: null,
    pending: null,
    sent: 0,
  }));
  // Everyone is in and has accepted the demo's code of conduct (GUIDE-3) before the first vote.
  await mapLimit(voters, 100, async (v) => {
    await v.client.live();
    const answer = await v.client.command(`conduct-${v.index}`, { type: 'participant.acceptConduct' });
    if (answer.type !== 'ack') throw new Error(`accepting the code of conduct: ${answer.reason}`);
  });
  const ready = Date.now();
  console.log(`setup: ${o.clients} participants joined, connected and accepted the code of conduct in ${((ready - started) / 1000).toFixed(1)} s`);

  // The pacer: new votes at the target rate, each from a participant with nothing in flight
  // (a phone shows the choice as sent until it is answered), always a change of choice.
  const idle: Voter[] = shuffled([...voters]);
  let issuing = true;
  let notIdle = 0;
  const loadStart = Date.now();
  const pacer = setInterval(() => {
    if (!issuing) return;
    const due = Math.floor(((Date.now() - loadStart) / 1000) * o.rate) - figures.attempts - notIdle;
    for (let k = 0; k < due; k++) {
      const voter = idle.length > 0 ? idle.splice(Math.floor(random() * idle.length), 1)[0] : undefined;
      // Nobody free: the vote is skipped, not postponed, so that the pacer never bursts to catch up.
      if (voter) vote(voter);
      else notIdle += 1;
    }
  }, 10);

  const vote = (voter: Voter) => {
    const choices = options.filter((option) => option !== voter.acked);
    const option = choices[Math.floor(random() * choices.length)] ?? options[0] ?? 'o1';
    const id = `vote-${voter.index}-${voter.sent++}`;
    voter.pending = { id, option };
    figures.attempts += 1;
    if (server.isRunning) figures.upAttempts += 1;
    void voter.client.command(id, { type: 'poll.vote', pollId, optionIds: [option] }).then((answer: Answer) => {
      voter.pending = null;
      if (answer.type === 'ack') {
        voter.acked = option;
        figures.acks += 1;
        if (server.isRunning) figures.upAcks += 1;
      } else {
        figures.refusals.set(answer.reason, (figures.refusals.get(answer.reason) ?? 0) + 1);
      }
      if (issuing) idle.push(voter);
    });
  };

  let upSince = Date.now();
  for (let kill = 1; kill <= o.kills; kill++) {
    const upFor = o.minUpMs + random() * (o.maxUpMs - o.minUpMs);
    await sleep(upFor);
    const running = server.running;
    const unansweredBefore = figures.committedUnacked + figures.uncommittedInFlight;
    await server.stop('SIGKILL');
    const killedAt = Date.now();
    figures.upMs += killedAt - upSince;
    // Once every socket saw the end, no ack can arrive any more: what each client knows is final.
    await waitUntil(() => voters.every((v) => v.client.status !== 'live'), 10_000);
    checkStore(`kill ${kill}`, voters, pollId, false);
    const inFlight = figures.committedUnacked + figures.uncommittedInFlight - unansweredBefore;
    figures.inFlightAtKill.push(inFlight);
    const restarted = await server.start();
    upSince = Date.now();
    figures.downMs.push(upSince - killedAt);
    console.log(
      `kill ${String(kill).padStart(2)}: after ${(upFor / 1000).toFixed(1)} s up (pid ${running.pid}), ${inFlight} votes unanswered; ` +
        `integrity ${integrity.at(-1) ?? '?'}; back in ${((upSince - killedAt) / 1000).toFixed(1)} s; ${figures.acks} acks so far`,
    );
    if (restarted.port !== running.port) throw new Error('the server came back on another port');
  }

  // The last stretch of votes, then everything in flight is answered.
  await sleep(o.tailMs);
  issuing = false;
  clearInterval(pacer);
  const loadEnd = Date.now();
  figures.upMs += loadEnd - upSince;
  const settled = await waitUntil(() => voters.every((v) => v.pending === null), 60_000, 50);
  const unanswered = voters.filter((v) => v.pending !== null).length;

  // The tally the server shows must count each participant's last acknowledged vote once.
  const expected = new Map<string, number>();
  for (const v of voters) if (v.acked) expected.set(v.acked, (expected.get(v.acked) ?? 0) + 1);
  const voted = voters.filter((v) => v.acked !== null).length;
  const sameTally = () => {
    const tally = moderator.state.tallies[pollId];
    return tally !== undefined && tally.total === voted && tally.counts !== null && options.every((option) => (tally.counts?.[option] ?? 0) === (expected.get(option) ?? 0));
  };
  const tallyMatches = await waitUntil(sameTally, 20_000, 50);
  const tally = moderator.state.tallies[pollId];
  if (!tallyMatches) {
    violations.push({ at: 'final tally', voter: -1, kind: tally && tally.total > voted ? 'double' : 'lost', detail: `server tally ${JSON.stringify(tally)} against ${JSON.stringify(Object.fromEntries(expected))} from ${voted} voters` });
  }
  moderator.close();
  for (const v of voters) v.client.close();
  const exit = await server.stop('SIGTERM');
  checkStore('end', voters, pollId, true);

  const loadSeconds = (loadEnd - loadStart) / 1000;
  const resent = voters.reduce((n, v) => n + v.client.stats.rewrites, 0);
  const reconnects = voters.reduce((n, v) => n + v.client.stats.welcomes - 1, 0);
  const avg = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const rateIssued = figures.attempts / loadSeconds;
  const rateIssuedUp = figures.upAttempts / (figures.upMs / 1000);
  const rateReached = figures.acks / loadSeconds;
  const rateUp = figures.upAcks / (figures.upMs / 1000);
  printFigures('Crash: figures', [
    ['date', new Date(started).toISOString()],
    ['mode', quick ? 'quick' : 'full'],
    ['seed', seed],
    ['clients', o.clients],
    ['kills (SIGKILL)', o.kills],
    ['vote attempts (fresh command ids)', figures.attempts],
    ['re-sends with the same id after a reconnect', resent],
    ['acknowledged votes', figures.acks],
    ['refused votes', [...figures.refusals].map(([r, n]) => `${r} ${n}`).join(', ') || '0'],
    ['votes unanswered at the kills (sum)', figures.inFlightAtKill.reduce((a, b) => a + b, 0)],
    ['  of which committed, ack lost with the process', figures.committedUnacked],
    ['  of which not committed', figures.uncommittedInFlight],
    ['reconnects (welcomes after the first)', reconnects],
    ['load time (s)', loadSeconds.toFixed(1)],
    ['server up / down (s)', `${(figures.upMs / 1000).toFixed(1)} / ${(figures.downMs.reduce((a, b) => a + b, 0) / 1000).toFixed(1)}`],
    ['restart after a kill, mean (s)', (avg(figures.downMs) / 1000).toFixed(2)],
    ['target (votes/s)', o.rate],
    ['votes sent/s over the load time', rateIssued.toFixed(0)],
    ['acks/s over the load time', rateReached.toFixed(0)],
    ['new votes/s while the server was up', rateIssuedUp.toFixed(0)],
    ['acks/s while the server was up', rateUp.toFixed(0)],
    ['pacer found nobody idle (votes not issued)', notIdle],
    ['integrity_check', `${integrity.filter((r) => r === 'ok').length} ok of ${integrity.length}`],
    ['unanswered at the end', unanswered],
    ['final tally', tally ? `${tally.total} votes ${JSON.stringify(tally.counts)}` : 'none'],
    ['server exit after SIGTERM', String(exit)],
    ['lost acknowledged votes', violations.filter((v) => v.kind === 'lost').length],
    ['unexpected ballots (neither acked nor in flight)', violations.filter((v) => v.kind === 'unexpected').length],
    ['counted twice', violations.filter((v) => v.kind === 'double').length],
    ['server error log lines, all starts', server.errorLines().length],
    ['duration (s)', ((Date.now() - started) / 1000).toFixed(1)],
  ]);
  for (const line of server.errorLines().slice(0, 5)) console.log(`SERVER ERROR ${line.slice(0, 300)}`);
  // The target is the load the server is under when it is killed: new votes per second while it
  // runs (98 % of it, the pacer works in 10 ms steps). While it is down each phone holds one vote
  // and makes no other, so fewer are sent; the figures over the whole load time say how many.
  const met = rateIssuedUp >= 0.98 * o.rate;
  console.log(
    `\nThe target of ${o.rate} votes/s while the server runs was ${met ? 'met' : 'NOT met'}: ${rateIssuedUp.toFixed(0)} new votes/s and ` +
      `${rateUp.toFixed(0)} acks/s while it was up (each outage's backlog included); over the whole load time, outages included, ` +
      `${rateIssued.toFixed(0)} votes/s sent and ${rateReached.toFixed(0)} acks/s.`,
  );
  for (const v of violations.slice(0, 20)) console.log(`VIOLATION ${v.kind} at ${v.at}, participant #${v.voter}: ${v.detail}`);

  const duplicates = figures.refusals.get('command.duplicate') ?? 0;
  const failed = violations.length > 0 || integrity.some((r) => r !== 'ok') || !settled || duplicates > 0;
  console.log(failed ? '\ncrash: FAILED' : '\ncrash: passed (0 lost, 0 counted twice, integrity ok every time)');
  return failed ? 1 : 0;
}

/**
 * Reads the file while the server is down: integrity, then each participant's ballot against
 * what its client knows. At a kill the ballot is the last acknowledged vote or the one in
 * flight; at the end (nothing in flight) it is the last acknowledged one.
 */
function checkStore(at: string, voters: Voter[], pollId: string, final: boolean): void {
  const db = openDatabase(server.databasePath);
  try {
    const result = integrityCheck(db);
    integrity.push(result.join('; '));
    if (voters[0]?.participantId === '') {
      const ids = participantIdsOf(db, voters.map((v) => v.token));
      for (const v of voters) v.participantId = ids.get(v.token) ?? '';
    }
    const rows = db.prepare('select participant_id as pid, option_ids as options from votes where poll_id = ?').all(pollId) as { pid: string; options: string }[];
    const ballots = new Map<string, string[]>();
    for (const row of rows) {
      if (ballots.has(row.pid)) violations.push({ at, voter: -1, kind: 'double', detail: 'two ballot rows for one participant' });
      ballots.set(row.pid, JSON.parse(row.options) as string[]);
    }
    const known = new Set(voters.map((v) => v.participantId));
    for (const pid of ballots.keys()) if (!known.has(pid)) violations.push({ at, voter: -1, kind: 'unexpected', detail: 'a ballot of a participant who is not in the run' });
    for (const v of voters) {
      const ballot = ballots.get(v.participantId);
      const stored = ballot?.length === 1 ? ballot[0] : ballot === undefined ? null : JSON.stringify(ballot);
      const inFlight = final ? null : v.pending;
      if (inFlight && stored === inFlight.option) {
        figures.committedUnacked += 1;
        continue;
      }
      if (inFlight) figures.uncommittedInFlight += 1;
      if (stored === v.acked) continue;
      if (v.acked !== null && stored === null) violations.push({ at, voter: v.index, kind: 'lost', detail: `acked ${v.acked}, the store has no ballot` });
      else if (v.acked !== null) violations.push({ at, voter: v.index, kind: 'lost', detail: `acked ${v.acked}, the store has ${stored ?? 'nothing'}${inFlight ? ` (in flight: ${inFlight.option})` : ''}` });
      else violations.push({ at, voter: v.index, kind: 'unexpected', detail: `nothing acked, the store has ${stored ?? 'nothing'}` });
    }
  } finally {
    db.close();
  }
}

function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
