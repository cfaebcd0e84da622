import { z } from 'zod';
import { agendaCommands } from '../agenda/agendaCommands.ts';
import { deskCommands } from '../desk/deskCommands.ts';
import { followUpCommands } from '../followUp/followUpCommands.ts';
import { floorCommands } from '../floor/floorCommands.ts';
import { guidelinesCommands } from '../guidelines/guidelinesCommands.ts';
import { participantCommands } from '../participants/participantCommands.ts';
import { pollCommands } from '../polls/pollCommands.ts';
import { qaCommands } from '../qa/qaCommands.ts';
import { speakerCommands } from '../speaker/speakerCommands.ts';
import type { CommandSpec } from './commandSpec.ts';

/**
 * Every command a client can send, by name, assembled from the capabilities' declarations
 * (`<capability>/<capability>Commands.ts`: schema, roles, kind, example). The server parses
 * each frame with `commandSchema`; the command types below are inferred from it, so a renamed
 * or reshaped command breaks the build of every client. Schemas only: the browser bundle
 * takes this file without any decider.
 */
export const COMMANDS = {
  ...pollCommands,
  ...participantCommands,
  ...floorCommands,
  ...guidelinesCommands,
  ...speakerCommands,
  ...agendaCommands,
  ...qaCommands,
  ...deskCommands,
  ...followUpCommands,
} as const;

export type CommandType = keyof typeof COMMANDS;
export const COMMAND_TYPES = Object.keys(COMMANDS) as CommandType[];

type CommandSchemas = { readonly [K in CommandType]: (typeof COMMANDS)[K]['schema'] };
type AnyCommandSchema = CommandSchemas[CommandType];

/** One schema per command, by name. */
export const commandSchemas = Object.fromEntries(COMMAND_TYPES.map((type) => [type, COMMANDS[type].schema])) as CommandSchemas;

export const commandSchema = z.discriminatedUnion('type', Object.values(commandSchemas) as [AnyCommandSchema, ...AnyCommandSchema[]]);

/** A command as the server receives it (defaults filled in). */
export type Command = z.infer<typeof commandSchema>;
/** A command as a client writes it (optional fields may be left out). */
export type CommandInput = z.input<typeof commandSchema>;
export type CommandOf<K extends CommandType> = Extract<Command, { type: K }>;
export type CommandInputOf<K extends CommandType> = Extract<CommandInput, { type: K }>;

/** Whether a staff command is ordered with contributions: waits for those in flight, holds new ones back (POLL-4). */
export function orderedWithContributions(type: CommandType): boolean {
  const spec: CommandSpec = COMMANDS[type];
  return spec.kind === 'control' && spec.apartFromContributions !== true;
}

/** Whether a command's events are contributions, committed in groups outside the session sequence. */
export function isContributionCommand(type: CommandType): boolean {
  return COMMANDS[type].kind === 'contribution';
}
