import { agendaCapability } from './agenda/agendaCapability.ts';
import type { CommandSpecs } from './capability.ts';
import type { DecideContext } from './decideContext.ts';
import type { Decision } from './errors.ts';
import type { DomainEvent, SessionEvent } from './events.ts';
import { deskCapability } from './desk/deskCapability.ts';
import { followUpCapability } from './followUp/followUpCapability.ts';
import { floorCapability } from './floor/floorCapability.ts';
import { guidelinesCapability } from './guidelines/guidelinesCapability.ts';
import { participantsCapability } from './participants/participantsCapability.ts';
import { pollsCapability } from './polls/pollsCapability.ts';
import type { Command, CommandType } from './protocol/commands.ts';
import { qaCapability } from './qa/qaCapability.ts';
import type { SessionState } from './sessionState.ts';
import { speakerCapability } from './speaker/speakerCapability.ts';

/**
 * Every capability of a session. `decide` and `evolve` route to them by command and event
 * type; a command or event that no capability owns, or that two own, fails to build (the
 * checks below) or to load (the maps below).
 */
export const CAPABILITIES = [pollsCapability, participantsCapability, floorCapability, guidelinesCapability, speakerCapability, agendaCapability, qaCapability, deskCapability, followUpCapability] as const;

type Declared = (typeof CAPABILITIES)[number];
type CommandsDeclared<C> = C extends { readonly commands: infer M } ? keyof M : never;
type OwnedCommand = CommandsDeclared<Declared>;
type OwnedEvent = Declared['events'][number];
/** Compile-time: every command and every control event but the first has a capability. */
const everyCommandOwned: [Exclude<CommandType, OwnedCommand>] extends [never] ? true : Exclude<CommandType, OwnedCommand> = true;
const everyEventOwned: [Exclude<SessionEvent['type'], OwnedEvent | 'session.created'>] extends [never] ? true : Exclude<SessionEvent['type'], OwnedEvent> = true;
void everyCommandOwned;
void everyEventOwned;

/** A capability seen from the router: its command and event types are checked by the maps. */
interface RoutedCapability {
  readonly name: string;
  readonly commands: CommandSpecs;
  readonly decide: (state: SessionState, command: never, ctx: DecideContext) => Decision<DomainEvent>;
  readonly events: readonly string[];
  readonly evolve: (state: SessionState, event: never) => SessionState;
}

function ownerMap(keysOf: (c: RoutedCapability) => readonly string[]): ReadonlyMap<string, RoutedCapability> {
  const owners = new Map<string, RoutedCapability>();
  for (const capability of CAPABILITIES as readonly unknown[] as readonly RoutedCapability[]) {
    for (const key of keysOf(capability)) {
      const other = owners.get(key);
      if (other) throw new Error(`${key} is declared by both ${other.name} and ${capability.name}`);
      owners.set(key, capability);
    }
  }
  return owners;
}

const COMMAND_OWNERS = ownerMap((c) => Object.keys(c.commands));
const EVENT_OWNERS = ownerMap((c) => c.events);

function ownerOf(owners: ReadonlyMap<string, RoutedCapability>, type: string): RoutedCapability {
  const owner = owners.get(type);
  if (!owner) throw new Error(`no capability owns ${type}`);
  return owner;
}

/** Routes a command to its capability's decider. */
export function decideByCapability(state: SessionState, command: Command, ctx: DecideContext): Decision<DomainEvent> {
  // The owner declared this command type, so its decider takes it: the cast is the routing.
  return ownerOf(COMMAND_OWNERS, command.type).decide(state, command as never, ctx);
}

/** Routes a control event (not `session.created`) to its capability's evolve. */
export function evolveByCapability(state: SessionState, event: Exclude<SessionEvent, { type: 'session.created' }>): SessionState {
  return ownerOf(EVENT_OWNERS, event.type).evolve(state, event as never);
}
