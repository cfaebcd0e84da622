import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { refusal } from '../../core/errors.ts';
import { normaliseJoinCode } from '../../core/joinCode.ts';
import { replay } from '../../core/session.ts';
import { aggregatesOf, deleteSessionNow } from '../retention/sessionErasure.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Store } from '../store/store.ts';
import { sendRefusal } from './apiErrors.ts';
import { hostOnly } from './hostAccess.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * The host's retention routes, behind the host token: delete a session now (RETAIN-4), read
 * what stays of a session (its aggregates, RETAIN-3), read the erasure log (RETAIN-5).
 */
export interface RetentionRoutesOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly now: () => number;
  readonly newId: () => string;
}

const sessionParams = z.strictObject({ id: z.string().min(1).max(64) });
/** The join code typed again: a deletion cannot be undone, so it is never one click or one mistyped id away. */
export const deleteBody = z.strictObject({ confirm: z.string().min(1).max(40) });
const CONFIRM_EXPECTED = '{"confirm": "<the session\'s join code>"}';

/** How many erasure lines the host gets at most. */
const ERASURE_LIMIT = 500;

export function registerRetentionRoutes(app: FastifyInstance, options: RetentionRoutesOptions): void {
  const { store, rooms } = options;
  const host = hostOnly(options.hostTokenHash, options.limits);

  /** The join code of a session, kept or archived; null when there is no such session. */
  async function joinCodeOf(sessionId: string): Promise<string | null> {
    const room = await rooms.get(sessionId);
    if (room) return room.state.joinCode;
    return (await store.archivedSession(sessionId))?.joinCode ?? null;
  }

  app.delete('/api/sessions/:id', host, async (request, reply) => {
    const params = sessionParams.safeParse(request.params);
    const joinCode = params.success ? await joinCodeOf(params.data.id) : null;
    if (!params.success || joinCode === null) return sendRefusal(reply, refusal('session.notFound'));
    const body = deleteBody.safeParse(request.body ?? {});
    if (!body.success || normaliseJoinCode(body.data.confirm) !== joinCode) {
      return sendRefusal(reply, refusal('session.deleteNotConfirmed', { expected: CONFIRM_EXPECTED, path: 'confirm' }));
    }
    const at = options.now();
    // Between the look-up and here another request or the retention job may have erased it first.
    if (!(await deleteSessionNow(options, params.data.id, at))) return sendRefusal(reply, refusal('session.notFound'));
    return { deleted: { sessionId: params.data.id, at } };
  });

  app.get('/api/sessions/:id/aggregates', host, async (request, reply) => {
    const params = sessionParams.safeParse(request.params);
    if (!params.success) return sendRefusal(reply, refusal('session.notFound'));
    const archived = await store.archivedSession(params.data.id);
    if (archived) return { sessionId: archived.id, archivedAt: archived.archivedAt, aggregates: archived.aggregates };
    const stored = await store.loadSession(params.data.id);
    if (!stored) return sendRefusal(reply, refusal('session.notFound'));
    return { sessionId: params.data.id, archivedAt: null, aggregates: aggregatesOf(replay(stored.events), stored, options.now()) };
  });

  app.get('/api/erasures', host, async () => ({ erasures: await store.listErasures(ERASURE_LIMIT) }));
}
