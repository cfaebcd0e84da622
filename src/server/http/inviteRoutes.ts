import { auditNames } from '../../core/audit/auditNames.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { LINK_ROLES, type LinkRole } from '../../core/roles.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { hashToken, newId, newToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';
import { refusal } from '../../core/errors.ts';
import { fieldIssues, sendIssues, sendRefusal } from './apiErrors.ts';
import { checkHost, hostSource, roomOr404 } from './hostAccess.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * The host's invite links and audit log (ROLE-1..3, AUDIT-1..2). Every route needs the host
 * token as a Bearer token. Tokens are shown once, in the link's fragment; the list names
 * links by their token's hash.
 */
export interface InviteRoutesOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly baseUrl: () => string;
  readonly now: () => number;
}

export const createBody = z.strictObject({
  role: z.enum(LINK_ROLES),
  /** Who the link is for, as the host will recognise it: "Onsite moderator", "Speaker 2 laptop". */
  label: z.string().trim().min(1).max(60).regex(/^[^\p{Cc}\p{Cf}<>]+$/u, 'plain text, one line'),
  panelSpeaker: z.number().int().min(0).max(49).nullable().default(null),
});

/** The page each role's link opens. */
const ROLE_PATHS: Readonly<Record<LinkRole, string>> = {
  moderator: '/moderator',
  online_moderator: '/moderator',
  rapporteur: '/rapporteur',
  speaker: '/speaker',
  projector: '/projector',
};

/** How many audit lines the host gets at most per request. */
const AUDIT_LIMIT = 500;

export function registerInviteRoutes(app: FastifyInstance, options: InviteRoutesOptions): void {
  const { store, rooms } = options;

  /** The session's room when the request carries the host token; otherwise answers and returns null. */
  async function hostRoom(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    if (!(await checkHost(request, reply, options.hostTokenHash, options.limits))) return null;
    return roomOr404(rooms, request.params.id, reply);
  }

  app.get<{ Params: { id: string } }>('/api/sessions/:id/invites', async (request, reply) => {
    const room = await hostRoom(request, reply);
    if (!room) return reply;
    const connected = room.connectedLinks();
    const invites = await store.listInvites(room.state.id);
    return {
      session: {
        id: room.state.id,
        title: room.state.plan.title,
        joinCode: room.state.joinCode,
        speakers: room.state.plan.speakers.map((s, index) => ({ index, label: s.label })),
      },
      invites: invites.map((invite) => ({ ...invite, connected: invite.revokedAt === null ? (connected.get(invite.id) ?? 0) : 0 })),
    };
  });

  app.post<{ Params: { id: string } }>('/api/sessions/:id/invites', async (request, reply) => {
    const room = await hostRoom(request, reply);
    if (!room) return reply;
    const body = createBody.safeParse(request.body);
    if (!body.success) return sendIssues(reply, 'input.invalid', fieldIssues(body.error.issues));
    const { role, label } = body.data;
    const panelSpeaker = role === 'speaker' ? body.data.panelSpeaker : null;
    if (role === 'speaker' && (panelSpeaker === null || panelSpeaker >= room.state.plan.speakers.length)) {
      return sendRefusal(reply, refusal('invite.speakerNeedsPanel', { path: 'panelSpeaker' }));
    }
    const token = newToken();
    const tokenHash = hashToken(token);
    const at = options.now();
    await store.createInvite(
      { sessionId: room.state.id, tokenHash, role, label, panelSpeaker, createdAt: at },
      { id: newId(), at, role: 'host', label: hostSource(request).label ?? null, action: 'link.created', summary: `role=${role}${panelSpeaker === null ? '' : ` panelSpeaker=${panelSpeaker}`}` },
    );
    return reply.code(201).send({
      invite: { id: tokenHash, role, label, panelSpeaker, createdAt: at, revokedAt: null, lastSeenAt: null, connected: 0 },
      link: `${options.baseUrl()}${ROLE_PATHS[role]}#${token}`,
    });
  });

  app.delete<{ Params: { id: string; inviteId: string } }>('/api/sessions/:id/invites/:inviteId', async (request, reply) => {
    const room = await hostRoom(request, reply);
    if (!room) return reply;
    const tokenHash = request.params.inviteId;
    if (!/^[0-9a-f]{64}$/.test(tokenHash)) return sendRefusal(reply, refusal('invite.notFound'));
    const at = options.now();
    // ROLE-2: the room refuses the link's commands from now on, commits the revocation between
    // two control commands, then cuts the link's sockets; a new hello with the token is refused.
    const closed = await room.revokeLink(tokenHash, () =>
      store.revokeInvite(room.state.id, tokenHash, at, { id: newId(), at, role: 'host', label: hostSource(request).label ?? null, action: 'link.revoked', summary: `link=${tokenHash.slice(0, 12)}` }),
    );
    if (closed === null) return sendRefusal(reply, refusal('invite.notFound'));
    return { revoked: true, revokedAt: at, closed };
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/audit', async (request, reply) => {
    const room = await hostRoom(request, reply);
    if (!room) return reply;
    // AUDIT-4: the names of the things the lines name by id, for the page to say them in words.
    return { entries: await store.listAudit(room.state.id, AUDIT_LIMIT), names: auditNames(room.state) };
  });
}
