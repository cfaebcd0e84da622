import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { refusal } from '../../core/errors.ts';
import { COMMANDS } from '../../core/protocol/commands.ts';
import { csvText } from '../../core/report/reportCsv.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { hashToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';
import { fieldIssues, sendIssues, sendRefusal } from './apiErrors.ts';
import { executeAsHost, hostOnly, roomOr404 } from './hostAccess.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * The follow-up event (REPORT-13). The host announces it (`PUT …/follow-up`, run as
 * `followUp.announce` through the room, so every page shows it at once) and alone reads the
 * sign-ups (`GET …/follow-up/signups`, and `.csv`). A participant signs up with their own token
 * (`POST /api/follow-up/signups`): a contact, stored only with explicit consent for this one use,
 * never with their participant id, so it cannot be joined to anything they did in the session.
 * Someone who says they are under 18 is asked for no contact and refused if one is sent.
 */

/** An e-mail address or a phone number, as a person types it. */
const contactSchema = z
  .string()
  .trim()
  .min(5)
  .max(200)
  .regex(/^(?:[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+|\+?[\d\s().-]{6,30})$/u, 'an e-mail address or a phone number');

export const followUpSignupBodySchema = z.strictObject({
  contact: contactSchema,
  /** The box "use my contact for this follow-up only" ticked: nothing is stored without it. */
  consent: z.literal(true),
  /** What the person said of their age; in youth mode the page asks it first. */
  under18: z.boolean().default(false),
});

interface FollowUpRouteOptions {
  readonly rooms: RoomRegistry;
  readonly store: Store;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly now: () => number;
  readonly newId: () => string;
}

export function registerFollowUpRoutes(app: FastifyInstance, options: FollowUpRouteOptions): void {
  const host = hostOnly(options.hostTokenHash, options.limits);
  const body = (request: FastifyRequest) => (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<string, unknown>;

  app.put<{ Params: { id: string } }>('/api/sessions/:id/follow-up', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const command = COMMANDS['followUp.announce'].schema.safeParse({ type: 'followUp.announce', followUp: body(request).followUp });
    if (!command.success) return sendIssues(reply, 'input.invalid', fieldIssues(command.error.issues));
    const outcome = await executeAsHost(room, command.data);
    return outcome.ok ? { seq: outcome.seq, followUp: room.state.followUp } : sendRefusal(reply, outcome.error);
  });

  const signupsOf = async (id: string, reply: FastifyReply) => {
    const room = await roomOr404(options.rooms, id, reply);
    return room ? { room, signups: await options.store.followUpSignups(id) } : null;
  };

  app.get<{ Params: { id: string } }>('/api/sessions/:id/follow-up/signups', host, async (request, reply) => {
    const found = await signupsOf(request.params.id, reply);
    if (!found) return reply;
    return reply.header('cache-control', 'no-store').send({ followUp: found.room.state.followUp, signups: found.signups.map((s) => ({ contact: s.contact, consentedAt: s.consentedAt })) });
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/follow-up/signups.csv', host, async (request, reply) => {
    const found = await signupsOf(request.params.id, reply);
    if (!found) return reply;
    const csv = csvText({ name: 'follow-up-signups', header: ['contact', 'consented_at'], rows: found.signups.map((s) => [s.contact, new Date(s.consentedAt).toISOString()]) });
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="follow-up-signups.csv"')
      .send(csv);
  });

  app.post('/api/follow-up/signups', async (request, reply) => {
    // A wrong token counts like a wrong host token (LIMIT-4): the route cannot be used to guess one.
    if (!(await options.limits.hostGate(request, reply))) return reply;
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const grant = token && token.length <= 200 ? await options.store.grantOf(hashToken(token)) : null;
    if (!grant || grant.role !== 'participant') {
      await options.limits.hostFailed(request);
      return sendRefusal(reply, refusal('followup.participantRequired'));
    }
    const parsed = followUpSignupBodySchema.safeParse(body(request));
    if (!parsed.success) return sendIssues(reply, 'input.invalid', fieldIssues(parsed.error.issues));
    const room = await roomOr404(options.rooms, grant.sessionId, reply);
    if (!room) return reply;
    if (!room.state.followUp) return sendRefusal(reply, refusal('followup.none'));
    if (parsed.data.under18) return sendRefusal(reply, refusal('followup.underEighteen'));
    // Committed before the answer; no participant id goes with it.
    await options.store.addFollowUpSignup({ id: options.newId(), sessionId: grant.sessionId, contact: parsed.data.contact, consentedAt: options.now() });
    return reply.code(201).send({ ok: true });
  });
}
