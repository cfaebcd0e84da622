import type { OpenFloorClient } from '../src/client/openFloorClient.ts';
import { entryKey } from '../src/core/polls/entryKey.ts';
import { normaliseWord } from '../src/core/polls/pollWords.ts';
import { tallyFromWire } from '../src/core/polls/tallyWire.ts';
import type { Fleet } from './children.ts';
import { sleep, sleepUntil, wallNow } from './clock.ts';
import type { KindProbe, KindScreensResult, StormResult, TextKind } from './fleetProtocol.ts';
import { log, recordPhase, sampleCpu } from './measure.ts';
import type { Scale } from './options.ts';
import { entriesOf, kindReader, ScreenTracker } from './screenTracker.ts';
import { Histogram, percentileOf } from './stats.ts';

/**
 * Word-cloud and open-text polls at full scale (issue 15, item 7), after the single-choice
 * phases of `npm run bench`, with the same participants connected. Per kind, the moderator
 * opens a poll with live results, the fleets write words or answers (Zipf vocabulary, at the
 * single-choice storm's rate) and the probe participants write one at a time, as the
 * single-choice probes vote: answer to screen on the projector, the probes' phones and every
 * fleet phone, and the size of the tally frames the phones receive (top entries only, POLL-24).
 *
 * - Word cloud: every probe writes the same word; a seed (every 50th participant, who then sits
 *   the storm out) puts it among the top words first, so probe k is on a screen once the word's
 *   count is the seed plus k. (A word outside the top 60 is not on the wire at all.)
 * - Open text, pre-moderated (the demo is in youth mode, so open text waits for a moderator like
 *   Q&A, POLL-25): probe k writes an answer of its own, "Probe n" with n falling so that the
 *   newest sorts first among equal counts; a scripted moderator, in this process, approves
 *   each probe answer (`poll.judge`) as soon as its staff tally lists it as pending. Answer to
 *   screen is then two trips: answer → staff tally → approval → public tally. The moderator is
 *   a script: a person's reading time is not in the figure.
 * - Open text without pre-moderation: the host turns `qa.preModeration` off in the plan (a
 *   protected setting, AUTH-4: the host's alone), then as the word cloud, one answer for all probes.
 */

export interface KindFigures {
  readonly id: 'wordcloud' | 'openTextModerated' | 'openText';
  readonly label: string;
  readonly probes: number;
  readonly probeErrors: number;
  /** The probes' writes: send → ack, in the lightly loaded orchestrator. */
  readonly probeAck: Histogram;
  readonly pairs: Histogram;
  readonly projector: Histogram;
  readonly lastScreen: number[];
  readonly missingPairs: number;
  readonly screens: number;
  /** Public tally frames of the poll, as a sampled phone received them. */
  readonly frameBytes: { readonly mean: number; readonly max: number; readonly count: number };
  /** Staff tally frames (the moderator's), largest. */
  readonly staffFrameMaxBytes: number;
  readonly writesSent: number;
  readonly writesAcked: number;
  readonly writeErrors: Record<string, number>;
  /** The storm's writes: send → ack (committed). */
  readonly writeAck: Histogram;
  readonly seeded: number;
  readonly approvals: number;
  /** Pre-moderated: answer → the moderator's staff tally lists it pending (the first of the two trips). */
  readonly toModerator: Histogram;
}

export interface KindRoom {
  readonly serverPid: number;
  readonly baseUrl: string;
  readonly hostToken: string;
  readonly joinCode: string;
  readonly moderator: OpenFloorClient;
  /** Raw size of the largest staff tally frame the moderator received since the last call. */
  readonly takeStaffFrameMax: () => number;
  readonly projector: OpenFloorClient;
  readonly probes: readonly OpenFloorClient[];
}

const SEED_EVERY = 50;
const NUMBERED_TOP = 9_999;

interface KindPlan {
  readonly id: KindFigures['id'];
  readonly label: string;
  readonly kind: TextKind;
  readonly question: string;
  readonly moderated: boolean;
  /** Distinct words or answers of the storm. */
  readonly vocabulary: number;
}

