import type { FastifyInstance } from 'fastify';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';

/**
 * The not-found and error handlers of every route: each 4xx and 5xx answer has the one error
 * shape (`apiErrors.ts`) and never carries a server's internal text (a driver's message, a
 * stack, a file path); the error itself goes to the log.
 *
 * Registered first, before any route or plugin: Fastify gives a route the error handler its
 * context has when the route is loaded, so a handler set after the routes (or after an awaited
 * plugin) leaves the earlier ones with Fastify's default, which echoes `error.message`.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    return sendRefusal(reply, refusal('route.notFound', { method: request.method, path }));
  });

  app.setErrorHandler(async (error: { statusCode?: number; message?: string; code?: unknown }, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendRefusal(reply, refusal('server.internal'));
    }
    if (status === 413) return sendRefusal(reply, refusal('request.tooLarge'), { status });
    if (status === 429) return sendRefusal(reply, refusal('request.rateLimited'), { status });
    // Fastify's own 4xx messages describe the request (bad JSON, unsupported media type); any
    // other library's message might describe the server, so it is not passed on.
    const fromFastify = typeof error.code === 'string' && error.code.startsWith('FST_');
    return sendRefusal(reply, refusal('request.rejected', { detail: fromFastify && error.message ? error.message : 'bad request' }), { status });
  });
}
