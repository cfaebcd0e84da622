import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { normaliseJoinCode } from '../../core/joinCode.ts';
import { CHANNELS } from '../../core/roles.ts';
import { KeyedRateLimit } from '../rateLimit.ts';
import { GroupCommit } from '../rooms/groupCommit.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { hashToken, newId, newToken } from '../secrets.ts';
import type { NewParticipant, Store } from '../store/store.ts';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';

const joinBody = z.strictObject({
  code: z.string().min(1).max(20),
  channel: z.enum(CHANNELS).nullable().default(null),
});

export interface JoinRoutesOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly joinsPerMinutePerIp: number;
  readonly now: () => number;
}

/** `GET /api/join/:code` (preview) and `POST /api/join` (become a participant). */
export function registerJoinRoutes(app: FastifyInstance, options: JoinRoutesOptions): void {
  const { store, rooms } = options;
  const limit = new KeyedRateLimit(options.joinsPerMinutePerIp);
  // Joins of one moment share one transaction (one fsync), as votes do.
  const joins = new GroupCommit<NewParticipant>((ps) => store.addParticipants(ps));

  async function findRoom(code: string) {
    const joinCode = normaliseJoinCode(code);
    const sessionId = joinCode ? await store.sessionIdByJoinCode(joinCode) : null;
    return sessionId ? rooms.get(sessionId) : null;
  }

  app.get<{ Params: { code: string } }>('/api/join/:code', async (request, reply) => {
    const room = await findRoom(request.params.code);
    if (!room) return sendRefusal(reply, refusal('session.unknownCode'));
    const { plan } = room.state;
    return { sessionId: room.state.id, title: plan.title, subtitle: plan.subtitle ?? null, youthMode: plan.youthMode };
  });

  app.post('/api/join', async (request, reply) => {
    // The address is used here, in memory, and nowhere else (PRIV-4).
    if (!limit.take(request.ip)) return sendRefusal(reply, refusal('join.rateLimited'));
    const body = joinBody.safeParse(request.body);
    if (!body.success) return sendRefusal(reply, refusal('request.invalid', { expected: '{"code": "123456", "channel": "onsite" | "online" | null}' }));
    const room = await findRoom(body.data.code);
    if (!room) return sendRefusal(reply, refusal('session.unknownCode'));
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
