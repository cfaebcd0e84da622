import type { PageWeight } from './pageWeight.ts';
import { finite, ratio, type Figure } from './report.ts';
import type { TargetResult } from './scenario.ts';
import { percentileOf, summary, type Histogram } from './stats.ts';

/** Raw SQLite's result (bench/sqliteBaseline.ts). */
export interface SqliteBaseline {
  readonly rowsPerSecond: number;
  readonly rows: number;
  readonly commits: number;
  readonly batch: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
}

const v = (x: number | undefined | null): number | null => (finite(x) ? x : null);
const at = (value: number | null, meets: (x: number) => boolean): boolean | null => (value === null ? null : meets(value));

/** A pair of the same measure on OpenFloor and on the reference. */
function both(of: TargetResult | null, ref: TargetResult | null, measure: (r: TargetResult) => number | null | undefined): [number | null, number | null] {
  return [v(of ? measure(of) : null), v(ref ? measure(ref) : null)];
}

/** Pairs never seen count with their time so far: a percentile that reaches them is a lower bound. */
function atLeast(r: TargetResult | null, p: number): boolean {
  const s = r?.screens;
  return s ? s.missingPairs > ((100 - p) / 100) * s.pairs.count : false;
}

/** The table's lines, from what each server produced (a missing measure gives null). */
export function figuresOf(of: TargetResult | null, ref: TargetResult | null, sqlite: SqliteBaseline | null, page: PageWeight | null): Figure[] {
  const fanOut = both(of, ref, (r) => r.storm?.framesPerCpuSecond);
  const p50 = both(of, ref, (r) => r.screens?.pairs.percentile(50));
  const p99 = both(of, ref, (r) => r.screens?.pairs.percentile(99));
  const last = both(of, ref, (r) => (r.screens ? percentileOf(r.screens.lastScreen, 99) : null));
  const projector = both(of, ref, (r) => r.screens?.projector.percentile(99));
  const ingest: [number | null, number | null] = [v(of?.ingest?.votesPerSecond), v(sqlite?.rowsPerSecond)];
  const memory = both(of, ref, (r) => (r.memory ? r.memory.perParticipant / 1024 : null));
  const join50 = both(of, ref, (r) => r.join?.connectToWelcome.percentile(50));
  const join99 = both(of, ref, (r) => r.join?.connectToWelcome.percentile(99));
  const joinAll = both(of, ref, (r) => r.join?.joinToWelcome.percentile(99));
  // Every participant that did not get its welcome counts, whatever the cause.
  const joinErrors = both(of, ref, (r) => (r.join ? r.participants - r.join.joined : null));
  const pageKb = page ? page.wireBytes / 1000 : null;
  const firstScreenKb = page ? page.firstScreenWireBytes / 1000 : null;
  const fanOutRatio = ratio(fanOut[0], fanOut[1]);
  const ingestRatio = ratio(ingest[0], ingest[1]);
  const memoryRatio = ratio(memory[0], memory[1]);
  return [
    { id: 'fanOut', name: 'fan-out: tally frames per server CPU s', unit: 'frames/CPU s', openfloor: fanOut[0], reference: fanOut[1], ratio: fanOutRatio, target: 'ratio ≥ 0.8', met: fanOutRatio === null ? null : fanOutRatio >= 0.8, required: true },
    {
      id: 'voteToScreenP50',
      name: 'vote to screen p50, all screens',
      unit: 'ms',
      openfloor: p50[0],
      reference: p50[1],
      ratio: ratio(p50[0], p50[1]),
      target: '≤ 100 ms',
      met: at(p50[0], (x) => x <= 100),
      required: true,
      openfloorAtLeast: atLeast(of, 50),
      referenceAtLeast: atLeast(ref, 50),
    },
    {
      id: 'voteToScreenP99',
      name: 'vote to screen p99, all screens',
      unit: 'ms',
      openfloor: p99[0],
      reference: p99[1],
      ratio: ratio(p99[0], p99[1]),
      target: '≤ 250 ms',
      met: at(p99[0], (x) => x <= 250),
      required: true,
      openfloorAtLeast: atLeast(of, 99),
      referenceAtLeast: atLeast(ref, 99),
    },
    {
      id: 'voteToLastScreenP99',
      name: 'vote to last screen p99',
      unit: 'ms',
      openfloor: last[0],
      reference: last[1],
      ratio: ratio(last[0], last[1]),
      target: '≤ 250 ms (strict reading)',
      met: at(last[0], (x) => x <= 250),
      required: true,
      openfloorAtLeast: (of?.screens?.missingPairs ?? 0) > 0,
      referenceAtLeast: (ref?.screens?.missingPairs ?? 0) > 0,
    },
    { id: 'voteToProjectorP99', name: 'vote to projector p99', unit: 'ms', openfloor: projector[0], reference: projector[1], ratio: ratio(projector[0], projector[1]), target: '(context)', met: null, required: false },
    {
      id: 'durableIngest',
      name: 'durable ingest, votes acked after commit',
      unit: 'votes/s',
      openfloor: ingest[0],
      reference: ingest[1],
      ratio: ingestRatio,
      target: 'ratio ≥ 0.3 and ≥ 20,000/s',
      met: ingestRatio === null || ingest[0] === null ? null : ingestRatio >= 0.3 && ingest[0] >= 20_000,
      required: true,
      note: 'reference: raw batched better-sqlite3 upserts, same table, WAL, synchronous=FULL',
    },
    { id: 'memoryPerParticipant', name: 'memory: server RSS per idle participant', unit: 'KiB', openfloor: memory[0], reference: memory[1], ratio: memoryRatio, target: 'ratio ≤ 2', met: memoryRatio === null ? null : memoryRatio <= 2, required: true },
    { id: 'joinP50', name: 'join storm: connect → welcome p50', unit: 'ms', openfloor: join50[0], reference: join50[1], ratio: ratio(join50[0], join50[1]), target: '', met: null, required: true },
    { id: 'joinP99', name: 'join storm: connect → welcome p99', unit: 'ms', openfloor: join99[0], reference: join99[1], ratio: ratio(join99[0], join99[1]), target: '≤ 1,000 ms', met: at(join99[0], (x) => x <= 1000), required: true },
    { id: 'joinErrors', name: 'join storm: errors', unit: 'joins', openfloor: joinErrors[0], reference: joinErrors[1], ratio: null, target: '0', met: at(joinErrors[0], (x) => x === 0), required: true },
    { id: 'joinTotalP99', name: 'join storm: POST /api/join → welcome p99', unit: 'ms', openfloor: joinAll[0], reference: joinAll[1], ratio: ratio(joinAll[0], joinAll[1]), target: '(context)', met: null, required: false },
    ...kindFigures(of, p50[0], p99[0]),
    { id: 'pageWeight', name: 'page weight: participant first screen, bytes on the wire', unit: 'KB', openfloor: firstScreenKb, reference: null, ratio: null, target: '≤ 60 KB', met: at(firstScreenKb, (x) => x <= 60), required: true },
    { id: 'pageWeightJoined', name: 'page weight: participant until the live session, bytes on the wire', unit: 'KB', openfloor: pageKb, reference: null, ratio: null, target: '≤ 60 KB', met: at(pageKb, (x) => x <= 60), required: true },
  ];
}

