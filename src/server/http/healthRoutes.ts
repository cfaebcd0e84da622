import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.ts';

/** `GET /healthz`: 200 when the database answers, 503 when it does not. */
export function registerHealthRoutes(app: FastifyInstance, store: Store, version: string): void {
  const started = performance.now();
  app.get('/healthz', async (_request, reply) => {
    const database = await store.ping();
    return reply.code(database ? 200 : 503).send({
      status: database ? 'ok' : 'degraded',
      database: database ? 'ok' : 'unreachable',
      version,
      uptimeSeconds: Math.round((performance.now() - started) / 1000),
    });
  });
}
