import fastifyWebsocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { MAX_FRAME_BYTES } from '../core/protocol/version.ts';
import type { Config } from './config.ts';
import { registerErrorHandlers } from './http/errorHandlers.ts';
import { registerBeforeRoutes } from './http/beforeRoutes.ts';
import { registerFollowUpRoutes } from './http/followUpRoutes.ts';
import { registerPackRoutes } from './pack/packRoutes.ts';
import { registerContractRoutes } from './http/contractRoutes.ts';
import { registerIntegrations } from './integrations/integrations.ts';
import { registerGuidelinesRoutes } from './http/guidelinesRoutes.ts';
import { registerHealthRoutes } from './http/healthRoutes.ts';
import { registerInviteRoutes } from './http/inviteRoutes.ts';
import { registerHostRoutes } from './http/hostRoutes.ts';
import { registerOrganiserLookup } from './http/hostAccess.ts';
import { registerOrganiserRoutes } from './http/organiserRoutes.ts';
import { registerJoinRoutes } from './http/joinRoutes.ts';
import { registerRateLimits } from './http/rateLimits.ts';
import { registerRetentionRoutes } from './http/retentionRoutes.ts';
import { RetentionJob } from './retention/retentionJob.ts';
import { QuizSweep } from './rooms/quizSweep.ts';
import { registerSessionRoutes } from './http/sessionRoutes.ts';
import { registerWebRoutes } from './http/webRoutes.ts';
import { registerPollExportRoutes } from './http/pollExportRoutes.ts';
import { registerReportRoutes } from './report/reportRoutes.ts';
import { sendRefusal } from './http/apiErrors.ts';
import { refusal } from '../core/errors.ts';
import { loggerOptions } from './logOptions.ts';
import { openRedisBus } from './rooms/redisBus.ts';
import { RoomRegistry } from './rooms/roomRegistry.ts';
import { newId } from './secrets.ts';
import type { Store } from './store/store.ts';
import { CLOSE, registerSocketGateway, RESTARTING_REASON } from './transport/socketGateway.ts';

export const VERSION = '0.1.0';

export interface AppDeps {
  readonly config: Config;
  readonly store: Store;
  readonly hostTokenHash: string;
  readonly now?: () => number;
  /** The retention job's clock (RETAIN-1); the server's clock unless a test moves it on. */
  readonly retentionNow?: () => number;
}

export interface OpenFloorApp {
  readonly http: FastifyInstance;
  readonly rooms: RoomRegistry;
  /** The retention job (RETAIN-1), started with the server. */
  readonly retention: RetentionJob;
  /** The quiz sweep (POLL-61), started with the server, stopped by a drain or the close. */
  readonly quizSweep: QuizSweep;
  /** The base URL for links: PUBLIC_URL, or the address the server listens on. */
  baseUrl(): string;
  /** Every route as Fastify registered it (method, URL, config), for the tests that walk them all (ORG-3). */
  readonly routeTable: readonly RouteEntry[];
  /**
   * Drains for a shutdown: stops accepting connections, refuses new commands and requests
   * (`server.draining`), waits up to `commandsMs` for the commands already running to be
   * committed and answered, then closes every socket with 1001 "server restarting". Resolves
   * with whether every running command finished in time. `http.close()` comes after.
   */
  drain(options?: { readonly commandsMs?: number; readonly socketsMs?: number }): Promise<boolean>;
}

/** One route of the route table. */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly organisers: 'own' | null;
}

