import type { FastifyInstance } from 'fastify';
import { COMMANDS } from '../../core/protocol/commands.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { fieldIssues, sendIssues, sendRefusal } from './apiErrors.ts';
import { executeAsHost, hostOnly, roomOr404 } from './hostAccess.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * The host's guidelines form over HTTP (GUIDE-4): `GET` the Markdown sources, `PUT` new ones.
 * The PUT runs `guidelines.set` through the session's command processor as the host, so it
 * is authorised, decided, committed, audited and published exactly as the same command over
 * a socket.
 */
export function registerGuidelinesRoutes(app: FastifyInstance, options: { readonly rooms: RoomRegistry; readonly hostTokenHash: string; readonly limits: RateLimits }): void {
  const host = hostOnly(options.hostTokenHash, options.limits);

  app.get<{ Params: { id: string } }>('/api/sessions/:id/guidelines', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const { plan } = room.state;
    return { title: plan.title, joinCode: room.state.joinCode, guidelines: plan.guidelines, codeOfConduct: plan.codeOfConduct };
  });

  app.put<{ Params: { id: string } }>('/api/sessions/:id/guidelines', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const command = COMMANDS['guidelines.set'].schema.safeParse({ type: 'guidelines.set', guidelines: body.guidelines, codeOfConduct: body.codeOfConduct });
    if (!command.success) return sendIssues(reply, 'input.invalid', fieldIssues(command.error.issues));
    const outcome = await executeAsHost(room, command.data, request);
    return outcome.ok ? { seq: outcome.seq } : sendRefusal(reply, outcome.error);
  });
}
