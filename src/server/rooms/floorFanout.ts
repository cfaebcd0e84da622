import { balanceMeter, publicBalance, type BalanceMeter } from '../../core/floor/balanceMeter.ts';
import { isFloorEvent } from '../../core/floor/floorEvents.ts';
import { queueOrder } from '../../core/floor/floorPolicy.ts';
import { floorView, myFloorView } from '../../core/floor/floorViews.ts';
import type { CapabilityFanout, RenderedChange } from './capabilityFanout.ts';
import { frame, type Outbox } from './outbox.ts';
import type { RoomModel } from './roomModel.ts';

/**
 * The floor: each audience's view of the queue after every control command that changed it,
 * each participant's own place when it changed (FLOOR-12), and the balance meter, coalesced,
 * to staff and, when shown, to the big screens.
 */
export class FloorFanout implements CapabilityFanout {
  /** Last `floor.mine` sent to each participant, to send only changes. */
  readonly #lastMine = new Map<string, string>();
  #balanceDirty = false;
  #publicBalanceShown = false;

  constructor(
    private readonly model: RoomModel,
    private readonly request: () => void,
  ) {}

  /** The meter's inputs changed (the floor, who is present, declared groups). */
  markBalance(): void {
    this.#balanceDirty = true;
    this.request();
  }

  /** The meter as staff see it. */
  balance(now: number): BalanceMeter {
    const { floor, plan } = this.model.state;
    return balanceMeter(floor.ledger, floor.current, this.model.roster.attendance(plan), now);
  }

  /** The meter as the big screen sees it, or null while it is not shown. */
  projectorBalance(now: number): BalanceMeter | null {
    const { floor, plan } = this.model.state;
    return floor.balanceShown ? publicBalance(floor.ledger, this.model.roster.attendance(plan), now) : null;
  }

  control({ after, events, now }: RenderedChange, out: Outbox): void {
    if (!events.some(isFloorEvent)) return;
    const seq = after.seq;
    out.toStaff(frame<'floor.updated'>({ type: 'floor.updated', seq, serverTime: now, floor: floorView('staff', after.floor, now, after.plan) }));
    out.toPublic(frame<'floor.updated'>({ type: 'floor.updated', seq, serverTime: now, floor: floorView('public', after.floor, now, after.plan) }));
    // The order once, not once per connected participant; only places that changed are sent.
    const order = queueOrder(after.floor, now);
    for (const participantId of out.participants()) {
      const mine = myFloorView(after.floor, participantId, now, order);
      const key = JSON.stringify(mine);
      if (this.#lastMine.get(participantId) === key) continue;
      this.#lastMine.set(participantId, key);
      out.toParticipant(participantId, frame<'floor.mine'>({ type: 'floor.mine', ...mine }));
    }
    this.markBalance();
  }

  flush(now: number, out: Outbox): void {
    if (!this.#balanceDirty) return;
    this.#balanceDirty = false;
    out.toStaff(frame<'balance'>({ type: 'balance', meter: this.balance(now) }));
    const shown = this.model.state.floor.balanceShown;
    // Hidden again: one null tells the big screens to drop it; after that nothing is sent.
    // Only the big screen shows it; phones have no use for it.
    if ((shown || this.#publicBalanceShown) && out.hasProjectors) {
      out.toProjectors(frame<'balance'>({ type: 'balance', meter: this.projectorBalance(now) }));
    }
    this.#publicBalanceShown = shown;
  }
}
