import { afterEach, describe, expect, it, vi } from 'vitest';
import { Throttle } from './throttle.ts';

describe('tally throttle', () => {
  afterEach(() => vi.useRealTimers());

  it('PROTO-7: runs at once when quiet, then at most once per interval however often asked', () => {
    vi.useFakeTimers();
    let runs = 0;
    const throttle = new Throttle(() => runs++, 100, () => Date.now());
    throttle.request();
    expect(runs).toBe(1);
    for (let i = 0; i < 1000; i++) throttle.request();
    expect(runs).toBe(1);
    vi.advanceTimersByTime(99);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(2);
    throttle.request();
    expect(runs).toBe(3);
  });

  it('PROTO-7: a run that outlasts the interval does not start again at once (a broadcast to thousands of sockets)', () => {
    vi.useFakeTimers();
    let runs = 0;
    const throttle = new Throttle(
      () => {
        runs++;
        vi.advanceTimersByTime(300);
      },
      100,
      () => Date.now(),
    );
    throttle.request();
    expect(runs).toBe(1);
    // Asked again right after a 300 ms run: it waits a quarter interval from the run's end.
    throttle.request();
    expect(runs).toBe(1);
    vi.advanceTimersByTime(24);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(2);
  });

  it('cancel drops a pending run', () => {
    vi.useFakeTimers();
    let runs = 0;
    const throttle = new Throttle(() => runs++, 100, () => Date.now());
    throttle.request();
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(500);
    expect(runs).toBe(1);
  });
});
