import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionPlanSchema, type SessionPlan } from '../../core/plan.ts';
import type { Command } from '../../core/protocol/commands.ts';
import type { ServerMessage } from '../../core/protocol/serverMessages.ts';
import { TEMPLATES, TEMPLATE_NAMES, isTemplateName } from '../../core/templates.ts';
import type { Peer } from '../rooms/peer.ts';
import type { Store } from '../store/store.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { SessionRoom } from '../rooms/sessionRoom.ts';
import { newId } from '../secrets.ts';
import { sendApiError } from './apiErrors.ts';
import { isHost } from './sessionRoutes.ts';

/**
 * The host's plan routes (SESS-5), behind the host token: check a plan (JSON import), read a
 * template as a full plan (the form's starting point), and read or replace the plan of a
 * session. A replacement is the `plan.update` command, run through the session's room as the
 * host, so that it is decided, committed and published like any other command (RUN-7).
 */

export interface HostRoutesOptions {
  readonly rooms: RoomRegistry;
  readonly store: Pick<Store, 'listSessions'>;
  readonly hostTokenHash: string;
}

const planBody = z.strictObject({ plan: z.unknown() });
const sessionParams = z.strictObject({ id: z.string().min(1).max(64) });
const templateParams = z.strictObject({ name: z.string().min(1).max(100) });

/** A validated plan, or the 400 answer naming each field that is wrong. */
function parsePlan(reply: FastifyReply, input: unknown): SessionPlan | null {
  const plan = sessionPlanSchema.safeParse(input);
  if (plan.success) return plan.data;
  const issues = plan.error.issues.map((i) => ({ path: ['plan', ...i.path].join('.'), message: i.message }));
  void sendApiError(reply, 400, 'invalid_input', `invalid plan: ${issues[0]?.path}: ${issues[0]?.message}`, issues);
  return null;
}

/** Runs one command in a room as the host and resolves with the room's answer to it. */
function runAsHost(room: SessionRoom, command: Command): Promise<ServerMessage> {
  const id = `host-${newId()}`;
  return new Promise((resolve, reject) => {
    const peer: Peer = {
      role: 'host',
      participantId: null,
      actor: 'host',
      send(frame) {
        const message = JSON.parse(frame) as ServerMessage;
        if ((message.type === 'ack' || message.type === 'error') && message.id === id) resolve(message);
      },
    };
    room.handle(peer, { type: 'command', id, command }).catch(reject);
  });
}

export function registerHostRoutes(app: FastifyInstance, options: HostRoutesOptions): void {
  /** Every route here answers 401 without the host token (SESS-5). */
  const hostOnly = { preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isHost(request.headers.authorization, options.hostTokenHash)) {
      return sendApiError(reply, 401, 'unauthorised', 'this needs the host token as a Bearer token');
    }
    return undefined;
  } };

  app.post('/api/plans/check', hostOnly, async (request, reply) => {
    const body = planBody.safeParse(request.body);
    if (!body.success) return sendApiError(reply, 400, 'invalid_input', 'send {"plan": {...}}');
    const plan = parsePlan(reply, body.data.plan);
    return plan ? { plan } : reply;
  });

  app.get('/api/templates/:name', hostOnly, async (request, reply) => {
    const params = templateParams.safeParse(request.params);
    if (!params.success || !isTemplateName(params.data.name)) {
      return sendApiError(reply, 404, 'not_found', `no such template; known: ${TEMPLATE_NAMES.join(', ')}`);
    }
    return { plan: sessionPlanSchema.parse(TEMPLATES[params.data.name]) };
  });

  // The host's sessions, newest first, so that a host who comes back finds them (SESS-6).
  app.get('/api/sessions', hostOnly, async () => ({ sessions: await options.store.listSessions() }));

  app.get('/api/sessions/:id/plan', hostOnly, async (request, reply) => {
    const params = sessionParams.safeParse(request.params);
    const room = params.success ? await options.rooms.get(params.data.id) : null;
    if (!room) return sendApiError(reply, 404, 'not_found', 'no such session');
    return { plan: room.state.plan, joinCode: room.state.joinCode, seq: room.state.seq };
  });

  app.put('/api/sessions/:id/plan', hostOnly, async (request, reply) => {
    const params = sessionParams.safeParse(request.params);
    const room = params.success ? await options.rooms.get(params.data.id) : null;
    if (!room) return sendApiError(reply, 404, 'not_found', 'no such session');
    const body = planBody.safeParse(request.body);
    if (!body.success) return sendApiError(reply, 400, 'invalid_input', 'send {"plan": {...}}');
    const plan = parsePlan(reply, body.data.plan);
    if (!plan) return reply;
    const answer = await runAsHost(room, { type: 'plan.update', plan });
    if (answer.type === 'ack') return { plan: room.state.plan, seq: answer.seq };
    if (answer.type === 'error') return sendApiError(reply, answer.code === 'invalid_state' ? 409 : answer.code === 'internal' ? 500 : 400, answer.code, answer.message);
    return sendApiError(reply, 500, 'internal', 'no answer from the session');
  });
}
