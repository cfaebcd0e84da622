import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
export function registerErrorHandlers(app: FastifyInstance, webRoot: string): void {
  const indexHtml = resolve(webRoot, 'index.html');
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (wantsPage(request, path)) {
      // WEB-2: a person who followed a wrong link gets the app's own "page not found" with a
      // way back, not JSON; the status stays 404. Read at each miss: a rebuild changes it.
      const html = await readFile(indexHtml).catch(() => null);
      if (html) return reply.code(404).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    }
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

/** A browser navigating to a page (not a script, a file, the API or a socket). */
function wantsPage(request: FastifyRequest, path: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (/^\/(?:api|ws|assets)(?:\/|$)/.test(path) || path === '/healthz' || path === '/readyz') return false;
  return (request.headers.accept ?? '').includes('text/html');
}
