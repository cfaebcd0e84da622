import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { refusal } from '../../core/errors.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { hashToken, newId, newToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';
import { fieldIssues, sendIssues, sendRefusal } from './apiErrors.ts';
import { hostAccessOf, hostOnly } from './hostAccess.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * Organiser access over HTTP (ORG-1..ORG-8). The deployment's admin (the host token) makes an
 * access for one organiser and a set of sessions, lists them and revokes them; the token is
 * shown once, in the link's fragment, and stored as its hash. Every host page asks
 * `GET /api/host/me` who it is acting for.
 */
export interface OrganiserRoutesOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly baseUrl: () => string;
  readonly now: () => number;
}

const createBody = z.strictObject({
  /** Who the access is for, as the admin will recognise it: "Room B organisers", "Youth track". */
  label: z.string().trim().min(1).max(60).regex(/^[^\p{Cc}\p{Cf}<>]+$/u, 'plain text, one line'),
  /** The sessions they may see and change (ORG-2); sessions they create join these (ORG-4). */
  sessionIds: z.array(z.string().min(1).max(64)).min(1).max(500),
});

/** The link an organiser opens: the host page, with the token in the fragment (never sent to a server). */
export function organiserLink(baseUrl: string, token: string): string {
  return `${baseUrl}/host#organiser=${token}`;
}

export function registerOrganiserRoutes(app: FastifyInstance, options: OrganiserRoutesOptions): void {
  const { store, rooms } = options;
  // No `:id` in these routes: the admin's alone, but for `/api/host/me` (ORG-3).
  const admin = hostOnly(options.hostTokenHash, options.limits);

  app.get('/api/host/me', { ...admin, config: { organisers: 'own' } }, async (request) => {
    const access = hostAccessOf(request);
    return access.kind === 'admin' ? { kind: 'admin' as const } : { kind: 'organiser' as const, label: access.label, sessionIds: [...access.sessionIds] };
  });

  app.get('/api/organisers', admin, async () => {
    const titles = new Map((await store.listSessions()).map((s) => [s.id, s.title]));
    const organisers = await store.listOrganisers();
    return { organisers: organisers.map((o) => ({ ...o, sessions: o.sessionIds.map((id) => ({ id, title: titles.get(id) ?? '' })) })) };
  });

  app.post('/api/organisers', admin, async (request, reply) => {
    const body = createBody.safeParse(request.body);
    if (!body.success) return sendIssues(reply, 'input.invalid', fieldIssues(body.error.issues));
    const known = new Set((await store.listSessions()).map((s) => s.id));
    const sessionIds = [...new Set(body.data.sessionIds)];
    const unknown = sessionIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) return sendRefusal(reply, refusal('organiser.unknownSession', { sessionId: sessionIds[unknown] ?? '', path: `sessionIds.${unknown}` }));
    const token = newToken();
    const tokenHash = hashToken(token);
    const at = options.now();
    // ORG-6: one line in the audit log of each session, naming the access by its hash only.
    await store.createOrganiser(
      { tokenHash, label: body.data.label, sessionIds, createdAt: at },
      { id: newId(), at, role: 'host', label: null, action: 'organiser.granted', summary: `organiser=${tokenHash.slice(0, 12)}` },
    );
    return reply.code(201).send({
      organiser: { id: tokenHash, label: body.data.label, sessionIds, createdAt: at, revokedAt: null, lastSeenAt: null },
      link: organiserLink(options.baseUrl(), token),
    });
  });

  app.delete<{ Params: { organiserId: string } }>('/api/organisers/:organiserId', admin, async (request, reply) => {
    const tokenHash = request.params.organiserId;
    const organiser = /^[0-9a-f]{64}$/.test(tokenHash) ? await store.organiserOf(tokenHash) : null;
    if (!organiser || organiser.revokedAt !== null) return sendRefusal(reply, refusal('organiser.notFound'));
    const at = options.now();
    let committed: Promise<readonly string[] | null> | null = null;
    const commit = () => (committed ??= store.revokeOrganiser(tokenHash, at, { id: newId(), at, role: 'host', label: null, action: 'organiser.revoked', summary: `organiser=${tokenHash.slice(0, 12)}` }));
    // ORG-7: each room that holds one of their sessions refuses their commands from now on,
    // the one revocation commits, then every room cuts their connections (as for a link, ROLE-2).
    const found = await Promise.all(organiser.sessionIds.map(async (id) => ({ id, room: await rooms.loadedRoom(id) })));
    const loaded = found.flatMap(({ room }) => (room ? [room] : []));
    const cut = await Promise.all(loaded.map((room) => room.revokeLink(tokenHash, async () => (await commit()) !== null)));
    if ((await commit()) === null) return sendRefusal(reply, refusal('organiser.notFound'));
    // SCALE-6: rooms of their sessions on other processes hear it too, even where this one holds none.
    for (const { id, room } of found) if (!room) rooms.announceRevoked(id, tokenHash);
    return { revoked: true, revokedAt: at, closed: cut.reduce<number>((sum, n) => sum + (n ?? 0), 0) };
  });
}
