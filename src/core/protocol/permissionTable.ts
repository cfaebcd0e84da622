import { ROLES, type Role } from '../roles.ts';
import { COMMANDS, COMMAND_TYPES, type CommandType } from './commands.ts';

/** Column headings of the AUTH-2 table in docs/SPEC.md, one per role, in role order. */
export const ROLE_HEADINGS: Readonly<Record<Role, string>> = {
  host: 'host',
  moderator: 'moderator',
  online_moderator: 'online moderator',
  rapporteur: 'rapporteur',
  speaker: 'speaker',
  participant: 'participant',
  projector: 'projector',
};

/** Marks around the generated table in docs/SPEC.md. */
export const TABLE_START = '<!-- generated from the command declarations by `npm run docs`: AUTH-2 -->';
export const TABLE_END = '<!-- end of generated AUTH-2 table -->';

/**
 * The AUTH-2 permission table as Markdown, generated from the command declarations: one row
 * per run of consecutive commands (in declaration order) that the same roles may send.
 */
export function permissionTableMarkdown(): string {
  const rows: { roles: readonly Role[]; commands: CommandType[] }[] = [];
  for (const type of COMMAND_TYPES) {
    const roles = COMMANDS[type].roles;
    const last = rows.at(-1);
    if (last && sameRoles(last.roles, roles)) last.commands.push(type);
    else rows.push({ roles, commands: [type] });
  }
  const header = `| command | ${ROLES.map((role) => ROLE_HEADINGS[role]).join(' | ')} |`;
  const rule = `| ${['---', ...ROLES.map(() => '---')].join(' | ')} |`;
  const lines = rows.map(({ roles, commands }) => `| ${commands.map((c) => `\`${c}\``).join(', ')} | ${ROLES.map((role) => (roles.includes(role) ? 'yes' : 'no')).join(' | ')} |`);
  return [header, rule, ...lines].join('\n');
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}
