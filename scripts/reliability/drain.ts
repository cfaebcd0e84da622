import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { CommandInput } from '../../src/core/protocol/commands.ts';
import { RawConnection, type Answer } from '../../test/support/rawProtocol.ts';
import { startServerProcess, tempDir, tokenOf, type ServerProcess } from '../../test/support/testServer.ts';
import { connectParticipant, Counter, fmt, joinParticipants, machineLine, mapLimit, quickFlag, sleep } from './loadClients.ts';

/**
 * Drain (issue 12, OPS-3): "SIGTERM under load: 0 acknowledged writes lost, every in-flight
 * command answered". Many participants vote and ask over raw sockets; the server process gets
 * SIGTERM at a random moment of the load. Every command sent must then have an answer (an ack,
 * or a typed refusal such as `server.draining`), or have crossed the server's 1001 close on
 * the wire and have been applied nowhere. The server is started again on the same database:
 * every acknowledged write is there, the commands refused for the drain or crossed by the
 * close are sent again with their ids (as `OpenFloorClient` does) and applied once, and every
 * ballot and question equals what the acknowledgements say. Repeated; exits 1 on any loss.
 *
 *   npm run reliability:drain          10 SIGTERMs, 400 participants
 *   npm run reliability:drain:quick     2 SIGTERMs, 200 participants
 */

const quick = quickFlag();
const SETTINGS = quick
  ? { sigterms: 2, participants: 200, commandsPerSecond: 4, loadMs: [1_500, 3_000] as const }
  : { sigterms: 10, participants: 400, commandsPerSecond: 4, loadMs: [2_000, 6_000] as const };
/** The SIGTERM comes this long into a wave at most (random). */
const SIGTERM_INTO_WAVE_MS = 15;
/** Commands a participant sends at once. */
const BURST = 4;
/** At most this many unanswered commands per participant, as a page would have. */
const MAX_OUTSTANDING = 8;
/** Refusals a participant may get under this load without anything being wrong. */
const TYPED_REFUSALS = new Set(['server.draining', 'command.rateLimited', 'connection.rateLimited']);

interface Sent {
  readonly participant: number;
  readonly id: string;
  readonly command: CommandInput;
  readonly sentAt: number;
  answer: Answer | null;
  answeredAt: number | null;
  /** The answer to the same id sent again after the restart. */
  retry: Answer | null;
}

interface Round {
  readonly sent: Sent[];
  sigtermAt: number;
  exitMs: number;
  exitCode: number | null;
  readonly closes: Counter;
}

const failures: string[] = [];
function fail(message: string): void {
  failures.push(message);
  console.error(`FAIL ${message}`);
}