const PLANS: readonly KindPlan[] = [
  { id: 'wordcloud', label: 'word cloud', kind: 'wordcloud', question: 'Bench: one word for a safer internet', moderated: false, vocabulary: 3_000 },
  // 150 distinct answers: the moderator's top 200 still lists the newest pending probe answer.
  { id: 'openTextModerated', label: 'open text, pre-moderated', kind: 'open_text', question: 'Bench: one idea (pre-moderated)', moderated: true, vocabulary: 150 },
  { id: 'openText', label: 'open text, no pre-moderation', kind: 'open_text', question: 'Bench: one idea', moderated: false, vocabulary: 1_500 },
];

async function hostFetch(baseUrl: string, hostToken: string, path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${hostToken}`, 'content-type': 'application/json', ...init.headers } });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** The host turns the Q&A's (and open text's) pre-moderation on or off in the demo's plan. */
async function setPreModeration(room: KindRoom, on: boolean): Promise<void> {
  const { sessions } = (await hostFetch(room.baseUrl, room.hostToken, '/api/sessions')) as { sessions: { id: string; joinCode: string }[] };
  const session = sessions.find((s) => s.joinCode === room.joinCode);
  if (!session) throw new Error('the host does not see the demo session');
  const { plan } = (await hostFetch(room.baseUrl, room.hostToken, `/api/sessions/${session.id}/plan`)) as { plan: { qa?: Record<string, unknown> } };
  await hostFetch(room.baseUrl, room.hostToken, `/api/sessions/${session.id}/plan`, { method: 'PUT', body: JSON.stringify({ plan: { ...plan, qa: { ...plan.qa, preModeration: on } } }) });
}

/** Every poll kind's phase; a phase that fails is recorded and the next still runs. */
export async function runKindProbes(room: KindRoom, scale: Scale, fleets: readonly Fleet[], fail: (phase: string, error: unknown) => void): Promise<KindFigures[]> {
  const out: KindFigures[] = [];
  const { moderator } = room;
  // One poll on the screen at a time (POLL-8): the single-choice poll closes.
  for (const poll of moderator.state.polls.filter((p) => p.status === 'open')) await moderator.send({ type: 'poll.close', pollId: poll.id });
  for (const plan of PLANS) {
    try {
      if (plan.kind === 'open_text' && !plan.moderated) await setPreModeration(room, false);
      out.push(await runKind(room, scale, fleets, plan));
    } catch (error) {
      fail(plan.label, error);
    }
  }
  return out;
}

async function runKind(room: KindRoom, scale: Scale, fleets: readonly Fleet[], plan: KindPlan): Promise<KindFigures> {
  const { moderator, projector, probes } = room;
  log(`openfloor: ${plan.label}: ${scale.stormVotesPerSecond.toLocaleString('en-US')} ${plan.kind === 'wordcloud' ? 'ballots of three words' : 'answers'}/s for ${scale.kindStormMs / 1000} s, probes`);
  await moderator.send({ type: 'poll.create', poll: { question: plan.question, kind: plan.kind, resultsVisibility: 'live' } });
  const created = await moderator.waitFor((s) => s.polls.some((p) => p.question === plan.question), 10_000);
  const pollId = created.polls.find((p) => p.question === plan.question)?.id;
  if (!pollId) throw new Error('the created poll is missing');
  await moderator.send({ type: 'poll.open', pollId });
  await projector.waitFor((s) => s.polls.some((p) => p.id === pollId && p.status === 'open'), 10_000);

  const probeText = plan.kind === 'wordcloud' ? 'probeword' : 'Probe answer for the bench';
  const probe: KindProbe = plan.moderated ? { mode: 'numbered', prefix: 'Probe ', top: NUMBERED_TOP } : { mode: 'count', key: entryKey(plan.kind === 'wordcloud' ? normaliseWord(probeText) : probeText) };
  const textOf = (k: number) => (probe.mode === 'numbered' ? `${probe.prefix}${String(NUMBERED_TOP - k)}` : probeText);

  // The phones watch the poll; the seed puts the probes' entry among the top entries.
  const watch = await Promise.all(fleets.map((f) => f.call({ op: 'kindWatch', pollId, kind: plan.kind, probe, seedText: probe.mode === 'count' ? probeText : null, seedEvery: SEED_EVERY }, 60_000)));
  const seeded = watch.reduce((x, r) => x + r.seeded, 0);
  let base = 0;
  if (probe.mode === 'count') {
    const countOf = (s: OpenFloorClient['state']) => entriesOf(s.tallies[pollId]).find((e) => e.key === probe.key)?.count ?? 0;
    await projector.waitFor((s) => countOf(s) >= seeded, 15_000).catch(() => undefined);
    base = countOf(projector.state);
  }
  const read = kindReader(probe, () => base);
  const tracker = new ScreenTracker();
  tracker.watch(projector, pollId, read);
  const projectorTracker = new ScreenTracker();
  projectorTracker.watch(projector, pollId, read);
  for (const c of probes) tracker.watch(c, pollId, read);

  // The scripted moderator: approves each probe answer the moment its staff tally lists it pending.
  let approvals = 0;
  const judged = new Set<string>();
  const toModerator = new Histogram();
  const sentAtOf = new Map<string, number>();
  const stopModerating = plan.moderated
    ? moderator.on('tally', (message) => {
        if (message.pollId !== pollId) return;
        for (const e of entriesOf(tallyFromWire(message).tally)) {
          if (e.status !== 'pending' || !e.text.startsWith('Probe ') || judged.has(e.key)) continue;
          judged.add(e.key);
          approvals++;
          const sentAt = sentAtOf.get(e.text);
          if (sentAt !== undefined) toModerator.record(wallNow() - sentAt);
          moderator.send({ type: 'poll.judge', pollId, key: e.key, verdict: 'approved' }).catch(() => judged.delete(e.key));
        }
      })
    : () => undefined;
  room.takeStaffFrameMax();

  const startAt = wallNow() + 500;
  const end = startAt + scale.kindStormMs;
  const shares = fleets.map((_, i) => Math.floor(scale.stormVotesPerSecond / fleets.length) + (i < scale.stormVotesPerSecond % fleets.length ? 1 : 0));
  const calls = fleets.map((f, i) => f.call({ op: 'kindStorm', pollId, kind: plan.kind, base, vocabulary: plan.vocabulary, votesPerSecond: shares[i] ?? 0, startAt, durationMs: scale.kindStormMs, drainMs: scale.stormDrainMs }, scale.kindStormMs + scale.stormDrainMs + 60_000));
  for (const c of calls) c.catch(() => undefined);
  await sleepUntil(startAt);
  const cpu0 = sampleCpu(room.serverPid, fleets);
  await sleep(500);
  const probeSendTimes: number[] = [];
  let probeErrors = 0;
  const probeAck = new Histogram();
  // As the single-choice probes: one at a time, the next once the projector shows the last
  // (after a random pause of up to one tally interval), or after 250 ms.
  for (let k = 1; k <= probes.length && wallNow() < end - 300; k++) {
    const client = probes[k - 1];
    if (!client) break;
    const sentAt = wallNow();
    probeSendTimes.push(sentAt);
    sentAtOf.set(textOf(k), sentAt);
    client.send({ type: 'poll.write', pollId, entries: [textOf(k)] }).then(
      () => probeAck.record(wallNow() - sentAt),
      () => probeErrors++,
    );
    const shows = (s: OpenFloorClient['state']) => {
      const shown = read(s.tallies[pollId]);
      return typeof shown === 'number' ? shown >= k : shown.includes(k);
    };
    const seen = await projector.waitFor(shows, 250).then(
      () => true,
      () => false,
    );
    if (seen) await sleep(Math.min(Math.random() * scale.tallyIntervalMs, sentAt + 250 - wallNow()));
  }
  await sleepUntil(end);
  recordPhase('openfloor', plan.label, cpu0, sampleCpu(room.serverPid, fleets));
  const storms: StormResult[] = await Promise.all(calls);
  const localWait = (async () => {
    const until = wallNow() + scale.screensWaitMs;
    while (wallNow() < until && !tracker.everySeen(probeSendTimes.length)) await sleep(100);
  })();
  const fleetScreens: KindScreensResult[] = await Promise.all(fleets.map((f) => f.call({ op: 'kindScreens', probeSendTimes, waitMs: scale.screensWaitMs }, scale.screensWaitMs + 60_000)));
  await localWait;
  stopModerating();
  const staffFrameMaxBytes = room.takeStaffFrameMax();
  const local = tracker.report(probeSendTimes);
  const projectorReport = projectorTracker.report(probeSendTimes);
  tracker.stop();
  projectorTracker.stop();
  await moderator.send({ type: 'poll.close', pollId });

  const all = [...fleetScreens, local];
  const pairs = new Histogram();
  for (const s of all) pairs.merge(s.pairs);
  const lastScreen: number[] = [];
  probeSendTimes.forEach((_, i) => {
    const values = all.map((s) => s.lastScreen[i] ?? null).filter((v): v is number => v !== null);
    if (values.length > 0) lastScreen.push(Math.max(...values));
  });
  const bytes = fleetScreens.reduce((x, r) => ({ count: x.count + r.tallyFrameBytes.count, sum: x.sum + r.tallyFrameBytes.sum, max: Math.max(x.max, r.tallyFrameBytes.max) }), { count: 0, sum: 0, max: 0 });
  const writeAck = new Histogram();
  for (const r of storms) writeAck.merge(r.ackLatency);
  const writeErrors: Record<string, number> = {};
  for (const r of [...storms.map((s) => s.errors), ...watch.map((w) => w.seedErrors)]) for (const [k, v] of Object.entries(r)) writeErrors[k] = (writeErrors[k] ?? 0) + v;
  const figures: KindFigures = {
    id: plan.id,
    label: plan.label,
    probes: probeSendTimes.length,
    probeErrors,
    probeAck,
    pairs,
    projector: Histogram.from(projectorReport.pairs),
    lastScreen,
    missingPairs: all.reduce((x, s) => x + s.missing, 0),
    screens: all.reduce((x, s) => x + s.screens, 0),
    frameBytes: { mean: bytes.count ? bytes.sum / bytes.count : Number.NaN, max: bytes.count ? bytes.max : Number.NaN, count: bytes.count },
    staffFrameMaxBytes,
    writesSent: storms.reduce((x, r) => x + r.sent, 0),
    writesAcked: storms.reduce((x, r) => x + r.acked, 0),
    writeErrors,
    writeAck,
    seeded,
    approvals,
    toModerator,
  };
  log(
    `openfloor: ${plan.label}: ${figures.writesAcked.toLocaleString('en-US')}/${figures.writesSent.toLocaleString('en-US')} writes acked (ack p50/p99 ${writeAck.percentile(50).toFixed(0)}/${writeAck.percentile(99).toFixed(0)} ms, errors ${JSON.stringify(writeErrors)}, fleet event-loop delay p99 ${storms.map((r) => r.eventLoopDelayP99Ms.toFixed(0)).join('/')} ms), seed ${seeded}${plan.moderated ? `, ${approvals} approvals (answer → moderator p50 ${toModerator.percentile(50).toFixed(0)} ms, p99 ${toModerator.percentile(99).toFixed(0)} ms)` : ''}; ${figures.probes} probes × ${figures.screens.toLocaleString('en-US')} screens (${figures.missingPairs} pairs unseen): ` +
      `probe ack p50/p99 ${probeAck.percentile(50).toFixed(0)}/${probeAck.percentile(99).toFixed(0)} ms, answer→screen p50 ${pairs.percentile(50).toFixed(0)} ms, p99 ${pairs.percentile(99).toFixed(0)} ms, last screen p99 ${percentileOf(lastScreen, 99).toFixed(0)} ms, projector p99 ${figures.projector.percentile(99).toFixed(0)} ms; public tally frame ${figures.frameBytes.mean.toFixed(0)} B mean, ${figures.frameBytes.max} B max, staff ≤ ${staffFrameMaxBytes} B`,
  );
  return figures;
}
