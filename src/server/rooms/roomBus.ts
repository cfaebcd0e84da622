import type { ContributionEvent, SessionEvent } from '../../core/events.ts';
import type { ContentWrite } from '../../core/qa/qaContent.ts';
import type { CommandReceipt } from '../store/store.ts';

/** What one commit changed in a session, as every process holding its room must apply it. */
export type Committed =
  | {
      readonly kind: 'control';
      readonly sessionId: string;
      /** The session's sequence before the events: a room at another sequence has missed some and catches up. */
      readonly afterSeq: number;
      readonly events: readonly SessionEvent[];
      /** Question text written in the same transaction (QA-5). */
      readonly content: readonly ContentWrite[];
      /** The command that produced the events, for retries (PROTO-4). */
      readonly command: { readonly actor: string; readonly commandId: string; readonly fingerprint: string } | null;
    }
  | {
      readonly kind: 'contributions';
      readonly sessionId: string;
      readonly events: readonly ContributionEvent[];
      /** The commands that made them, for retries (PROTO-4). */
      readonly receipts: readonly CommandReceipt[];
    }
  | {
      /** A role link was revoked (ROLE-2): every process cuts its connections and refuses its commands (SCALE-6). */
      readonly kind: 'linkRevoked';
      readonly sessionId: string;
      readonly tokenHash: string;
    }
  | {
      /** Changes of this session may have been lost on the way (a bus between processes was down): reload it from the store (SCALE-5). */
      readonly kind: 'resync';
      readonly sessionId: string;
    };

/**
 * Carries committed changes to the rooms that render them. Publishing happens only after the
 * commit; a room applies what it receives and fans it out to its own connections. In-process
 * for one process; `RedisBus` (redisBus.ts) carries the same messages between processes.
 */
export interface RoomBus {
  publish(change: Committed): void;
  /** Listens to one session's changes; returns the unsubscribe. */
  subscribe(sessionId: string, listener: (change: Committed) => void): () => void;
  /** Releases the bus's connections, if it has any. */
  close?(): Promise<void>;
}

/** The bus of one process: delivers synchronously, so a publisher's room has applied the change when `publish` returns. */
export class InProcessBus implements RoomBus {
  readonly #listeners = new Map<string, Set<(change: Committed) => void>>();

  publish(change: Committed): void {
    for (const listener of this.#listeners.get(change.sessionId) ?? []) listener(change);
  }

  subscribe(sessionId: string, listener: (change: Committed) => void): () => void {
    let listeners = this.#listeners.get(sessionId);
    if (!listeners) {
      listeners = new Set();
      this.#listeners.set(sessionId, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(sessionId);
    };
  }
}
