import { InProcessBus } from './roomBus.ts';
import { SessionRoom, type RoomDeps } from './sessionRoom.ts';

/** How long a room with no connection and no command stays loaded before it is released. */
export const DEFAULT_ROOM_IDLE_MS = 10 * 60_000;

export interface RegistryOptions {
  /** Release a room idle this long; it is loaded again on its next use. */
  readonly idleMs?: number;
  /** Look for idle rooms this often (0: never by itself; `sweep()` still works). */
  readonly sweepMs?: number;
}

/**
 * The rooms this node holds, loaded on first use; concurrent first uses share one load. A
 * room that no connection and no command has used for `idleMs` is released with its timers,
 * so a server that runs many sessions over weeks keeps only the live ones in memory. Every
 * room of a registry shares one bus.
 */
export class RoomRegistry {
  readonly #rooms = new Map<string, Promise<SessionRoom | null>>();
  readonly #deps: RoomDeps;
  readonly #idleMs: number;
  readonly #sweeper: ReturnType<typeof setInterval> | null;
  /** Sessions being erased: not handed out, not loaded, until the erasure is over (RETAIN-4). */
  readonly #erasing = new Set<string>();

  constructor(deps: RoomDeps, options: RegistryOptions = {}) {
    this.#deps = { ...deps, bus: deps.bus ?? new InProcessBus() };
    this.#idleMs = options.idleMs ?? DEFAULT_ROOM_IDLE_MS;
    const sweepMs = options.sweepMs ?? Math.min(this.#idleMs, 60_000);
    this.#sweeper = sweepMs > 0 ? setInterval(() => void this.sweep(), sweepMs) : null;
    // The sweep never keeps the process alive.
    this.#sweeper?.unref();
  }

  get(sessionId: string): Promise<SessionRoom | null> {
    if (this.#erasing.has(sessionId)) return Promise.resolve(null);
    let room = this.#rooms.get(sessionId);
    if (!room) {
      room = SessionRoom.load(sessionId, this.#deps);
      this.#rooms.set(sessionId, room);
      // A failed load is not cached: the next client tries again.
      room.then((r) => r ?? this.#rooms.delete(sessionId), () => this.#rooms.delete(sessionId));
    }
    // Handed out means in use: a hello that awaits something before joining keeps its room.
    return room.then((r) => {
      r?.touch();
      return r;
    });
  }

  /**
   * Erases a session (RETAIN-3, RETAIN-4): from now on the session is handed out to no one;
   * its room, if loaded, shuts down around `erase` (running commands commit first, every
   * connection is told and closed after) and is dropped. Resolves with what `erase` said;
   * when it erased nothing the room stays as it was.
   */
  async erase(sessionId: string, erase: () => Promise<boolean>): Promise<boolean> {
    if (this.#erasing.has(sessionId)) return false;
    this.#erasing.add(sessionId);
    try {
      const pending = this.#rooms.get(sessionId);
      const room = pending ? await pending.catch(() => null) : null;
      if (!room) return await erase();
      const erased = await room.shutDown(erase);
      if (erased && this.#rooms.get(sessionId) === pending) this.#rooms.delete(sessionId);
      return erased;
    } finally {
      this.#erasing.delete(sessionId);
    }
  }

  /** The session's room if this node holds it now; never loads it (ORG-7: a revocation cuts only open connections). */
  async loadedRoom(sessionId: string): Promise<SessionRoom | null> {
    const pending = this.#rooms.get(sessionId);
    return pending ? pending.catch(() => null) : null;
  }

  /**
   * Tells the other processes that a link of a session this process does not hold was revoked
   * (SCALE-6): their rooms cut its connections, as `SessionRoom.revokeLink` makes them for a room held here.
   */
  announceRevoked(sessionId: string, tokenHash: string): void {
    this.#deps.bus?.publish({ kind: 'linkRevoked', sessionId, tokenHash });
  }

  /** Rooms loaded now. */
  get loaded(): number {
    return this.#rooms.size;
  }

  /** Releases every room idle for `idleMs` or longer; returns how many. */
  async sweep(): Promise<number> {
    const now = this.#deps.now();
    let released = 0;
    for (const [sessionId, pending] of this.#rooms) {
      const room = await pending.catch(() => null);
      const idleSince = room?.idleSince ?? null;
      if (!room || idleSince === null || now - idleSince < this.#idleMs || this.#rooms.get(sessionId) !== pending) continue;
      this.#rooms.delete(sessionId);
      room.dispose();
      released += 1;
    }
    return released;
  }

  /** Commands running now in every loaded room. */
  async running(): Promise<number> {
    let total = 0;
    for (const room of this.#rooms.values()) total += (await room.catch(() => null))?.running ?? 0;
    return total;
  }

  /**
   * Resolves once no room runs a command (true), or after `timeoutMs` (false). For a drain:
   * the caller has stopped taking commands, so the count only goes down.
   */
  async settled(timeoutMs: number, pollMs = 20): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while ((await this.running()) > 0) {
      if (performance.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    return true;
  }

  async dispose(): Promise<void> {
    if (this.#sweeper) clearInterval(this.#sweeper);
    for (const room of this.#rooms.values()) (await room.catch(() => null))?.dispose();
    this.#rooms.clear();
  }
}
