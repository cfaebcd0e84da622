import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the server's time goes: top self-time functions of a V8 `.cpuprofile` (bench/run.ts
 * --cpu-prof writes one per phase of the OpenFloor server; `node --cpu-prof` writes one per
 * process), optionally only for the samples inside a window of CLOCK_MONOTONIC microseconds,
 * grouped by function and by package or area.
 *
 *   npx tsx bench/profileSummary.ts FILE.cpuprofile [--window window.json] [--top 25]
 */

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly windowMs: number;
  readonly functions: { readonly name: string; readonly where: string; readonly selfMs: number }[];
  readonly packages: { readonly name: string; readonly selfMs: number }[];
}

/** The package (or area) a script belongs to. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internals';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm?.[1]) return nm[1];
  const src = /\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(url);
  if (src?.[1]) return src[1];
  return url.replace(/^file:\/\//, '');
}

export function summariseProfile(file: string, window: { from: number; to: number } | null = null): ProfileSummary {
  return summariseProfileData(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, window);
}

export function summariseProfileData(data: unknown, window: { from: number; to: number } | null = null): ProfileSummary {
  const profile = data as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  let windowUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    // A sample's weight is the time to the next sample.
    const weight = profile.timeDeltas[i + 1] ?? 0;
    if (window && (t < window.from || t > window.to)) continue;
    const id = profile.samples[i];
    if (id === undefined) continue;
    selfUs.set(id, (selfUs.get(id) ?? 0) + weight);
    windowUs += weight;
  }
  const functions = new Map<string, { name: string; where: string; selfMs: number }>();
  const packages = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const name = frame.functionName || '(anonymous)';
    const where = frame.url ? `${frame.url.replace(/^file:\/\/.*?\/(node_modules|src)\//, '$1/')}:${frame.lineNumber + 1}` : '';
    const key = `${name}\u0000${where}`;
    const entry = functions.get(key) ?? { name, where, selfMs: 0 };
    entry.selfMs += us / 1000;
    functions.set(key, entry);
    const pkg = packageOf(frame.url, name);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us / 1000);
  }
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    windowMs: windowUs / 1000,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs),
    packages: [...packages.entries()].map(([name, selfMs]) => ({ name, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

export function formatProfileSummary(s: ProfileSummary, top: number): string {
  const busy = s.functions.filter((f) => f.name !== '(idle)').reduce((a, f) => a + f.selfMs, 0);
  const pct = (ms: number) => `${((100 * ms) / s.windowMs).toFixed(1).padStart(5)} %`;
  const lines = [`sampled ${s.windowMs.toFixed(0)} ms (${busy.toFixed(0)} ms not idle) of a ${s.totalMs.toFixed(0)} ms profile`, '', 'by package or area (self time):'];
  for (const p of s.packages.slice(0, 15)) lines.push(`  ${pct(p.selfMs)}  ${p.selfMs.toFixed(0).padStart(7)} ms  ${p.name}`);
  lines.push('', `top ${top} functions (self time):`);
  for (const f of s.functions.slice(0, top)) lines.push(`  ${pct(f.selfMs)}  ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.name}  ${f.where}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && !a.endsWith('.json'));
  const windowIndex = args.indexOf('--window');
  const topIndex = args.indexOf('--top');
  if (!file) {
    console.error('usage: npx tsx bench/profileSummary.ts FILE.cpuprofile [--window storm-window.json] [--top 25]');
    process.exit(2);
  }
  const windowFile = windowIndex >= 0 ? args[windowIndex + 1] : undefined;
  const window = windowFile ? (JSON.parse(readFileSync(windowFile, 'utf8')) as { from: number; to: number }) : null;
  const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
  console.log(formatProfileSummary(summariseProfile(file, window), top));
}
