import type { Fleet } from './children.ts';
import { monotonicMicros, sleep, wallNow } from './clock.ts';
import { cpuSeconds, cpuTimes, machineBusySeconds, processCpu, rssBytes, tcpCounters, topOthers, type CpuTimes } from './proc.ts';
import type { PhaseRecord } from './report.ts';

/**
 * Phases and what the machine spent on them: wall time, the server's CPU (user and system),
 * each fleet's, the orchestrator's, the whole machine's, and what else ran meanwhile.
 */

export const startedAt = wallNow();

export function log(message: string): void {
  console.log(`[${((wallNow() - startedAt) / 1000).toFixed(1).padStart(5)} s] ${message}`);
}

export interface CpuSample {
  readonly wall: number;
  readonly server: CpuTimes;
  readonly fleets: readonly number[];
  readonly self: NodeJS.CpuUsage;
  readonly machine: number;
  readonly micros: number;
  readonly processes: ReturnType<typeof processCpu>;
  readonly ours: ReadonlySet<number>;
  readonly tcp: ReturnType<typeof tcpCounters>;
}

export function sampleCpu(serverPid: number, fleets: readonly Fleet[]): CpuSample {
  return {
    wall: wallNow(),
    server: cpuTimes(serverPid),
    fleets: fleets.map((f) => cpuSeconds(f.pid)),
    self: process.cpuUsage(),
    machine: machineBusySeconds(),
    micros: monotonicMicros(),
    processes: processCpu(),
    ours: new Set([process.pid, serverPid, ...fleets.map((f) => f.pid)]),
    tcp: tcpCounters(),
  };
}

export const phases: PhaseRecord[] = [];

export function recordPhase(target: string, phase: string, a: CpuSample, b: CpuSample): PhaseRecord {
  const self = process.cpuUsage(a.self);
  const serverUserSeconds = b.server.user - a.server.user;
  const serverSystemSeconds = b.server.system - a.server.system;
  const serverCpuSeconds = serverUserSeconds + serverSystemSeconds;
  const fleetCpuSeconds = b.fleets.map((s, i) => s - (a.fleets[i] ?? 0));
  const orchestratorCpuSeconds = (self.user + self.system) / 1e6;
  const record: PhaseRecord = {
    target,
    phase,
    wallSeconds: (b.wall - a.wall) / 1000,
    serverCpuSeconds,
    serverUserSeconds,
    serverSystemSeconds,
    fleetCpuSeconds,
    orchestratorCpuSeconds,
    machineCpuSeconds: b.machine - a.machine,
    monotonicMicros: { from: a.micros, to: b.micros },
    otherCpuSeconds: Math.max(0, b.machine - a.machine - serverCpuSeconds - fleetCpuSeconds.reduce((x, y) => x + y, 0) - orchestratorCpuSeconds),
    topOthers: topOthers(a.processes, b.processes, b.ours).filter((o) => o.seconds >= 0.1),
    listenOverflows: b.tcp.listenOverflows - a.tcp.listenOverflows,
    synRetransmits: b.tcp.synRetransmits - a.tcp.synRetransmits,
  };
  phases.push(record);
  const others = record.topOthers.map((o) => `${o.name} ${o.seconds.toFixed(1)}`).join(', ');
  console.log(
    `  ${target} ${phase}: ${record.wallSeconds.toFixed(1)} s wall, server ${serverCpuSeconds.toFixed(2)} CPU s (${serverSystemSeconds.toFixed(2)} system), ` +
      `fleets ${fleetCpuSeconds.map((s) => s.toFixed(2)).join(' + ')} CPU s, other processes ${record.otherCpuSeconds.toFixed(2)} CPU s${others ? ` (${others})` : ''}` +
      (record.listenOverflows > 0 ? `; ${record.listenOverflows} connections dropped by a full accept queue, ${record.synRetransmits} SYNs sent again` : ''),
  );
  return record;
}

/** RSS after a quiet moment: the last of a few samples. */
export async function settledRss(pid: number, ms: number): Promise<number> {
  let rss = rssBytes(pid);
  const end = wallNow() + ms;
  while (wallNow() < end) {
    await sleep(250);
    rss = rssBytes(pid);
  }
  return rss;
}

/** Share of the machine's CPU (0..1) busy over `ms`, from /proc/stat. */
export async function machineBusyShare(ms: number, cores: number): Promise<number> {
  const a = machineBusySeconds();
  await sleep(ms);
  return (machineBusySeconds() - a) / (ms / 1000) / cores;
}
