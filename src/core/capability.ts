import type { DecideContext } from './decideContext.ts';
import type { Decision } from './errors.ts';
import type { DomainEvent, SessionEvent } from './events.ts';
import type { CommandSpec, CommandsOf } from './protocol/commandSpec.ts';
import type { SessionState } from './sessionState.ts';

/** The command declarations of one capability, by name. */
export type CommandSpecs = Readonly<Record<string, CommandSpec>>;

/**
 * One capability of a session (polls, floor, Q&A, run of show, guidelines, speaker notes…):
 * the commands it declares, how it decides them, the control events it owns and how they
 * change the state. `capabilities.ts` assembles `decide` and `evolve` from these; the
 * protocol map and the permission table come from the same `commands`. Its views live in
 * its folder; the server's fan-out renders them per audience.
 */
export interface Capability<M extends CommandSpecs, E extends SessionEvent> {
  readonly name: string;
  readonly commands: M;
  /** Decides one of its commands: events to commit (control or contribution), or a typed refusal. */
  readonly decide: (state: SessionState, command: CommandsOf<M>, ctx: DecideContext) => Decision<DomainEvent>;
  /** The control events it applies. */
  readonly events: readonly E['type'][];
  /** Applies one of its control events; pure and total. */
  readonly evolve: (state: SessionState, event: E) => SessionState;
}

/** Declares a capability; the identity, typed so that `decide` and `evolve` fit its commands and events. */
export function capability<M extends CommandSpecs, E extends SessionEvent>(declared: Capability<M, E>): Capability<M, E> {
  return declared;
}