async function main(): Promise<void> {
  const started = new Date();
  const dir = tempDir();
  const env = { DATABASE_URL: join(dir.path, 'drain.db'), PORT: '0' };
  console.log(`drain${quick ? ' (quick)' : ''}: ${SETTINGS.sigterms} SIGTERMs under load, ${SETTINGS.participants} participants at ${SETTINGS.commandsPerSecond} commands/s each; ${started.toISOString()}; ${machineLine()}`);
  let server: ServerProcess = await startServerProcess(env);
  try {
    const moderatorToken = tokenOf(server.demo.moderator);
    const moderator = await RawConnection.open(server.baseUrl, moderatorToken);
    const sessionId = moderator.welcome.snapshot?.session.id ?? '';
    const pollId = moderator.welcome.snapshot?.polls[0]?.id ?? '';
    const opened = await moderator.command('open-poll', { type: 'poll.open', pollId });
    if (opened.answer.type !== 'ack') throw new Error(`poll.open: ${opened.answer.reason}`);
    await moderator.close();
    const tokens = await joinParticipants(server.baseUrl, server.demo.joinCode, SETTINGS.participants);
    let conns = await mapLimit(tokens, 32, (token) => connectParticipant(server.baseUrl, token, { keep: false }));

    /** What the acknowledgements say each participant's ballot is, and which questions exist. */
    const ballots = new Map<number, readonly string[]>();
    const askedTexts = new Set<string>();
    let next = 0;
    const totals = { sent: 0, acked: 0, refused: new Counter(), crossed: 0, inFlightAtSigterm: 0, inFlightAcked: 0, retried: 0, retriedAcked: 0 };

    for (let round = 1; round <= SETTINGS.sigterms; round++) {
      const r: Round = { sent: [], sigtermAt: 0, exitMs: 0, exitCode: null, closes: new Counter() };
      let stop = false;
      const state = conns.map(() => ({ outstanding: 0, k: 0 }));
      /** Sends one command of a participant; false once its socket is closed. */
      const sendOne = (participant: number, conn: RawConnection): boolean => {
        const mine = state[participant];
        if (!mine || mine.outstanding >= MAX_OUTSTANDING) return conn.isOpen;
        next += 1;
        mine.k += 1;
        const id = `d${participant}-${next}`;
        // Mostly votes (contributions, grouped commits); the 7th command of a round is a
        // question (a control command, sequenced) for every third participant: within the 5 a
        // minute of QA-12 and the 2,000 questions a session holds.
        const command: CommandInput =
          mine.k === 7 && participant % 3 === 0
            ? { type: 'qa.ask', text: `What happens next with item ${round} for group ${String.fromCharCode(97 + (participant % 26))}${next}?`, displayName: null }
            : { type: 'poll.vote', pollId, optionIds: [`o${(next % 4) + 1}`] };
        const sent: Sent = { participant, id, command, sentAt: performance.now(), answer: null, answeredAt: null, retry: null };
        const answered = conn.answer(id, 60_000);
        if (!conn.post(id, command)) {
          answered.catch(() => undefined);
          return false;
        }
        r.sent.push(sent);
        mine.outstanding += 1;
        answered
          .then(({ answer, at }) => {
            sent.answer = answer;
            sent.answeredAt = at;
          })
          .catch(() => undefined)
          .finally(() => (mine.outstanding -= 1));
        return true;
      };
      // Waves: every participant sends a burst at once (as pages do after a reconnect or a
      // slide change); a burst's commands wait for each other's commits on their socket, so
      // hundreds are in flight just after a wave starts, when the SIGTERM comes.
      let waveStarted!: () => void;
      let nextWave = new Promise<void>((resolve) => (waveStarted = resolve));
      const driving = (async () => {
        while (!stop) {
          const starting = waveStarted;
          nextWave = new Promise<void>((resolve) => (waveStarted = resolve));
          starting();
          conns.forEach((conn, i) => {
            for (let b = 0; b < BURST; b++) if (!sendOne(i, conn)) break;
          });
          await sleep((1000 * BURST) / SETTINGS.commandsPerSecond);
        }
      })();
      const closed = Promise.all(conns.map((conn) => conn.closed.then(({ code, reason }) => r.closes.add(`${code}${reason ? ` "${reason}"` : ''}`))));
      const [min, max] = SETTINGS.loadMs;
      await sleep(min + Math.random() * (max - min));
      await nextWave;
      await sleep(Math.random() * SIGTERM_INTO_WAVE_MS);
      r.sigtermAt = performance.now();
      const exit = await server.signal('SIGTERM');
      r.exitMs = performance.now() - r.sigtermAt;
      r.exitCode = exit;
      stop = true;
      await Promise.race([closed, sleep(5_000)]);
      await driving;
      // Answers already received are settled; give the last microtasks a turn.
      await sleep(10);

      // The database as the drained server left it: every applied command has its receipt (PROTO-4).
      const db = new Database(env.DATABASE_URL, { readonly: true });
      const receipts = new Set((db.prepare('select command_id from command_receipts where session_id = ?').all(sessionId) as { command_id: string }[]).map((row) => row.command_id));
      db.close();

      if (r.exitCode !== 0) fail(`round ${round}: the server exited with ${String(r.exitCode)}`);
      if (r.exitMs > 30_000) fail(`round ${round}: the server took ${fmt(r.exitMs)} ms to exit`);
      if (r.closes.get('1001 "server restarting"') !== conns.length) fail(`round ${round}: sockets closed ${r.closes.toString()}, not all with 1001 "server restarting"`);
      let crossed = 0;
      let inFlight = 0;
      let inFlightAcked = 0;
      for (const s of r.sent) {
        const applied = receipts.has(s.id);
        if (s.sentAt < r.sigtermAt && (s.answeredAt === null || s.answeredAt > r.sigtermAt)) {
          inFlight += 1;
          if (s.answer?.type === 'ack') inFlightAcked += 1;
        }
        if (s.answer?.type === 'ack') {
          totals.acked += 1;
          if (!applied) fail(`round ${round}: ${s.id} (${s.command.type}) was acknowledged but is not in the database`);
        } else if (s.answer?.type === 'error') {
          totals.refused.add(s.answer.reason);
          if (!TYPED_REFUSALS.has(s.answer.reason)) fail(`round ${round}: ${s.id} refused with ${s.answer.reason}`);
          if (applied) fail(`round ${round}: ${s.id} was refused (${s.answer.reason}) but applied`);
        } else {
          // No answer: the command crossed the server's close on the wire; it must not have been applied.
          crossed += 1;
          if (applied) fail(`round ${round}: ${s.id} (${s.command.type}) was applied but never answered`);
        }
      }
      totals.sent += r.sent.length;
      totals.crossed += crossed;
      totals.inFlightAtSigterm += inFlight;
      totals.inFlightAcked += inFlightAcked;

      // Start again on the same database; every participant reconnects and sends again what
      // was refused for the drain or never answered, with the same id.
      server = await startServerProcess(env);
      conns = await mapLimit(tokens, 32, (token) => connectParticipant(server.baseUrl, token, { keep: false }));
      const again = r.sent.filter((s) => s.answer === null || (s.answer.type === 'error' && s.answer.reason === 'server.draining'));
      await Promise.all(
        conns.map(async (conn, participant) => {
          for (const s of again.filter((x) => x.participant === participant)) s.retry = (await conn.command(s.id, s.command, 30_000)).answer;
        }),
      );
      for (const s of again) {
        totals.retried += 1;
        if (s.retry?.type === 'ack') totals.retriedAcked += 1;
        else if (s.retry?.type !== 'error' || !TYPED_REFUSALS.has(s.retry.reason) || s.retry.reason === 'server.draining') fail(`round ${round}: ${s.id} sent again: ${JSON.stringify(s.retry)}`);
      }
      // Fresh welcomes, after the commands sent again, show what the restarted server holds.
      await Promise.all(conns.map((conn) => conn.close()));
      conns = await mapLimit(tokens, 32, (token) => connectParticipant(server.baseUrl, token, { keep: false }));
      // The order of application: the acknowledged commands of the round, then the ones sent again.
      for (const s of [...r.sent.filter((x) => x.answer?.type === 'ack'), ...again.filter((x) => x.retry?.type === 'ack')]) {
        if (s.command.type === 'poll.vote') ballots.set(s.participant, s.command.optionIds);
        else if (s.command.type === 'qa.ask') askedTexts.add(s.command.text);
      }

      // Every acknowledged write is there, as the restarted server shows it: each ballot, each question, the tally.
      let ballotMismatches = 0;
      conns.forEach((conn, participant) => {
        const stored = conn.welcome.me?.votes[pollId] ?? null;
        const expected = ballots.get(participant) ?? null;
        if (JSON.stringify(stored) !== JSON.stringify(expected)) {
          ballotMismatches += 1;
          if (ballotMismatches <= 5) fail(`round ${round}: participant ${participant}'s ballot is ${JSON.stringify(stored)}, the acks say ${JSON.stringify(expected)}`);
        }
      });
      if (ballotMismatches > 5) fail(`round ${round}: ${ballotMismatches} ballots differ from the acks`);
      const staff = await RawConnection.open(server.baseUrl, moderatorToken);
      const questions = staff.welcome.snapshot?.qa?.questions ?? [];
      const shownTexts = new Set(questions.map((q) => q.text));
      const missing = [...askedTexts].filter((t) => !shownTexts.has(t));
      if (missing.length > 0) fail(`round ${round}: ${missing.length} acknowledged questions missing, e.g. "${missing[0]}"`);
      if (questions.length !== askedTexts.size) fail(`round ${round}: ${questions.length} questions shown, ${askedTexts.size} acknowledged`);
      const tally = staff.welcome.tallies.find((t) => t.pollId === pollId);
      const expectedCounts: Record<string, number> = {};
      for (const ballot of ballots.values()) for (const o of ballot) expectedCounts[o] = (expectedCounts[o] ?? 0) + 1;
      const shownCounts = Object.fromEntries(Object.entries(tally?.counts ?? {}).filter(([, n]) => n > 0));
      if (tally?.total !== ballots.size || JSON.stringify(Object.entries(shownCounts).sort()) !== JSON.stringify(Object.entries(expectedCounts).sort())) {
        fail(`round ${round}: tally ${JSON.stringify(tally)} differs from the acknowledged ballots ${JSON.stringify(expectedCounts)} (${ballots.size} voters)`);
      }
      await staff.close();
      console.log(
        `round ${round}: SIGTERM after ${fmt(r.sent.length)} commands (${fmt(inFlight)} in flight, ${fmt(inFlightAcked)} of them acknowledged); ` +
          `exit ${String(r.exitCode)} in ${fmt(r.exitMs)} ms; closes ${r.closes.toString()}; ` +
          `${fmt(r.sent.filter((s) => s.answer?.type === 'ack').length)} acked, ${fmt(r.sent.filter((s) => s.answer?.type === 'error').length)} refused, ${fmt(crossed)} crossed the close; ` +
          `${fmt(again.length)} sent again, ${fmt(again.filter((s) => s.retry?.type === 'ack').length)} acked; ${fmt(ballots.size)} ballots and ${fmt(askedTexts.size)} questions checked`,
      );
    }
    await Promise.all(conns.map((conn) => conn.close()));
    console.log(
      `\ndrain: ${SETTINGS.sigterms} SIGTERMs, ${fmt(totals.sent)} commands sent, ${fmt(totals.acked)} acknowledged (0 of them lost: ${failures.length === 0 ? 'yes' : 'NO'}), ` +
        `${fmt(totals.inFlightAtSigterm)} in flight at a SIGTERM (${fmt(totals.inFlightAcked)} acknowledged, the rest refused server.draining or crossed the close), ` +
        `refusals ${totals.refused.toString()}, ${fmt(totals.crossed)} crossed the 1001 close unanswered and unapplied; ` +
        `${fmt(totals.retried)} sent again after the restart, ${fmt(totals.retriedAcked)} acknowledged`,
    );
  } finally {
    await server.kill('SIGKILL');
    dir.remove();
  }
  if (failures.length > 0) {
    console.error(`\ndrain: ${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log('drain: ok');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
