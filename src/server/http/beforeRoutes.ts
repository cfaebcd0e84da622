import type { FastifyInstance } from 'fastify';
import { guidelinesView } from '../../core/guidelines/guidelinesView.ts';
import { withoutGuidelines } from '../../core/planTexts.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Store } from '../store/store.ts';
import { roomByCode } from './codeLookup.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * `GET /api/before/:code`: what the pre-session page shows (GUIDE-5), without logging in:
 * title, agenda, panel by role and group, guidelines for both channels and the code of
 * conduct, with the versions in other languages the host wrote (I18N-5). Nothing here is secret: it is what organisers send ahead. A look-up of a join
 * code, limited as the join routes are (LIMIT-2, LIMIT-3).
 */
export function registerBeforeRoutes(app: FastifyInstance, options: { readonly store: Store; readonly rooms: RoomRegistry; readonly limits: RateLimits }): void {
  app.get<{ Params: { code: string } }>('/api/before/:code', async (request, reply) => {
    const room = await roomByCode(options, request, reply, request.params.code);
    if (!room) return reply;
    const { plan } = room.state;
    return {
      title: plan.title,
      subtitle: plan.subtitle ?? null,
      joinCode: room.state.joinCode,
      durationMinutes: plan.durationMinutes,
      language: plan.language,
      youthMode: plan.youthMode,
      agenda: plan.agenda,
      // I18N-5: the guidelines' translations travel parsed in `guidelines`, the items' on each item.
      guidelines: guidelinesView(plan),
      translations: withoutGuidelines(plan.translations) ?? {},
    };
  });
}
