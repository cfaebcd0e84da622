import type { FastifyInstance } from 'fastify';
import { guidelinesView } from '../../core/guidelines/guidelinesView.ts';
import { normaliseJoinCode } from '../../core/joinCode.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Store } from '../store/store.ts';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';

/**
 * `GET /api/before/:code`: what the pre-session page shows (GUIDE-5), without logging in:
 * title, agenda, panel by role and group, guidelines for both channels and the code of
 * conduct. Nothing here is secret: it is what organisers send ahead.
 */
export function registerBeforeRoutes(app: FastifyInstance, options: { readonly store: Store; readonly rooms: RoomRegistry }): void {
  app.get<{ Params: { code: string } }>('/api/before/:code', async (request, reply) => {
    const joinCode = normaliseJoinCode(request.params.code);
    const sessionId = joinCode ? await options.store.sessionIdByJoinCode(joinCode) : null;
    const room = sessionId ? await options.rooms.get(sessionId) : null;
    if (!room) return sendRefusal(reply, refusal('session.unknownCode'));
    const { plan } = room.state;
    return {
      title: plan.title,
      subtitle: plan.subtitle ?? null,
      joinCode: room.state.joinCode,
      durationMinutes: plan.durationMinutes,
      youthMode: plan.youthMode,
      agenda: plan.agenda,
      guidelines: guidelinesView(plan),
    };
  });
}
