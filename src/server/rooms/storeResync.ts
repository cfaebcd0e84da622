import type { Store } from '../store/store.ts';
import type { InOrder } from './commandProcessor.ts';
import type { Committed } from './roomBus.ts';
import type { RoomFanout } from './roomFanout.ts';
import type { RoomModel } from './roomModel.ts';

/**
 * Keeps a room equal to the store when changes may have passed it by. PostgreSQL is the truth
 * (SCALE-5): a control change that does not follow the room's state means one was missed, and
 * another writer's commit makes the room catch up from the control log (SCALE-3); a bus that
 * was down (Redis gone for a while) makes it reload everything, contributions too.
 */
export class StoreResync {
  constructor(
    private readonly model: RoomModel,
    private readonly fanout: RoomFanout,
    private readonly deps: { readonly store: Store; readonly onError: (error: unknown, context: string) => void },
    private readonly inOrder: InOrder,
    /** Called after every change rendered: what else follows the state (a quiz's timer, POLL-50). */
    private readonly changed: () => void = () => {},
  ) {}

  /** A committed control change from the bus: applied and rendered, or, after a gap, a catch-up from the store. */
  applyControl(change: Extract<Committed, { kind: 'control' }>): void {
    const applied = this.model.applyControl(change);
    if (applied) {
      this.fanout.control(applied);
      this.changed();
    }
    // A change that does not follow our state means we missed one: catch up from the store.
    else if (change.afterSeq >= this.model.state.seq) void this.inOrder(() => this.catchUp());
  }

  /** Brings the control log up to the store (another writer committed first) and renders what was missed. */
  async catchUp(): Promise<void> {
    const stored = await this.deps.store.loadSession(this.model.state.id);
    if (stored) this.fanout.control(this.model.catchUp(stored));
    this.changed();
  }

  /** Between two control commands, reloads everything from the store: changes may have been lost on the way (SCALE-5). */
  reload(): Promise<void> {
    return this.inOrder(async () => {
      const stored = await this.deps.store.loadSession(this.model.state.id).catch((error: unknown) => this.deps.onError(error, 'room resync'));
      if (!stored) return;
      this.fanout.control(this.model.catchUp(stored));
      this.fanout.contributions(this.model.reloadContributions(stored));
      this.changed();
    });
  }
}
