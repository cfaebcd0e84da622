import type { SessionEvent } from '../../core/events.ts';

/**
 * Versioned event payloads, after tldraw's record migrations: every row of `events` carries
 * the version of its payload's shape (column `v`, migration `0005_event_versions`). Each event
 * type has its own chain of upcasters, one per step `from → from + 1`, starting at 1; the type's
 * current version is 1 + the length of its chain (1 for a type without one). Writes store the
 * current version of the event's type; `loadSession` runs every row through the steps from its
 * version up to the current one, in order, so the core only ever sees today's shapes.
 *
 * Changing the shape of a stored event: add its next step to `eventUpcasters` below (and only
 * add: a shipped step is never edited, like a shipped migration). A row newer than the code
 * (written by a later release, then rolled back) is refused with an `EventVersionError`, never
 * read as if it were current.
 */

/** A stored payload as parsed from its JSON, at whatever version it was written. */
export type StoredPayload = Readonly<Record<string, unknown>>;

/** One step of a type's chain: turns a payload at version `from` into one at `from + 1`. */
export interface EventUpcaster {
  /** The stored `type`; it may be one the code no longer emits. */
  readonly type: string;
  readonly from: number;
  readonly up: (payload: StoredPayload) => StoredPayload;
}

/**
 * Why an event's version cannot be handled: `too-new`, a row written by code that knows more
 * versions than this one; `invalid`, a row whose version is not a whole number from 1;
 * `missing-step` and `duplicate-step`, a registry whose chain has a hole or two steps for one version.
 */
export type EventVersionProblem = 'too-new' | 'invalid' | 'missing-step' | 'duplicate-step';

/** A stored event, or a registry of upcasters, whose versions do not line up. */
export class EventVersionError extends Error {
  constructor(
    readonly problem: EventVersionProblem,
    readonly eventType: string,
    readonly version: number,
    message: string,
  ) {
    super(message);
    this.name = 'EventVersionError';
  }
}

/** Where a row was read, for the error message. */
export interface RowPlace {
  readonly sessionId: string;
  readonly seq: number;
}

/** The upcasters of every event type, checked when built: each chain runs 1 → 2 → … with no hole. */
export class EventUpcasters {
  readonly #chains = new Map<string, readonly EventUpcaster['up'][]>();

  constructor(upcasters: readonly EventUpcaster[]) {
    const byType = new Map<string, Map<number, EventUpcaster['up']>>();
    for (const u of upcasters) {
      const steps = byType.get(u.type) ?? new Map<number, EventUpcaster['up']>();
      if (!Number.isInteger(u.from) || u.from < 1) {
        throw new EventVersionError('invalid', u.type, u.from, `upcaster for ${u.type} starts at version ${u.from}: versions are whole numbers from 1`);
      }
      if (steps.has(u.from)) throw new EventVersionError('duplicate-step', u.type, u.from, `two upcasters for ${u.type} from version ${u.from}`);
      steps.set(u.from, u.up);
      byType.set(u.type, steps);
    }
    for (const [type, steps] of byType) {
      const chain: EventUpcaster['up'][] = [];
      for (let from = 1; from <= steps.size; from++) {
        const up = steps.get(from);
        if (!up) {
          throw new EventVersionError('missing-step', type, from, `upcasters for ${type} have no step ${from} → ${from + 1}: a chain runs from version 1 with no hole`);
        }
        chain.push(up);
      }
      this.#chains.set(type, chain);
    }
  }

  /** The version that events of `type` are written at. */
  currentVersion(type: string): number {
    return (this.#chains.get(type)?.length ?? 0) + 1;
  }

  /** The payload of a row stored at `version`, brought up to the current version of `type`. */
  upcast(type: string, version: number, payload: StoredPayload, place: RowPlace): SessionEvent {
    const where = `event ${place.seq} (${type}) of session ${place.sessionId}`;
    if (!Number.isInteger(version) || version < 1) {
      throw new EventVersionError('invalid', type, version, `${where} is stored at version ${version}: versions are whole numbers from 1`);
    }
    const chain = this.#chains.get(type) ?? [];
    const current = chain.length + 1;
    if (version > current) {
      throw new EventVersionError(
        'too-new',
        type,
        version,
        `${where} is stored at version ${version}, newer than this code knows (${current}): it was written by a later release, which has to read it`,
      );
    }
    let upcast = payload;
    // chain[i] goes from version i + 1 to i + 2.
    for (const up of chain.slice(version - 1)) upcast = up(upcast);
    // The chain ends at the shape the current code writes, which is a SessionEvent.
    return upcast as unknown as SessionEvent;
  }
}

/** The upcasters in force. */
export const eventUpcasters = new EventUpcasters([
  // INTEG-2: a hand names the video platform it was raised in; hands stored before came from OpenFloor.
  { type: 'floor.handRaised', from: 1, up: (payload) => ({ ...payload, hand: { ...(payload.hand as StoredPayload), source: null } }) },
]);
