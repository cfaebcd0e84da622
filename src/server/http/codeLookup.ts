import type { FastifyReply, FastifyRequest } from 'fastify';
import { refusal } from '../../core/errors.ts';
import { normaliseJoinCode } from '../../core/joinCode.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { SessionRoom } from '../rooms/sessionRoom.ts';
import type { Store } from '../store/store.ts';
import { sendRefusal } from './apiErrors.ts';
import type { RateLimits } from './rateLimits.ts';

export interface CodeLookupDeps {
  readonly store: Pick<Store, 'sessionIdByJoinCode'>;
  readonly rooms: RoomRegistry;
  readonly limits: RateLimits;
}

/**
 * The session a join code names, looked up under the limits: wrong codes count against the
 * address (LIMIT-2), found ones against the address and code (LIMIT-3). Null when it has
 * answered instead: 404 `session.unknownCode`, or 429 with `Retry-After`.
 */
export async function roomByCode(deps: CodeLookupDeps, request: FastifyRequest, reply: FastifyReply, written: string): Promise<SessionRoom | null> {
  const code = normaliseJoinCode(written);
  if (!(await deps.limits.codeGate(request, reply, code ?? ''))) return null;
  const sessionId = code ? await deps.store.sessionIdByJoinCode(code) : null;
  const room = sessionId ? await deps.rooms.get(sessionId) : null;
  if (!room || !code) {
    await deps.limits.codeMissed(request);
    await sendRefusal(reply, refusal('session.unknownCode'));
    return null;
  }
  return (await deps.limits.codeFound(request, reply, code)) ? room : null;
}
