/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import spec from '../../docs/SPEC.md?raw';
import { mayRun, PERMISSIONS } from './permissions.ts';
import { COMMAND_TYPES, type CommandType } from './protocol/commands.ts';
import { permissionTableMarkdown, TABLE_END, TABLE_START } from './protocol/permissionTable.ts';
import { ROLES, type Role } from './roles.ts';

/** Column headings of the AUTH-2 table in docs/SPEC.md, by role. */
const COLUMN_ROLES: Readonly<Record<string, Role>> = {
  host: 'host',
  moderator: 'moderator',
  'online moderator': 'online_moderator',
  rapporteur: 'rapporteur',
  speaker: 'speaker',
  participant: 'participant',
  projector: 'projector',
};

/**
 * The AUTH-2 permission table, read from docs/SPEC.md itself so that the test follows the
 * page: command → roles marked "yes". Roles without a column may run nothing.
 */
function specTable(): Map<string, Set<Role>> {
  const lines = spec.split('\n').map((line) => line.trim());
  const headerAt = lines.findIndex((line) => /^\|\s*command\s*\|/.test(line));
  if (headerAt === -1) throw new Error('no permission table in docs/SPEC.md');
  const cells = (line: string) => line.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
  const header = cells(lines[headerAt] ?? '');
  const roles = header.slice(1).map((heading) => {
    const role = COLUMN_ROLES[heading];
    if (!role) throw new Error(`unknown role column "${heading}"`);
    return role;
  });
  const table = new Map<string, Set<Role>>();
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.startsWith('|')) break;
    const [commandCell = '', ...marks] = cells(line);
    const allowed = new Set<Role>();
    marks.forEach((mark, i) => {
      const role = roles[i];
      if (!role || (mark !== 'yes' && mark !== 'no')) throw new Error(`bad cell "${mark}" in "${line}"`);
      if (mark === 'yes') allowed.add(role);
    });
    for (const match of commandCell.matchAll(/`([^`]+)`/g)) {
      const command = match[1] ?? '';
      if (table.has(command)) throw new Error(`${command} appears twice`);
      table.set(command, allowed);
    }
  }
  return table;
}

const table = specTable();

describe('permissions', () => {
  it('AUTH-2: the SPEC table and the protocol name the same commands', () => {
    expect([...table.keys()].sort()).toEqual([...COMMAND_TYPES].sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...COMMAND_TYPES].sort());
  });

  it('AUTH-2: the table in docs/SPEC.md is the one the command declarations generate (else run `npm run docs`)', () => {
    const block = spec.slice(spec.indexOf(TABLE_START) + TABLE_START.length, spec.indexOf(TABLE_END)).trim();
    expect(block).toBe(permissionTableMarkdown());
  });

  it('AUTH-2: the SPEC table reads as expected (a sanity check of the parser)', () => {
    expect([...(table.get('poll.create') ?? [])].sort()).toEqual(['host', 'moderator', 'online_moderator']);
    expect([...(table.get('poll.vote') ?? [])]).toEqual(['participant']);
  });

  const pairs = COMMAND_TYPES.flatMap((command) => ROLES.map((role) => ({ command, role })));

  it.each(pairs)('AUTH-2: mayRun($role, $command) matches the table in docs/SPEC.md', ({ command, role }: { command: CommandType; role: Role }) => {
    const expected = table.get(command)?.has(role) ?? false;
    expect(mayRun(role, command)).toBe(expected);
    expect(PERMISSIONS[command].includes(role)).toBe(expected);
  });

  it('AUTH-2: the table has a column for every role', () => {
    const tableRoles = new Set(Object.values(COLUMN_ROLES));
    expect(ROLES.filter((role) => !tableRoles.has(role))).toEqual([]);
  });

  it('AUTH-2: the projector is read-only', () => {
    for (const command of COMMAND_TYPES) expect(mayRun('projector', command)).toBe(false);
  });
});
