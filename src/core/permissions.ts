import { COMMANDS, type CommandType } from './protocol/commands.ts';
import type { Role } from './roles.ts';

/**
 * Which roles may send which command (SPEC: AUTH-2), as each capability declares it beside
 * the command's schema. The server checks every command against this table before deciding
 * it; a test walks every pair.
 */
export const PERMISSIONS: Readonly<Record<CommandType, readonly Role[]>> = Object.fromEntries(
  Object.entries(COMMANDS).map(([type, spec]) => [type, spec.roles]),
) as Record<CommandType, readonly Role[]>;

export function mayRun(role: Role, command: CommandType): boolean {
  return PERMISSIONS[command].includes(role);
}
