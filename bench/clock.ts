/**
 * Time for the benchmark. Latencies cross process boundaries (a vote sent by the
 * orchestrator, seen by a phone in a fleet process), so every process stamps events with
 * `wallNow()`: the process's start on the wall clock plus a monotonic offset, which is
 * comparable between processes of one machine to well under a millisecond.
 */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

/** CLOCK_MONOTONIC in microseconds: the clock V8's CPU profiles are stamped with. */
export function monotonicMicros(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Sleeps until the wall-clock instant `at` (ms). */
export function sleepUntil(at: number): Promise<void> {
  return sleep(at - wallNow());
}
