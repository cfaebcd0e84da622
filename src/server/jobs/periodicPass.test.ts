import { describe, expect, it } from 'vitest';
import { PeriodicPass } from './periodicPass.ts';

describe('PeriodicPass: one pass at a time, never rejecting (RETAIN-1, POLL-61)', () => {
  it('a second call while a pass runs joins it; the next call runs a new pass', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const passes = new PeriodicPass({
      run: () => new Promise<number>((resolve) => {
        runs += 1;
        release = () => resolve(runs);
      }),
      failed: -1,
      intervalMs: 60_000,
      onError: () => undefined,
      label: 'test',
    });
    const first = passes.runOnce();
    const joined = passes.runOnce();
    expect(joined).toBe(first);
    release();
    expect(await first).toBe(1);
    const next = passes.runOnce();
    release();
    expect(await next).toBe(2);
  });

  it('a pass that fails reports the failed result and its error under the label', async () => {
    const errors: [unknown, string][] = [];
    const passes = new PeriodicPass({ run: () => Promise.reject(new Error('store down')), failed: 'failed', intervalMs: 60_000, onError: (error, context) => errors.push([error, context]), label: 'quiz sweep' });
    expect(await passes.runOnce()).toBe('failed');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toBe('quiz sweep');
    expect(String(errors[0]?.[0])).toContain('store down');
  });

  it('start runs a pass at once and stop waits for it', async () => {
    let finished = false;
    const passes = new PeriodicPass({
      run: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        finished = true;
        return true;
      },
      failed: false,
      intervalMs: 60_000,
      onError: () => undefined,
      label: 'test',
    });
    passes.start();
    await passes.stop();
    expect(finished).toBe(true);
  });
});
