import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CHANNELS } from '../../core/roles.ts';
import { GroupCommit } from '../rooms/groupCommit.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { hashToken, newId, newToken } from '../secrets.ts';
import type { NewParticipant, Store } from '../store/store.ts';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';
import { roomByCode } from './codeLookup.ts';
import type { RateLimits } from './rateLimits.ts';

export const joinBody = z.strictObject({
  code: z.string().min(1).max(20),
  channel: z.enum(CHANNELS).nullable().default(null),
});

export interface JoinRoutesOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly limits: RateLimits;
  readonly now: () => number;
}

/**
 * `GET /api/join/:code` (preview) and `POST /api/join` (become a participant). Both look a
 * code up under the limits (LIMIT-2: wrong codes per address; LIMIT-3: one code from one
 * address, generous enough for a venue behind one address).
 */
export function registerJoinRoutes(app: FastifyInstance, options: JoinRoutesOptions): void {
  const { store } = options;
  // Joins of one moment share one transaction (one fsync), as votes do.
  const joins = new GroupCommit<NewParticipant>((ps) => store.addParticipants(ps));

  app.get<{ Params: { code: string } }>('/api/join/:code', async (request, reply) => {
    const room = await roomByCode(options, request, reply, request.params.code);
    if (!room) return reply;
    const { plan } = room.state;
    return { sessionId: room.state.id, title: plan.title, subtitle: plan.subtitle ?? null, youthMode: plan.youthMode };
  });

  app.post('/api/join', async (request, reply) => {
    const body = joinBody.safeParse(request.body);
    if (!body.success) return sendRefusal(reply, refusal('request.invalid', { expected: '{"code": "482913706", "channel": "onsite" | "online" | null}' }));
    const room = await roomByCode(options, request, reply, body.data.code);
    if (!room) return reply;
    const token = newToken();
    await joins.write({ id: newId(), sessionId: room.state.id, tokenHash: hashToken(token), channel: body.data.channel, createdAt: options.now() });
    const { plan } = room.state;
    return reply.code(201).send({
      sessionId: room.state.id,
      title: plan.title,
      subtitle: plan.subtitle ?? null,
      youthMode: plan.youthMode,
      participantToken: token,
    });
  });
}
