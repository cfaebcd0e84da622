import { describe, expect, it } from 'vitest';
import { EventUpcasters, EventVersionError, eventUpcasters, type EventUpcaster, type StoredPayload } from './eventUpcasters.ts';

/** The registry on its own; `test/integration/eventVersions.test.ts` runs it through both databases. */

const PLACE = { sessionId: 's1', seq: 7 };

/** A step that notes its name in `trace` and in the payload, so that order shows in both. */
function step(type: string, from: number, trace: string[] = []): EventUpcaster {
  const name = `${from}→${from + 1}`;
  return {
    type,
    from,
    up: (payload: StoredPayload) => {
      trace.push(name);
      return { ...payload, steps: [...((payload.steps as string[] | undefined) ?? []), name] };
    },
  };
}

function versionError(run: () => unknown): EventVersionError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventVersionError) return error;
    throw error;
  }
  throw new Error('expected an EventVersionError, nothing was thrown');
}

describe('EventUpcasters', () => {
  it('in force: empty, every event type is written and read at version 1', () => {
    expect(eventUpcasters.currentVersion('poll.opened')).toBe(1);
    const payload = { type: 'poll.opened', at: 1, pollId: 'p1' };
    expect(eventUpcasters.upcast('poll.opened', 1, payload, PLACE)).toBe(payload);
  });

  it("a type's current version is one more than its steps; other types stay at 1", () => {
    const registry = new EventUpcasters([step('poll.opened', 2), step('poll.opened', 1)]);
    expect(registry.currentVersion('poll.opened')).toBe(3);
    expect(registry.currentVersion('poll.closed')).toBe(1);
  });

  it('runs the steps from the stored version up, in order, whatever order they were registered in', () => {
    const trace: string[] = [];
    const registry = new EventUpcasters([step('poll.opened', 2, trace), step('poll.opened', 1, trace)]);
    expect(registry.upcast('poll.opened', 1, { type: 'poll.opened' }, PLACE)).toEqual({ type: 'poll.opened', steps: ['1→2', '2→3'] });
    expect(registry.upcast('poll.opened', 2, { type: 'poll.opened' }, PLACE)).toEqual({ type: 'poll.opened', steps: ['2→3'] });
    expect(trace).toEqual(['1→2', '2→3', '2→3']);
  });

  it('leaves a payload at the current version as it is', () => {
    const trace: string[] = [];
    const registry = new EventUpcasters([step('poll.opened', 1, trace)]);
    const payload = { type: 'poll.opened', at: 1 };
    expect(registry.upcast('poll.opened', 2, payload, PLACE)).toBe(payload);
    expect(trace).toEqual([]);
  });

  it('refuses a hole in a chain when it is registered', () => {
    const error = versionError(() => new EventUpcasters([step('poll.opened', 1), step('poll.opened', 3)]));
    expect(error.problem).toBe('missing-step');
    expect(error.eventType).toBe('poll.opened');
    expect(error.version).toBe(2);
    expect(error.message).toContain('no step 2 → 3');
  });

  it('refuses a chain that does not start at version 1', () => {
    const error = versionError(() => new EventUpcasters([step('poll.opened', 2)]));
    expect(error.problem).toBe('missing-step');
    expect(error.version).toBe(1);
  });

  it('refuses two steps from the same version, and a step from a version that cannot exist', () => {
    expect(versionError(() => new EventUpcasters([step('poll.opened', 1), step('poll.opened', 1)])).problem).toBe('duplicate-step');
    expect(versionError(() => new EventUpcasters([step('poll.opened', 0)])).problem).toBe('invalid');
    expect(versionError(() => new EventUpcasters([step('poll.opened', 1.5)])).problem).toBe('invalid');
  });

  it('refuses a row newer than the code, naming the row', () => {
    const registry = new EventUpcasters([step('poll.opened', 1)]);
    const error = versionError(() => registry.upcast('poll.opened', 3, { type: 'poll.opened' }, PLACE));
    expect(error.problem).toBe('too-new');
    expect(error.version).toBe(3);
    expect(error.message).toBe('event 7 (poll.opened) of session s1 is stored at version 3, newer than this code knows (2): it was written by a later release, which has to read it');
  });

  it('refuses a row whose version is not a whole number from 1', () => {
    expect(versionError(() => eventUpcasters.upcast('poll.opened', 0, { type: 'poll.opened' }, PLACE)).problem).toBe('invalid');
    expect(versionError(() => eventUpcasters.upcast('poll.opened', Number.NaN, { type: 'poll.opened' }, PLACE)).problem).toBe('invalid');
  });
});
