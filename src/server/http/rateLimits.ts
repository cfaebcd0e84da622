import fastifyRateLimit, { normalizeIP, type CreateRateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refusal, type DomainError } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';

/**
 * The HTTP rate limits (LIMIT-1..LIMIT-5), each keyed by what it protects, counted by
 * @fastify/rate-limit in memory. Addresses are used as keys there and nowhere else: never
 * stored or logged (PRIV-4).
 *
 * A venue puts every phone in the room behind one public address, so nothing that a
 * person joining does is limited tightly per address: what is tight is what only an
 * attacker does, a wrong join code (enumeration) or a wrong host token (brute force).
 */
export interface HttpLimits {
  /** LIMIT-1: every HTTP request of one address, per minute (0: off). */
  readonly requestsPerMinutePerIp: number;
  /** LIMIT-1: every request to one route from all addresses together, per second (0: off). */
  readonly requestsPerSecondPerRoute: number;
  /** LIMIT-2: look-ups of a join code that no session has, per address per window (0: off). */
  readonly codeMissesPerIp: number;
  readonly codeMissWindowSeconds: number;
  /** LIMIT-3: look-ups and joins of one existing code from one address, per minute (0: off). */
  readonly joinsPerMinutePerCodePerIp: number;
  /** LIMIT-4: requests with a wrong host token, per address per window (0: off). */
  readonly hostFailuresPerIp: number;
  readonly hostFailureWindowSeconds: number;
}

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
type LimitedReason = 'request.tooMany' | 'request.serverBusy' | 'join.tooManyWrongCodes' | 'join.rateLimited' | 'host.tooManyAttempts';

/** The limiters the routes consult; made once per server by `registerRateLimits`. */
export interface RateLimits {
  /**
   * Before a join code is looked up (LIMIT-2): false, having answered 429, when this address
   * has used up its wrong codes, unless it has found this very code recently (the venue's
   * phones keep joining while a few of them mistype).
   */
  codeGate(request: FastifyRequest, reply: FastifyReply, code: string): Promise<boolean>;
  /** A look-up of a code that no session has: counts against the address (LIMIT-2). */
  codeMissed(request: FastifyRequest): Promise<void>;
  /** A look-up that found a session: false, having answered 429, past LIMIT-3. */
  codeFound(request: FastifyRequest, reply: FastifyReply, code: string): Promise<boolean>;
  /** Before a host token is checked (LIMIT-4): false, having answered 429, past the limit. */
  hostGate(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
  /** A wrong or missing host token: counts against the address (LIMIT-4). */
  hostFailed(request: FastifyRequest): Promise<void>;
  /** How long this address is still refused host access (LIMIT-4), in ms; 0 if it is not. For the socket's hello. */
  hostBlockedMs(request: FastifyRequest): Promise<number>;
}

/** Answers 429 with `Retry-After` (whole seconds, at least 1) and the one error shape (LIMIT-5). */
export function sendLimited(reply: FastifyReply, reason: LimitedReason, ttlMs: number): FastifyReply {
  const retryAfterSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
  const error: DomainError = refusal(reason, { retryAfterSeconds });
  return sendRefusal(reply.header('retry-after', String(retryAfterSeconds)), error);
}

/** The key of an address: IPv4 as is, IPv6 by its /64, as the plugin does. */
const addressOf = (request: FastifyRequest) => normalizeIP(request.ip);

/** The plugin's options plus the two its store reads that its types leave out. */
type LimiterOptions = CreateRateLimitOptions & { readonly continueExceeding?: boolean; readonly cache?: number };

/**
 * Registers @fastify/rate-limit, the per-address and per-route ceilings on every route
 * (LIMIT-1), and returns the limiters that the join and host routes consult.
 */
export async function registerRateLimits(app: FastifyInstance, limits: HttpLimits): Promise<RateLimits> {
  // Nothing is limited by the plugin's own hooks: every limit below answers in our shape.
  await app.register(fastifyRateLimit, { global: false });
  const limiter = (options: LimiterOptions): Limiter => app.createRateLimit(options);
  // A request's code, for the limiters keyed by address and code.
  const codes = new WeakMap<FastifyRequest, string>();
  const addressAndCode = (request: FastifyRequest) => `${addressOf(request)} ${codes.get(request) ?? ''}`;

  const perAddress = limiter({ max: limits.requestsPerMinutePerIp, timeWindow: 60_000, keyGenerator: addressOf, cache: 20_000 });
  const perRoute = limiter({ max: limits.requestsPerSecondPerRoute, timeWindow: 1_000, keyGenerator: (request) => `${request.method} ${request.routeOptions.url ?? '(no route)'}` });
  const misses = limiter({ max: limits.codeMissesPerIp, timeWindow: limits.codeMissWindowSeconds * 1000, keyGenerator: addressOf, cache: 20_000 });
  const hits = limiter({ max: limits.joinsPerMinutePerCodePerIp, timeWindow: 60_000, keyGenerator: addressAndCode, cache: 20_000 });
  // "This address found this code": a mark that lasts a miss window after its last hit
  // (max 0 with continueExceeding restarts the window at every hit), so that it outlives
  // any block on wrong codes that starts while the venue is still joining.
  const found = limiter({ max: 0, continueExceeding: true, timeWindow: limits.codeMissWindowSeconds * 1000, keyGenerator: addressAndCode, cache: 20_000 });
  const hostFailures = limiter({ max: limits.hostFailuresPerIp, timeWindow: limits.hostFailureWindowSeconds * 1000, keyGenerator: addressOf, cache: 20_000 });

  app.addHook('onRequest', async (request, reply) => {
    if (limits.requestsPerSecondPerRoute > 0) {
      const route = await perRoute(request);
      if (!route.isAllowed && route.isExceeded) return sendLimited(reply, 'request.serverBusy', route.ttl);
    }
    if (limits.requestsPerMinutePerIp > 0) {
      const address = await perAddress(request);
      if (!address.isAllowed && address.isExceeded) return sendLimited(reply, 'request.tooMany', address.ttl);
    }
    return undefined;
  });

  const hostBlockedMs = async (request: FastifyRequest): Promise<number> => {
    if (limits.hostFailuresPerIp === 0) return 0;
    const used = await hostFailures(request, { increment: false });
    return used.isAllowed || used.remaining > 0 ? 0 : Math.max(1, used.ttl);
  };

  return {
    async codeGate(request, reply, code) {
      if (limits.codeMissesPerIp === 0) return true;
      const used = await misses(request, { increment: false });
      if (used.isAllowed || used.remaining > 0) return true;
      codes.set(request, code);
      const known = await found(request, { increment: false });
      if (!known.isAllowed && known.remaining === 0 && known.ttl > 0) return true;
      await sendLimited(reply, 'join.tooManyWrongCodes', used.ttl);
      return false;
    },
    async codeMissed(request) {
      if (limits.codeMissesPerIp > 0) await misses(request);
    },
    async codeFound(request, reply, code) {
      codes.set(request, code);
      if (limits.codeMissesPerIp > 0) await found(request);
      if (limits.joinsPerMinutePerCodePerIp === 0) return true;
      const joined = await hits(request);
      if (joined.isAllowed || !joined.isExceeded) return true;
      await sendLimited(reply, 'join.rateLimited', joined.ttl);
      return false;
    },
    async hostGate(request, reply) {
      const blocked = await hostBlockedMs(request);
      if (blocked === 0) return true;
      await sendLimited(reply, 'host.tooManyAttempts', blocked);
      return false;
    },
    hostBlockedMs,
    async hostFailed(request) {
      if (limits.hostFailuresPerIp > 0) await hostFailures(request);
    },
  };
}
