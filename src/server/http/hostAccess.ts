import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Command } from '../../core/protocol/commands.ts';
import type { CommandOutcome, CommandSource } from '../rooms/commandProcessor.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { SessionRoom } from '../rooms/sessionRoom.ts';
import { hashToken, newId } from '../secrets.ts';
import type { Organiser } from '../store/store.ts';
import { refusal, type DomainError } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';
import type { RateLimits } from './rateLimits.ts';

/**
 * The host over HTTP: the one check every host route goes through (`checkHost`, or the
 * `hostOnly` preHandler around it), the session's room behind it, and commands run as the
 * host through the room's processor, exactly as over a socket.
 *
 * Two kinds of host (ORG-3): the deployment's admin (the host token, OPENFLOOR_HOST_TOKEN),
 * who sees and changes every session, and organisers, each with a token of their own that
 * the admin made for a set of sessions. `checkHost` decides which sessions a request may
 * touch from the route itself, so a route needs no code of its own for it:
 * - a route whose URL names `:id` is about that session: an organiser passes only for theirs;
 * - a route without `:id` is the admin's, unless it says `config: { organisers: 'own' }`,
 *   and then its handler keeps to `hostAccessOf(request)` (a list filtered, a new session
 *   added to the organiser's set).
 */

/** Who is acting as host (ORG-3). */
export type HostAccess =
  | { readonly kind: 'admin' }
  | { readonly kind: 'organiser'; readonly tokenHash: string; readonly label: string; readonly sessionIds: ReadonlySet<string> };

/** How `checkHost` finds organisers: the store, set once on the app by `registerOrganiserLookup`. */
export type OrganiserLookup = { organiserOf(tokenHash: string): Promise<Organiser | null> };

declare module 'fastify' {
  interface FastifyInstance {
    /** The organisers' store (ORG-3); absent, only the admin's token opens host routes. */
    openfloorOrganisers?: OrganiserLookup;
  }
  interface FastifyContextConfig {
    /** A host route without `:id` that organisers may use: its handler keeps to their sessions (ORG-3). */
    organisers?: 'own';
  }
}

/** Makes organiser tokens count on every host route of `app` (ORG-3). */
export function registerOrganiserLookup(app: { decorate(name: 'openfloorOrganisers', value: OrganiserLookup): unknown }, lookup: OrganiserLookup): void {
  app.decorate('openfloorOrganisers', lookup);
}

/** Whether an `Authorization` header carries the host token (compared as hashes, in constant time). */
export function isHost(header: string | undefined, expectedHash: string): boolean {
  const token = bearerToken(header);
  return token !== null && sameHash(hashToken(token), expectedHash);
}

