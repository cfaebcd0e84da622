import type { FastifyInstance } from 'fastify';
import type { ServerMessage } from '../../core/protocol/serverMessages.ts';
import { commandEnvelopeSchema } from '../../core/protocol/clientMessages.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Peer } from '../rooms/peer.ts';
import { newId } from '../secrets.ts';
import { sendApiError } from './apiErrors.ts';
import { isHost } from './sessionRoutes.ts';

/**
 * The host's guidelines form over HTTP (GUIDE-4): `GET` the Markdown sources, `PUT` new ones.
 * The PUT runs `guidelines.set` through the room as the host, so it is authorised, decided,
 * committed, audited and published exactly as the same command over a socket.
 */
export function registerGuidelinesRoutes(app: FastifyInstance, options: { readonly rooms: RoomRegistry; readonly hostTokenHash: string }): void {
  app.get<{ Params: { id: string } }>('/api/sessions/:id/guidelines', async (request, reply) => {
    if (!isHost(request.headers.authorization, options.hostTokenHash)) return sendApiError(reply, 401, 'unauthorised', 'this needs the host token as a Bearer token');
    const room = await options.rooms.get(request.params.id);
    if (!room) return sendApiError(reply, 404, 'not_found', 'no such session');
    const { plan } = room.state;
    return { title: plan.title, joinCode: room.state.joinCode, guidelines: plan.guidelines, codeOfConduct: plan.codeOfConduct };
  });

  app.put<{ Params: { id: string } }>('/api/sessions/:id/guidelines', async (request, reply) => {
    if (!isHost(request.headers.authorization, options.hostTokenHash)) return sendApiError(reply, 401, 'unauthorised', 'this needs the host token as a Bearer token');
    const room = await options.rooms.get(request.params.id);
    if (!room) return sendApiError(reply, 404, 'not_found', 'no such session');
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;
    const envelope = commandEnvelopeSchema.safeParse({ type: 'command', id: newId(), command: { type: 'guidelines.set', guidelines: body.guidelines, codeOfConduct: body.codeOfConduct } });
    if (!envelope.success) {
      const issues = envelope.error.issues.map((i) => ({ path: i.path.slice(1).filter((p) => p !== 'type').join('.'), message: i.message }));
      return sendApiError(reply, 400, 'invalid_input', `${issues[0]?.path}: ${issues[0]?.message}`, issues);
    }
    let answer: ServerMessage | null = null;
    const host: Peer = { role: 'host', participantId: null, actor: 'host:http', send: (frame) => (answer = JSON.parse(frame) as ServerMessage) };
    await room.handle(host, envelope.data);
    const result = answer as ServerMessage | null;
    if (result?.type === 'ack') return { seq: result.seq };
    if (result?.type === 'error') return sendApiError(reply, 400, result.code, result.message);
    return sendApiError(reply, 500, 'internal', 'no answer from the room');
  });
}
