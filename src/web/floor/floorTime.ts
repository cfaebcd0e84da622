/**
 * Speaking time as people read it: a countdown to the limit, a warning phase before it and
 * an overrun after it, and durations written as m:ss (h:mm:ss past an hour).
 */

export type TimerPhase = 'running' | 'warning' | 'over';

export interface TimerReading {
  readonly phase: TimerPhase;
  /** Whole seconds left, rounded up (0 once the limit is reached). */
  readonly secondsLeft: number;
  /** Whole seconds past the limit (0 before it). */
  readonly secondsOver: number;
  /** Share of the limit used, in [0, 1]. */
  readonly used: number;
}

/** Reads a countdown of `limitSeconds` started at `startedAt` (server ms), at `now` (server ms). */
export function readTimer(startedAt: number, limitSeconds: number, warningSeconds: number, now: number): TimerReading {
  const elapsed = Math.max(0, now - startedAt);
  const limitMs = limitSeconds * 1000;
  const leftMs = limitMs - elapsed;
  const secondsLeft = Math.max(0, Math.ceil(leftMs / 1000));
  const secondsOver = leftMs < 0 ? Math.floor(-leftMs / 1000) : 0;
  const phase: TimerPhase = leftMs <= 0 ? 'over' : secondsLeft <= warningSeconds ? 'warning' : 'running';
  return { phase, secondsLeft, secondsOver, used: limitMs > 0 ? Math.min(1, elapsed / limitMs) : 1 };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Whole seconds as m:ss, or h:mm:ss from an hour on. Digits are the same in every locale here. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Milliseconds as m:ss (rounded down to the second). */
export function formatDuration(ms: number): string {
  return formatClock(ms / 1000);
}

/** The digits of a reading: "2:31" before the limit, "+0:23" after it. */
export function timerDigits(reading: TimerReading): string {
  return reading.phase === 'over' ? `+${formatClock(reading.secondsOver)}` : formatClock(reading.secondsLeft);
}