/** The Bearer token of a header; null when there is none (or it is too long to be one of ours). */
function bearerToken(header: string | undefined): string | null {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  return token && token.length <= 200 ? token : null;
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/**
 * What a token (by its hash) gives as host: the admin's, an organiser's, `revoked` for an
 * organiser the admin revoked, or null. The HTTP routes and the socket's hello both ask here.
 */
export async function hostAccessOfToken(tokenHash: string, adminHash: string | undefined, organisers: OrganiserLookup | undefined): Promise<HostAccess | 'revoked' | null> {
  if (adminHash !== undefined && sameHash(tokenHash, adminHash)) return { kind: 'admin' };
  const organiser = organisers ? await organisers.organiserOf(tokenHash) : null;
  if (!organiser) return null;
  if (organiser.revokedAt !== null) return 'revoked';
  return { kind: 'organiser', tokenHash, label: organiser.label, sessionIds: new Set(organiser.sessionIds) };
}

/** What the request's Bearer token gives as host (see `hostAccessOfToken`). */
export async function requestHostAccess(request: FastifyRequest, hostTokenHash: string): Promise<HostAccess | 'revoked' | null> {
  const token = bearerToken(request.headers.authorization);
  if (token === null) return null;
  return hostAccessOfToken(hashToken(token), hostTokenHash, request.server.openfloorOrganisers);
}

/** Whether this host may see and change the session (ORG-2). */
export function mayManage(access: HostAccess, sessionId: string): boolean {
  return access.kind === 'admin' || access.sessionIds.has(sessionId);
}

/** Why the route refuses this host, or null (ORG-3): the route's `:id`, or its `organisers` config. */
function scopeRefusal(request: FastifyRequest, access: HostAccess): DomainError | null {
  if (access.kind === 'admin') return null;
  if (/(^|\/):id(\/|\.|$)/.test(request.routeOptions.url ?? '')) {
    const id = (request.params as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' && mayManage(access, id) ? null : refusal('organiser.notYourSession');
  }
  return request.routeOptions.config.organisers === 'own' ? null : refusal('organiser.adminOnly');
}

const accessOfRequest = new WeakMap<FastifyRequest, HostAccess>();

/** The host a request passed `checkHost` as; throws for a request that did not go through it (a route's bug). */
export function hostAccessOf(request: FastifyRequest): HostAccess {
  const access = accessOfRequest.get(request);
  if (!access) throw new Error('hostAccessOf: the request did not pass checkHost');
  return access;
}

/**
 * Whether the request may use this host route; otherwise it has answered: 401 without a
 * host or organiser token, or with a revoked one (which counts against the address, LIMIT-4,
 * ORG-8); 403 for an organiser outside their sessions or on an admin's route (ORG-3); 429
 * once the address has sent too many wrong tokens (LIMIT-4, checked before the token so that
 * a blocked address learns nothing). Every host route goes through here.
 */
export async function checkHost(request: FastifyRequest, reply: FastifyReply, hostTokenHash: string, limits: RateLimits): Promise<boolean> {
  if (!(await limits.hostGate(request, reply))) return false;
  const access = await requestHostAccess(request, hostTokenHash);
  if (access === null || access === 'revoked') {
    await limits.hostFailed(request);
    await sendRefusal(reply, refusal(access === 'revoked' ? 'organiser.revoked' : 'host.tokenRequired'));
    return false;
  }
  const refused = scopeRefusal(request, access);
  if (refused) {
    await sendRefusal(reply, refused);
    return false;
  }
  accessOfRequest.set(request, access);
  return true;
}

/** A route option that answers 401 without the host token (SESS-5), 403 outside an organiser's sessions (ORG-3), 429 past LIMIT-4. */
export function hostOnly(hostTokenHash: string, limits: RateLimits) {
  return {
    preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      if (!(await checkHost(request, reply, hostTokenHash, limits))) return reply;
      return undefined;
    },
  };
}

/** The room of the session named in the route, or a 404 answer and null. */
export async function roomOr404(rooms: RoomRegistry, sessionId: unknown, reply: FastifyReply): Promise<SessionRoom | null> {
  const room = typeof sessionId === 'string' && sessionId.length > 0 && sessionId.length <= 64 ? await rooms.get(sessionId) : null;
  if (!room) await sendRefusal(reply, refusal('session.notFound'));
  return room;
}

/** The host as a command source: one actor key for the admin on every host route, audited as the host. */
const HOST: CommandSource = { role: 'host', participantId: null, actor: 'host', label: null };

/**
 * The command source of the host behind a request: the admin, or the organiser, audited with
 * their label (ORG-6) and deduplicated as their own actor.
 */
export function hostSource(request: FastifyRequest | undefined): CommandSource {
  const access = request ? accessOfRequest.get(request) : undefined;
  if (!access || access.kind === 'admin') return HOST;
  return { role: 'host', participantId: null, actor: `organiser:${access.tokenHash.slice(0, 24)}`, label: access.label };
}

/** Runs a command in a room as the host (the organiser behind `request`, if any); each call is a new command (its own id). */
export function executeAsHost(room: SessionRoom, command: Command, request?: FastifyRequest): Promise<CommandOutcome> {
  return room.execute(hostSource(request), { type: 'command', id: `http-${newId()}`, command });
}
