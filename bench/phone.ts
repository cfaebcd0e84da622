import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { connectClient, startServerProcess, tempDir, tokenOf } from '../test/support/testServer.ts';
import { buildWebApp, CHROMIUM_PATH } from './pageWeight.ts';

/**
 * A participant's phone on a slow venue network (issue 14): the participant page loaded cold in
 * Debian's Chromium with the DevTools protocol's network and CPU throttling, against a server
 * process on loopback with the demo session and an open poll. Per run it records, from the
 * navigation's start (`performance.now()` in the page, so taps are instant and excluded):
 * - room choice usable: the "In the room" button is in the page;
 * - poll answerable: after tapping it and accepting the code of conduct, an option of the
 *   open poll can be chosen;
 * - cumulative layout shift until then (shifts within 500 ms of a tap excluded, as CLS does);
 * - bytes on the wire (headers and encoded bodies) of the first screen, and until answerable.
 *
 * Run: `npm run bench:phone` (5 cold runs per profile), `-- --quick` (1 run each, for CI),
 * `-- --against DIR` (another checkout, e.g. a worktree of main, its runs alternating with
 * this one's: on a shared machine only the two measured together compare).
 */

interface Profile {
  readonly name: string;
  /** Round-trip latency added to each request, ms. */
  readonly latencyMs: number;
  readonly downloadBytesPerSecond: number;
  readonly uploadBytesPerSecond: number;
  readonly cpuSlowdown: number;
  readonly targets: { readonly roomChoiceMs: number; readonly answerableMs: number };
}

/** DevTools' "Fast 3G" preset, and a congested venue network. */
export const PROFILES: readonly Profile[] = [
  { name: 'Fast 3G, CPU 4×', latencyMs: 562.5, downloadBytesPerSecond: (1.6 * 1024 * 1024 * 0.9) / 8, uploadBytesPerSecond: (750 * 1024 * 0.9) / 8, cpuSlowdown: 4, targets: { roomChoiceMs: 1_500, answerableMs: 3_000 } },
  { name: '400 kbps, 400 ms, CPU 6×', latencyMs: 400, downloadBytesPerSecond: 400_000 / 8, uploadBytesPerSecond: 400_000 / 8, cpuSlowdown: 6, targets: { roomChoiceMs: 5_000, answerableMs: 5_000 } },
];

/** The first screen's bytes may not exceed this (issue 14). */
export const FIRST_SCREEN_BYTES_TARGET = 60_000;

export interface PhoneRun {
  readonly roomChoiceMs: number;
  readonly answerableMs: number;
  readonly cls: number;
  readonly firstScreenBytes: number;
  readonly bytesToAnswerable: number;
}

/** Records, inside the page, when the room choice and a poll option first appear, and the layout shifts. */
const MARKS_SCRIPT = `
(() => {
  const marks = { roomChoice: null, answerable: null, cls: 0, lastInput: -Infinity };
  window.__phoneMarks = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) marks.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const check = () => {
    if (marks.roomChoice === null && document.querySelector('[data-testid="channel-onsite"]')) marks.roomChoice = performance.now();
    if (marks.answerable === null) {
      const option = document.querySelector('[data-testid="poll-option"] input:not(:disabled), input[data-testid="poll-option"]:not(:disabled)');
      if (option) marks.answerable = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();
`;

async function oneRun(browser: Browser, url: string, profile: Profile): Promise<PhoneRun> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: profile.downloadBytesPerSecond,
      uploadThroughput: profile.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    await page.addInitScript(MARKS_SCRIPT);
    let phase: 'first' | 'after' = 'first';
    const sizes: Promise<{ phase: 'first' | 'after'; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      const at = phase;
      sizes.push(request.sizes().then((s) => ({ phase: at, bytes: s.responseHeadersSize + s.responseBodySize }), () => ({ phase: at, bytes: 0 })));
    });
    await page.goto(url, { waitUntil: 'commit' });
    const onsite = page.getByTestId('channel-onsite');
    await onsite.waitFor({ timeout: 60_000 });
    phase = 'after';
    // The room choice can be in the HTML (WEB-6), where a tap before the app runs submits a form
    // and reloads; a person reads before tapping, so the tap waits for the app to take over.
    await page.waitForFunction(() => document.querySelector('[data-shell]') === null, undefined, { timeout: 60_000 });
    await onsite.click();
    const accept = page.getByTestId('conduct-accept');
    const option = page.getByTestId('poll-option').first();
    // The code of conduct comes first where the session has one (GUIDE-3).
    await Promise.race([accept.waitFor({ timeout: 60_000 }), option.waitFor({ timeout: 60_000 })]);
    if (await accept.isVisible()) await accept.click();
    await option.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __phoneMarks: { answerable: number | null } }).__phoneMarks.answerable !== null, undefined, { timeout: 60_000 });
    const marks = await page.evaluate(() => (window as unknown as { __phoneMarks: { roomChoice: number; answerable: number; cls: number } }).__phoneMarks);
    const measured = await Promise.all(sizes);
    const sum = (which: 'first' | 'after' | 'all') => measured.filter((m) => which === 'all' || m.phase === which).reduce((total, m) => total + m.bytes, 0);
    return { roomChoiceMs: marks.roomChoice, answerableMs: marks.answerable, cls: marks.cls, firstScreenBytes: sum('first'), bytesToAnswerable: sum('all') };
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

