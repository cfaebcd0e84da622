import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { OpenFloorClient } from '../../client/openFloorClient.ts';

/**
 * The server's clock as a signal, for timers that must agree on every screen: the
 * projector, the moderator's console and the speaker's phone show the same second.
 * Only components that read it re-render when it ticks.
 */
export interface ServerClock {
  /** Server time in ms, updated a few times a second so seconds flip on time. */
  readonly now: ReadonlySignal<number>;
  /** Server time rounded down to the second: for figures that need not move faster. */
  readonly second: ReadonlySignal<number>;
}

/** A clock that ticks while the calling component is mounted. */
export function useServerClock(client: OpenFloorClient, periodMs = 250): ServerClock {
  const clock = useMemo(() => {
    const now = signal(client.serverNow());
    const second = computed(() => Math.floor(now.value / 1000) * 1000);
    return { now, second };
  }, [client]);
  useEffect(() => {
    const timer = setInterval(() => {
      clock.now.value = client.serverNow();
    }, periodMs);
    return () => clearInterval(timer);
  }, [client, clock, periodMs]);
  return clock;
}
