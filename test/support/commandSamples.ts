import { COMMANDS, COMMAND_TYPES, type CommandInput, type CommandType } from '../../src/core/protocol/commands.ts';

/**
 * One valid sample of every command (AUTH-3), for the permissions walk: the example each
 * capability declares beside the command's schema, so a new command brings its sample. Ids
 * name nothing that exists, so an allowed command is refused by the domain (`not_found`,
 * `invalid_state`…) at worst and changes as little as possible; what matters is whether it
 * is refused as `forbidden`.
 */
export const COMMAND_SAMPLES: { readonly [K in CommandType]: Extract<CommandInput, { type: K }> } = Object.fromEntries(
  COMMAND_TYPES.map((type) => [type, COMMANDS[type].example]),
) as { readonly [K in CommandType]: Extract<CommandInput, { type: K }> };
