import type { TimerReading } from '../floor/floorTime.ts';
import { timerDigits } from '../floor/floorTime.ts';
import { t, tn } from '../i18n/index.ts';

interface FloorTimerProps {
  readonly reading: TimerReading;
  /** `long` adds "over" after an overrun ("+0:23 over"); `short` keeps the digits alone. */
  readonly overrun?: 'long' | 'short';
  readonly testId?: string;
  readonly class?: string;
}

/**
 * The countdown of the current intervention: "2:31", then "+0:23 over" past the limit. Its
 * phase (running, warning, over) is in `data-phase` for styling; pages say it in words too,
 * so it is never told by colour alone. It is a timer, not a live region: screen readers hear
 * the phase changes from `TimerAnnouncer`, not every second.
 */
export function FloorTimer({ reading, overrun = 'long', testId, class: className }: FloorTimerProps) {
  const digits = timerDigits(reading);
  return (
    <span class={className ? `floor-timer ${className}` : 'floor-timer'} role="timer" data-phase={reading.phase} data-testid={testId} dir="ltr">
      {reading.phase === 'over' && overrun === 'long' ? t('timer.over', { time: digits }) : digits}
    </span>
  );
}

/** A word for the phase, shown beside the digits: "left", "wrap up", "over time". */
export function timerCaption(reading: TimerReading): string {
  if (reading.phase === 'over') return t('timer.captionOver');
  if (reading.phase === 'warning') return t('timer.captionWarning');
  return t('timer.captionRunning');
}

/**
 * A polite live region that speaks only when the phase changes: "30 seconds left" at the
 * warning and "Time is up" at the limit.
 */
export function TimerAnnouncer({ reading, warningSeconds }: { reading: TimerReading; warningSeconds: number }) {
  const text = reading.phase === 'over' ? t('timer.announceOver') : reading.phase === 'warning' ? tn('timer.warningLeft', warningSeconds) : '';
  return (
    <span class="visually-hidden" aria-live="polite">
      {text}
    </span>
  );
}

/** A thin bar of the time used; full and in the overrun colour past the limit. */
export function TimerBar({ reading }: { reading: TimerReading }) {
  return (
    <span class="timer-bar" data-phase={reading.phase} aria-hidden="true">
      <span class="timer-bar-fill" style={{ inlineSize: `${(reading.used * 100).toFixed(2)}%` }} />
    </span>
  );
}
