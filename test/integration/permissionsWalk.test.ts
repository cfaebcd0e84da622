import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandRefused, type OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { mayRun } from '../../src/core/permissions.ts';
import { COMMAND_TYPES, type CommandInput, type CommandType } from '../../src/core/protocol/commands.ts';
import { ROLES, type Role } from '../../src/core/roles.ts';
import { COMMAND_SAMPLES } from '../support/commandSamples.ts';
import { TEST_HOST_TOKEN, connectClient, createInvite, createSession, joinAsParticipant, startInProcessServer, tokenOf, type InProcessServer } from '../support/testServer.ts';

/**
 * The whole AUTH-2 table over real sockets (AUTH-3): every role connects (role links, the
 * host with the host token, a participant by code) and sends a valid sample of every
 * command. What the table allows is never refused by it (`command.forbidden`); everything
 * else is. A rule of the domain may still refuse an allowed command as `forbidden` (AUTH-4).
 */
describe('permissions walk', () => {
  let server: InProcessServer;
  const clients = new Map<Role, OpenFloorClient>();

  beforeAll(async () => {
    server = await startInProcessServer();
    const session = await createSession(server.baseUrl);
    const link = async (role: string, panelSpeaker: number | null = null) =>
      tokenOf((await createInvite(server.baseUrl, session.id, { role, label: `Walk ${role}`, panelSpeaker })).link);
    const tokens: Partial<Record<Role, string>> = {
      moderator: await link('moderator'),
      online_moderator: await link('online_moderator'),
      rapporteur: await link('rapporteur'),
      speaker: await link('speaker', 0),
      projector: await link('projector'),
    };
    for (const [role, token] of Object.entries(tokens) as [Role, string][]) clients.set(role, connectClient(server.baseUrl, token));
    clients.set('host', connectClient(server.baseUrl, TEST_HOST_TOKEN, { sessionId: session.id }));
    clients.set('participant', await joinAsParticipant(server.baseUrl, session.joinCode, 'onsite'));
    await Promise.all([...clients.values()].map((c) => c.waitFor((_s, status) => status === 'live')));
  });

  afterAll(async () => {
    for (const client of clients.values()) client.close();
    await server.close();
  });

  it('AUTH-3: every role connects and is welcomed as itself', () => {
    for (const role of ROLES) expect(clients.get(role)?.state.role, role).toBe(role);
  });

  // Every role walks every command, one role at a time. There are more commands than the
  // per-connection rate limit's burst: a command refused as rate_limited is sent again once
  // the bucket has refilled, so each outcome is the permission's, not the limiter's.
  it.each(ROLES.map((role) => ({ role })))('AUTH-2, AUTH-3: $role — every command is allowed or refused as forbidden, as the table says', async ({ role }: { role: Role }) => {
    const client = clients.get(role);
    if (!client) throw new Error(`no client for ${role}`);
    const outcomes: Record<string, string> = {};
    for (const type of COMMAND_TYPES) {
      outcomes[type] = await sendPastRateLimit(client, COMMAND_SAMPLES[type as CommandType]);
    }
    const expected: Record<string, string> = {};
    const forbiddenOrNot: Record<string, string> = {};
    for (const type of COMMAND_TYPES) {
      expected[type] = mayRun(role, type) ? 'not forbidden' : 'forbidden';
      const outcome = outcomes[type] ?? '';
      expect(outcome.startsWith('unexpected'), `${role} ${type}: ${outcome}`).toBe(false);
      forbiddenOrNot[type] = outcome === 'forbidden' ? 'forbidden' : 'not forbidden';
    }
    expect(forbiddenOrNot).toEqual(expected);
  });
});

async function sendPastRateLimit(client: OpenFloorClient, command: CommandInput): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const outcome = await client.send(command).then(
      () => 'ack',
      // The table's refusal is `command.forbidden`; a domain rule may refuse with the same code
      // (a moderator's plan.update that changes a protected setting, AUTH-4) and is no table outcome.
      (error: unknown) => (error instanceof CommandRefused ? (error.code === 'forbidden' && error.reason !== 'command.forbidden' ? `refused by a rule (${String(error.reason)})` : error.code) : `unexpected ${String(error)}`),
    );
    if (outcome !== 'rate_limited') return outcome;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return 'unexpected: still rate limited';
}