/** Builds the server (not yet listening). The composition root is `main.ts`. */
export async function buildApp({ config, store, hostTokenHash, now = Date.now, retentionNow = now }: AppDeps): Promise<OpenFloorApp> {
  const http = Fastify({
    // Requests and errors are logged without addresses, headers or request bytes (PRIV-4, PRIV-5).
    logger: loggerOptions(config.logLevel),
    // One line per request is noise at a thousand phones; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 256 * 1024,
    trustProxy: false,
  });
  const routeTable: RouteEntry[] = [];
  http.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = route.config as { organisers?: 'own' } | undefined;
    for (const method of methods) routeTable.push({ method, url: route.url, organisers: config?.organisers ?? null });
  });
  // ORG-3: organiser tokens open the host routes of their sessions.
  registerOrganiserLookup(http, store);
  const onError = (error: unknown, context: string) => http.log.error({ err: error }, context);
  // SCALE-2: with REDIS_URL, committed changes reach the other processes' rooms over Redis.
  const bus = config.redisUrl ? await openRedisBus(config.redisUrl, { onError, onStatus: (message) => http.log.warn(message) }) : undefined;
  const rooms = new RoomRegistry({ store, now, newId, tallyIntervalMs: config.tallyIntervalMs, onError, ...(bus ? { bus } : {}) });

  const baseUrl = () => {
    if (config.publicUrl) return config.publicUrl;
    const address = http.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  };

  // First: routes and plugins registered before these would keep Fastify's defaults.
  registerErrorHandlers(http, config.webRoot);
  // Then the limits, so that their hooks cover every route (LIMIT-1..LIMIT-5).
  const limits = await registerRateLimits(http, config.limits);

  // Our own size check answers with a typed error below 16 KiB; ws's hard cap is a backstop.
  await http.register(fastifyWebsocket, {
    options: { maxPayload: 4 * MAX_FRAME_BYTES, perMessageDeflate: false },
    // A client breaking the WebSocket protocol (e.g. a frame over the hard cap) is the
    // client's fault: drop it and keep the error log for the server's own failures.
    errorHandler: (error, socket, request) => {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && code.startsWith('WS_ERR_')) request.log.debug({ code }, 'websocket protocol error');
      else request.log.error({ err: error }, 'websocket handler failed');
      socket.terminate();
    },
  });
  let draining = false;
  const isDraining = () => draining;
  // A drain answers the requests that come on connections still open; liveness still answers.
  http.addHook('onRequest', async (request, reply) => {
    if (draining && request.url.split('?')[0] !== '/healthz') {
      reply.header('connection', 'close');
      return sendRefusal(reply, refusal('server.draining'), { status: 503 });
    }
    return undefined;
  });
  registerHealthRoutes(http, store, { version: VERSION, now, draining: isDraining });
  registerSessionRoutes(http, { store, hostTokenHash, baseUrl, now, limits });
  registerInviteRoutes(http, { store, rooms, hostTokenHash, baseUrl, now, limits });
  registerBeforeRoutes(http, { store, rooms, limits });
  registerGuidelinesRoutes(http, { rooms, hostTokenHash, limits });
  registerFollowUpRoutes(http, { rooms, store, hostTokenHash, limits, now, newId });
  registerPackRoutes(http, { rooms, hostTokenHash, limits, baseUrl, now });
  registerHostRoutes(http, { rooms, store, hostTokenHash, limits });
  registerJoinRoutes(http, { store, rooms, limits, now });
  registerRetentionRoutes(http, { store, rooms, hostTokenHash, limits, now, newId });
  registerOrganiserRoutes(http, { store, rooms, hostTokenHash, limits, baseUrl, now });
  registerReportRoutes(http, { store, rooms, hostTokenHash, limits, now, archivedInputs: (id) => store.archivedReportInputs(id) });
  registerPollExportRoutes(http, { store, rooms, hostTokenHash, limits });
  const integrations = await registerIntegrations(http, { store, rooms, hostTokenHash, limits, baseUrl, now });
  registerContractRoutes(http, { version: VERSION, extraRoutes: integrations.contract });
  registerSocketGateway(http, { store, rooms, hostTokenHash, now, allowedOrigins: [...config.allowedOrigins, ...(config.publicUrl ? [new URL(config.publicUrl).origin] : [])], onError, socketLimits: config.socketLimits, draining: isDraining, hostAttempts: { blockedMs: (request) => limits.hostBlockedMs(request), failed: (request) => limits.hostFailed(request) } });
  await registerWebRoutes(http, config.webRoot);

  // Dead connections (a phone that left the wifi) are noticed within a minute.
  const heartbeat = setInterval(() => {
    for (const socket of http.websocketServer.clients) {
      const tracked = socket as typeof socket & { openfloorAlive?: boolean };
      if (tracked.openfloorAlive === false) {
        socket.terminate();
        continue;
      }
      tracked.openfloorAlive = false;
      socket.ping();
    }
  }, 30_000);
  http.addHook('onReady', async () => {
    http.websocketServer.on('connection', (socket) => {
      socket.on('pong', () => {
        (socket as typeof socket & { openfloorAlive?: boolean }).openfloorAlive = true;
      });
    });
  });
  const retention = new RetentionJob({ store, rooms, newId, now: retentionNow, intervalMs: config.retentionIntervalMs, onError });
  http.addHook('onReady', async () => retention.start());
  const quizSweep = new QuizSweep({ store, rooms, now, intervalMs: config.quizSweepMs, onError });
  http.addHook('onReady', async () => quizSweep.start());
  http.addHook('onClose', async () => {
    clearInterval(heartbeat);
    await retention.stop();
    await quizSweep.stop();
    await rooms.dispose();
    await bus?.close();
  });

  const drain = async ({ commandsMs = 15_000, socketsMs = 3_000 } = {}): Promise<boolean> => {
    draining = true;
    // No new connection; the open ones stay to carry the answers of what is running.
    http.server.close(() => undefined);
    // The sweep sends no new command; one it sent already counts among the running ones.
    void quizSweep.stop();
    const settled = await rooms.settled(commandsMs);
    // An ack is sent just after its command stops counting as running.
    await new Promise((resolve) => setImmediate(resolve));
    const sockets = [...http.websocketServer.clients];
    const closed = Promise.all(sockets.map((socket) => new Promise<void>((resolve) => {
      if (socket.readyState === socket.CLOSED) return resolve();
      socket.once('close', () => resolve());
    })));
    for (const socket of sockets) socket.close(CLOSE.goingAway, RESTARTING_REASON);
    // A client that never answers the close handshake is cut off.
    const timer = setTimeout(() => { for (const socket of sockets) socket.terminate(); }, socketsMs);
    await closed;
    clearTimeout(timer);
    return settled;
  };

  return { http, rooms, retention, quizSweep, baseUrl, routeTable, drain };
}
