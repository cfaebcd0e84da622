import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/**
 * What the kernel says about a process: CPU seconds (user + system, all threads) from
 * /proc/<pid>/stat and resident memory from /proc/<pid>/status. Read from outside, so the
 * servers under test carry no instrumentation.
 */

/** Clock ticks per second of /proc's CPU times (`getconf CLK_TCK`, normally 100). */
export const CLK_TCK: number = (() => {
  try {
    const value = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(value) && value > 0 ? value : 100;
  } catch {
    return 100;
  }
})();

export interface CpuTimes {
  readonly user: number;
  readonly system: number;
}

/** User and system CPU seconds of a process, all threads (NaN if it is gone). */
export function cpuTimes(pid: number): CpuTimes {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the name: state(0) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(11) stime(12).
    return { user: Number(fields[11]) / CLK_TCK, system: Number(fields[12]) / CLK_TCK };
  } catch {
    return { user: Number.NaN, system: Number.NaN };
  }
}

/** utime + stime of a process in seconds (NaN if it is gone). */
export function cpuSeconds(pid: number): number {
  const t = cpuTimes(pid);
  return t.user + t.system;
}

/**
 * CPU seconds of every process on the machine, by pid, with its command name: diffed
 * between two moments, it names what else ran during a phase.
 */
export function processCpu(): Map<number, { name: string; seconds: number }> {
  const out = new Map<number, { name: string; seconds: number }>();
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(pid), { name, seconds: (Number(fields[11]) + Number(fields[12])) / CLK_TCK });
    } catch {
      // The process ended meanwhile.
    }
  }
  return out;
}

/** The processes (other than `exclude`) that used the most CPU between two snapshots. */
export function topOthers(a: Map<number, { name: string; seconds: number }>, b: Map<number, { name: string; seconds: number }>, exclude: ReadonlySet<number>, count = 3): { name: string; seconds: number }[] {
  const byName = new Map<string, number>();
  for (const [pid, after] of b) {
    if (exclude.has(pid)) continue;
    const used = after.seconds - (a.get(pid)?.seconds ?? 0);
    if (used > 0) byName.set(after.name, (byName.get(after.name) ?? 0) + used);
  }
  return [...byName.entries()]
    .map(([name, seconds]) => ({ name, seconds }))
    .sort((x, y) => y.seconds - x.seconds)
    .slice(0, count);
}

/**
 * CPU seconds the whole machine spent busy since boot (all cores, all processes: user, nice,
 * system, irq, softirq, steal), from /proc/stat. Beside the benchmark's own processes it
 * shows whether something else ran on the machine during a phase.
 */
export function machineBusySeconds(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / CLK_TCK;
  } catch {
    return Number.NaN;
  }
}

/**
 * TCP counters of the kernel (/proc/net/netstat): connections dropped because a listening
 * socket's accept queue was full, and SYNs sent again (a client waits 1 s, then 3 s, … to
 * retry a dropped connection). They explain join latencies counted in seconds.
 */
export function tcpCounters(): { listenOverflows: number; synRetransmits: number } {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:'));
    const names = (lines[0] ?? '').split(/\s+/);
    const values = (lines[1] ?? '').split(/\s+/).map(Number);
    const get = (name: string) => values[names.indexOf(name)] ?? Number.NaN;
    return { listenOverflows: get('ListenOverflows'), synRetransmits: get('TCPSynRetrans') };
  } catch {
    return { listenOverflows: Number.NaN, synRetransmits: Number.NaN };
  }
}

/** Resident set size in bytes (VmRSS; NaN if the process is gone). */
export function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly clkTck: number;
  readonly openFileLimit: string;
  readonly date: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  let openFileLimit = 'unknown';
  try {
    openFileLimit = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  } catch {
    // Informational only.
  }
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    clkTck: CLK_TCK,
    openFileLimit,
    date: new Date().toISOString(),
  };
}
