import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { sessionPlanSchema, type SessionPlan } from '../../core/plan.ts';
import { TEMPLATES, TEMPLATE_NAMES, isTemplateName } from '../../core/templates.ts';
import type { Store } from '../store/store.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { refusal } from '../../core/errors.ts';
import { fieldIssues, sendIssues, sendRefusal } from './apiErrors.ts';
import { executeAsHost, hostAccessOf, hostOnly, mayManage, roomOr404 } from './hostAccess.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * The host's plan routes (SESS-5), behind the host token: check a plan (JSON import), read a
 * template as a full plan (the form's starting point), and read or replace the plan of a
 * session. A replacement is the `plan.update` command, run by the session's command processor
 * as the host, so that it is decided, committed and published like any other command (RUN-7).
 */

export interface HostRoutesOptions {
  readonly rooms: RoomRegistry;
  readonly store: Pick<Store, 'listSessions'>;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
}

export const planBody = z.strictObject({ plan: z.unknown() });
const templateParams = z.strictObject({ name: z.string().min(1).max(100) });

/** A validated plan, or the 400 answer naming each field that is wrong. */
function parsePlan(reply: FastifyReply, input: unknown): SessionPlan | null {
  const plan = sessionPlanSchema.safeParse(input);
  if (plan.success) return plan.data;
  void sendIssues(reply, 'plan.invalid', fieldIssues(plan.error.issues, ['plan']));
  return null;
}

export function registerHostRoutes(app: FastifyInstance, options: HostRoutesOptions): void {
  /** Every route here answers 401 without the host token (SESS-5). */
  const host = hostOnly(options.hostTokenHash, options.limits);
  /** The same, for routes that organisers use too, each keeping to their own sessions (ORG-3). */
  const hostOrOrganiser = { ...host, config: { organisers: 'own' as const } };

  app.post('/api/plans/check', hostOrOrganiser, async (request, reply) => {
    const body = planBody.safeParse(request.body);
    if (!body.success) return sendRefusal(reply, refusal('request.invalid', { expected: '{"plan": {...}}' }));
    const plan = parsePlan(reply, body.data.plan);
    return plan ? { plan } : reply;
  });

  app.get('/api/templates/:name', hostOrOrganiser, async (request, reply) => {
    const params = templateParams.safeParse(request.params);
    if (!params.success || !isTemplateName(params.data.name)) {
      return sendRefusal(reply, refusal('template.unknown', { name: params.success ? params.data.name : '', known: TEMPLATE_NAMES.join(', ') }));
    }
    return { plan: sessionPlanSchema.parse(TEMPLATES[params.data.name]) };
  });

  // The host's sessions, newest first, so that a host who comes back finds them (SESS-6);
  // an organiser's only (ORG-2).
  app.get('/api/sessions', hostOrOrganiser, async (request) => {
    const access = hostAccessOf(request);
    return { sessions: (await options.store.listSessions()).filter((session) => mayManage(access, session.id)) };
  });

  app.get('/api/sessions/:id/plan', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, (request.params as { id?: unknown }).id, reply);
    if (!room) return reply;
    return { plan: room.state.plan, joinCode: room.state.joinCode, seq: room.state.seq };
  });

  app.put('/api/sessions/:id/plan', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, (request.params as { id?: unknown }).id, reply);
    if (!room) return reply;
    const body = planBody.safeParse(request.body);
    if (!body.success) return sendRefusal(reply, refusal('request.invalid', { expected: '{"plan": {...}}' }));
    const plan = parsePlan(reply, body.data.plan);
    if (!plan) return reply;
    const outcome = await executeAsHost(room, { type: 'plan.update', plan }, request);
    return outcome.ok ? { plan: room.state.plan, seq: outcome.seq } : sendRefusal(reply, outcome.error, { issuePrefix: 'plan.' });
  });
}
