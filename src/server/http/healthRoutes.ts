import type { FastifyInstance } from 'fastify';
import { refusal } from '../../core/errors.ts';
import type { Store } from '../store/store.ts';
import { sendRefusal } from './apiErrors.ts';

/** The settings row that `GET /readyz` rewrites to prove that a write commits. */
export const READINESS_PROBE_KEY = 'readiness_probe';

export interface HealthOptions {
  readonly version: string;
  readonly now: () => number;
  /** True once the server drains for a shutdown: it takes nothing new. */
  readonly draining: () => boolean;
}

/**
 * `GET /healthz` (liveness): 200 while the process serves and the database answers a read.
 * `GET /readyz` (readiness): 200 only if a write commits now: it upserts one settings row
 * (`readiness_probe`, the time), the smallest committed write there is. A database that reads
 * but cannot write (full disk, read-only file or role, a lock held elsewhere) answers 503
 * `server.notReady`; a draining server answers 503 `server.draining`. Both in the one error
 * shape, without the driver's text (it goes to the log).
 */
export function registerHealthRoutes(app: FastifyInstance, store: Store, options: HealthOptions): void {
  const started = performance.now();
  app.get('/healthz', async (_request, reply) => {
    const database = await store.ping();
    return reply.code(database ? 200 : 503).send({
      status: database ? 'ok' : 'degraded',
      database: database ? 'ok' : 'unreachable',
      version: options.version,
      uptimeSeconds: Math.round((performance.now() - started) / 1000),
    });
  });

  app.get('/readyz', async (request, reply) => {
    if (options.draining()) return sendRefusal(reply, refusal('server.draining'), { status: 503 });
    try {
      await store.setSetting(READINESS_PROBE_KEY, String(options.now()));
    } catch (error) {
      request.log.error({ err: error }, 'readiness: the store could not commit');
      return sendRefusal(reply, refusal('server.notReady'), { status: 503 });
    }
    return reply.send({ status: 'ready', version: options.version });
  });
}