export interface ProfileResult {
  readonly profile: Profile;
  readonly runs: PhoneRun[];
}

/** A checkout's server with the demo session and an open poll, and its built web app. */
interface Target {
  readonly url: string;
  close(): Promise<void>;
}

async function startTarget(checkout: string, dir: string): Promise<Target> {
  const webRoot = join(dir, 'web');
  buildWebApp(webRoot, checkout);
  const server = await startServerProcess({ PORT: '0', DATABASE_URL: join(dir, 'phone.db'), OPENFLOOR_WEB_ROOT: webRoot }, checkout);
  const moderator = connectClient(server.baseUrl, tokenOf(server.demo.moderator));
  const close = async () => {
    moderator.close();
    await server.kill('SIGTERM');
  };
  try {
    await moderator.waitFor((_s, status) => status === 'live');
    const poll = moderator.state.polls[0];
    if (!poll) throw new Error('the demo session has no poll');
    await moderator.send({ type: 'poll.open', pollId: poll.id });
  } catch (error) {
    await close();
    throw error;
  }
  return { url: `${server.baseUrl}/j/${server.demo.joinCode}`, close };
}

/**
 * Runs every profile `runs` times against a fresh server with the demo session and an open
 * poll, one per checkout (this one first). With two checkouts the runs alternate between them,
 * so that both meet the same load on a shared machine and their ratio means something.
 */
export async function measurePhone(runs: number, log: (line: string) => void = console.log, checkouts: readonly string[] = [process.cwd()]): Promise<ProfileResult[][]> {
  const dirs = checkouts.map(() => tempDir());
  const targets: Target[] = [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    for (const [index, checkout] of checkouts.entries()) targets.push(await startTarget(checkout, dirs[index]?.path ?? ''));
    const results: ProfileResult[][] = targets.map(() => []);
    for (const profile of PROFILES) {
      const done: PhoneRun[][] = targets.map(() => []);
      for (let i = 0; i < runs; i++) {
        for (const [index, target] of targets.entries()) {
          const run = await oneRun(browser, target.url, profile);
          done[index]?.push(run);
          const label = targets.length > 1 ? ` (${checkouts[index] ?? ''})` : '';
          log(`${profile.name}${label} run ${String(i + 1)}: room choice ${run.roomChoiceMs.toFixed(0)} ms, answerable ${run.answerableMs.toFixed(0)} ms, CLS ${run.cls.toFixed(3)}, ${(run.firstScreenBytes / 1000).toFixed(1)} KB first screen, ${(run.bytesToAnswerable / 1000).toFixed(1)} KB until answerable`);
        }
      }
      for (const [index, runsDone] of done.entries()) results[index]?.push({ profile, runs: runsDone });
    }
    return results;
  } finally {
    await browser.close();
    for (const target of targets) await target.close();
    for (const dir of dirs) dir.remove();
  }
}

/** The results as a Markdown table: medians and worst of the runs, against the targets. */
export function phoneTable(results: readonly ProfileResult[]): string {
  const lines = ['| profile | runs | room choice usable, median (worst) | poll answerable, median (worst) | CLS, worst | first screen on the wire | until answerable |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const { profile, runs } of results) {
    const ms = (pick: (r: PhoneRun) => number, target: number) => {
      const values = runs.map(pick);
      const worst = Math.max(...values);
      return `${median(values).toFixed(0)} ms (${worst.toFixed(0)}) ${median(values) <= target ? '≤' : '>'} ${String(target)}`;
    };
    const cls = Math.max(...runs.map((r) => r.cls));
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
    lines.push(
      `| ${profile.name} | ${String(runs.length)} | ${ms((r) => r.roomChoiceMs, profile.targets.roomChoiceMs)} | ${ms((r) => r.answerableMs, profile.targets.answerableMs)} | ${cls.toFixed(3)} ${cls < 0.1 ? '<' : '≥'} 0.1 | ${kb(median(runs.map((r) => r.firstScreenBytes)))} ${median(runs.map((r) => r.firstScreenBytes)) <= FIRST_SCREEN_BYTES_TARGET ? '≤' : '>'} 60 KB | ${kb(median(runs.map((r) => r.bytesToAnswerable)))} |`,
    );
  }
  return lines.join('\n');
}

const isMain = process.argv[1]?.endsWith('phone.ts') ?? false;
if (isMain) {
  const quick = process.argv.includes('--quick');
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : quick ? 1 : 5;
  const againstArg = process.argv.indexOf('--against');
  const checkouts = [process.cwd(), ...(againstArg >= 0 ? [resolve(process.argv[againstArg + 1] ?? '')] : [])];
  const started = new Date();
  const results = await measurePhone(runs, console.log, checkouts);
  for (const [index, result] of results.entries()) {
    console.log(`\nphone bench, ${started.toISOString()}, ${String(runs)} cold run(s) per profile, 360×640, ${checkouts[index] ?? ''}${results.length > 1 ? ' (runs alternating with the other checkout)' : ''}:\n`);
    console.log(phoneTable(result));
  }
  // Every figure must be produced; in quick mode no target is checked (a shared machine).
  const missing = results.flat().some(({ runs: r }) => r.some((x) => !Number.isFinite(x.roomChoiceMs) || !Number.isFinite(x.answerableMs)));
  if (missing) {
    console.error('phone bench: a figure is missing');
    process.exitCode = 1;
  }
}
