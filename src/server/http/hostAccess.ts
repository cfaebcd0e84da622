import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Command } from '../../core/protocol/commands.ts';
import type { CommandOutcome, CommandSource } from '../rooms/commandProcessor.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { SessionRoom } from '../rooms/sessionRoom.ts';
import { hashToken, newId } from '../secrets.ts';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * The host over HTTP: the Bearer check every host route shares, the session's room behind
 * it, and commands run as the host through the room's processor, exactly as over a socket.
 */

/** Whether an `Authorization` header carries the host token (compared as hashes, in constant time). */
export function isHost(header: string | undefined, expectedHash: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(hashToken(match[1]), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Whether the request carries the host token; otherwise it has answered: 401, or 429 once the
 * address has sent too many wrong tokens (LIMIT-4, checked before the token so that a
 * blocked address learns nothing).
 */
export async function checkHost(request: FastifyRequest, reply: FastifyReply, hostTokenHash: string, limits: RateLimits): Promise<boolean> {
  if (!(await limits.hostGate(request, reply))) return false;
  if (isHost(request.headers.authorization, hostTokenHash)) return true;
  await limits.hostFailed(request);
  await sendRefusal(reply, refusal('host.tokenRequired'));
  return false;
}

/** A route option that answers 401 without the host token (SESS-5), 429 past LIMIT-4. */
export function hostOnly(hostTokenHash: string, limits: RateLimits) {
  return {
    preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (!(await checkHost(request, reply, hostTokenHash, limits))) return reply;
      return undefined;
    },
  };
}

/** The room of the session named in the route, or a 404 answer and null. */
export async function roomOr404(rooms: RoomRegistry, sessionId: unknown, reply: FastifyReply): Promise<SessionRoom | null> {
  const room = typeof sessionId === 'string' && sessionId.length > 0 && sessionId.length <= 64 ? await rooms.get(sessionId) : null;
  if (!room) await sendRefusal(reply, refusal('session.notFound'));
  return room;
}

/** The host as a command source: one actor key for every host route, audited as the host. */
const HOST: CommandSource = { role: 'host', participantId: null, actor: 'host', label: null };

/** Runs a command in a room as the host; each call is a new command (its own id). */
export function executeAsHost(room: SessionRoom, command: Command): Promise<CommandOutcome> {
  return room.execute(HOST, { type: 'command', id: `http-${newId()}`, command });
}