/** The kinds' figures that must be produced, ratios included (quick mode fails without them). */
export const KIND_IDS = ['wordcloud', 'openTextModerated', 'openText'] as const;

/**
 * Word cloud and open text (bench/kindProbes.ts, issue 15): answer to screen on every screen,
 * against single choice of the same run (the ratio column: kind ÷ single choice, target ≤ 1.2),
 * and the public tally frame's largest size. No reference: the bare `ws` server has no such poll.
 */
function kindFigures(of: TargetResult | null, singleP50: number | null, singleP99: number | null): Figure[] {
  return KIND_IDS.flatMap((id): Figure[] => {
    const k = of?.kinds?.find((x) => x.id === id);
    const label = k?.label ?? id;
    const p50 = v(k?.pairs.percentile(50));
    const p99 = v(k?.pairs.percentile(99));
    const r50 = ratio(p50, singleP50);
    const r99 = ratio(p99, singleP99);
    const lower = (p: number) => (k ? k.missingPairs > ((100 - p) / 100) * k.pairs.count : false);
    const base = { unit: 'ms', reference: null, target: 'ratio to single choice ≤ 1.2', required: true, versusSingleChoice: true } as const;
    return [
      { ...base, id: `${id}ToScreenP50`, name: `${label}: answer to screen p50, all screens`, openfloor: p50, ratio: r50, met: r50 === null ? null : r50 <= 1.2, openfloorAtLeast: lower(50) },
      { ...base, id: `${id}ToScreenP99`, name: `${label}: answer to screen p99, all screens`, openfloor: p99, ratio: r99, met: r99 === null ? null : r99 <= 1.2, openfloorAtLeast: lower(99) },
      { id: `${id}FrameBytes`, name: `${label}: public tally frame, largest`, unit: 'B', openfloor: v(k?.frameBytes.max), reference: null, ratio: null, target: 'bounded (top 60 entries)', met: null, required: true, versusSingleChoice: true },
    ];
  });
}

function h(histogram: Histogram) {
  return summary(histogram);
}

/** A server's details for the JSON output. */
export function targetJson(r: TargetResult | null) {
  if (!r) return null;
  return {
    participants: r.participants,
    join: r.join ? { ...r.join, connectToWelcome: h(r.join.connectToWelcome), connectToOpen: h(r.join.connectToOpen), openToWelcome: h(r.join.openToWelcome), joinToWelcome: h(r.join.joinToWelcome), httpJoin: h(r.join.httpJoin) } : null,
    memory: r.memory,
    storm: r.storm ? { ...r.storm, ackLatency: h(r.storm.ackLatency) } : null,
    screens: r.screens
      ? {
          ...r.screens,
          projector: h(r.screens.projector),
          pairs: h(r.screens.pairs),
          lastScreen: { count: r.screens.lastScreen.length, p50: percentileOf(r.screens.lastScreen, 50), p99: percentileOf(r.screens.lastScreen, 99), max: percentileOf(r.screens.lastScreen, 100) },
        }
      : null,
    ingest: r.ingest ? { ...r.ingest, ackLatency: h(r.ingest.ackLatency) } : null,
    kinds: r.kinds?.map((k) => ({
      ...k,
      pairs: h(k.pairs),
      projector: h(k.projector),
      toModerator: h(k.toModerator),
      writeAck: h(k.writeAck),
      lastScreen: { count: k.lastScreen.length, p50: percentileOf(k.lastScreen, 50), p99: percentileOf(k.lastScreen, 99), max: percentileOf(k.lastScreen, 100) },
    })) ?? null,
    failures: r.failures,
  };
}
