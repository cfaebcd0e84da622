import { SessionRoom, type RoomDeps } from './sessionRoom.ts';

/** The rooms this node holds, loaded on first use; concurrent first uses share one load. */
export class RoomRegistry {
  readonly #rooms = new Map<string, Promise<SessionRoom | null>>();

  constructor(private readonly deps: RoomDeps) {}

  get(sessionId: string): Promise<SessionRoom | null> {
    let room = this.#rooms.get(sessionId);
    if (!room) {
      room = SessionRoom.load(sessionId, this.deps);
      this.#rooms.set(sessionId, room);
      // A failed load is not cached: the next client tries again.
      room.then((r) => r ?? this.#rooms.delete(sessionId), () => this.#rooms.delete(sessionId));
    }
    return room;
  }

  async dispose(): Promise<void> {
    for (const room of this.#rooms.values()) (await room.catch(() => null))?.dispose();
    this.#rooms.clear();
  }
}
