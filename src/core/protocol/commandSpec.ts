import type { z } from 'zod';
import type { Role } from '../roles.ts';

/**
 * How a capability declares one command: its schema, who may send it, and how the server
 * commits it. `protocol/commands.ts` assembles the command map, the permission table
 * (AUTH-2) and the kinds from these declarations; nothing repeats them.
 */
export interface CommandSpec<S extends z.ZodType = z.ZodType> {
  /** Parses the command as a client sends it (PROTO-2). */
  readonly schema: S;
  /** The roles that may send it (AUTH-2). */
  readonly roles: readonly Role[];
  /**
   * `control`: decided one at a time per session, its events ordered by the session's
   * sequence; `contribution`: commutative upserts committed in groups, never sequenced.
   */
  readonly kind: 'control' | 'contribution';
  /**
   * A staff command that is decided on nothing a contribution changes and changes nothing a
   * contribution is decided on: it neither waits for the contributions in flight nor holds new
   * ones back (POLL-4), so that it is not queued behind a storm's commits.
   */
  readonly apartFromContributions?: boolean;
  /** A participant's own contribution: refused until they accepted the code of conduct (GUIDE-3). */
  readonly conductGated?: boolean;
  /** One valid instance: the permissions walk sends it to every role, the docs show it. */
  readonly example: z.input<S>;
}

/** Declares a command; the identity, typed so that `example` is checked against `schema`. */
export function command<S extends z.ZodType>(spec: CommandSpec<S>): CommandSpec<S> {
  return spec;
}

/** The commands of a declaration map, as the server receives them (defaults filled in). */
export type CommandsOf<M extends Readonly<Record<string, CommandSpec>>> = { [K in keyof M]: z.output<M[K]['schema']> }[keyof M];
