import type { Outbox } from './outbox.ts';
import type { ControlChange } from './roomModel.ts';

/** A control change with the moment it is rendered at. */
export interface RenderedChange extends ControlChange {
  readonly now: number;
}

/**
 * The server side of one capability's fan-out: what each audience is sent after a control
 * commit, and what it sends in the coalesced broadcast (tallies, counts). `RoomFanout`
 * calls each in turn; a new capability adds one to its list.
 */
export interface CapabilityFanout {
  /** After a control commit: frames for what this capability's events (or the plan) changed. */
  control(change: RenderedChange, out: Outbox): void;
  /** Coalesced work, a few times a second at most (PROTO-7). */
  flush?(now: number, out: Outbox): void;
}
