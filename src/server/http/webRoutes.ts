import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';
import { joinShell, shellLocale } from './joinShell.ts';
import { sessionPreloads } from './sessionPreloads.ts';

/**
 * The built web app (`npm run build` → dist/web) with its client-side routes, and the
 * security headers of every response: a Content-Security-Policy without unsafe-inline, no
 * third-party origins, no referrer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export async function registerWebRoutes(app: FastifyInstance, webRoot: string): Promise<void> {
  app.addHook('onSend', async (_request, reply, payload) => {
    // A route with a policy of its own (the HTML report's, stricter) keeps it.
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    return payload;
  });

  const root = resolve(webRoot);
  const built = existsSync(resolve(root, 'index.html'));
  if (built) {
    // preCompressed: the build wrote `.br` and `.gz` beside each text file (vite.config.ts);
    // a browser that accepts one gets it, with `Vary: Accept-Encoding`, the HTML included.
    await app.register(fastifyStatic, { root, index: false, wildcard: true, cacheControl: false, preCompressed: true, setHeaders: (res, path) => {
      // Hashed assets never change; the HTML must be fetched fresh to pick up new builds.
      res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    } });
  }

  // Explicit routes: they win over the static wildcard, which would refuse `/` as a directory.
  // WEB-6: a join link's HTML carries the room choice, in the browser's language. Read at each
  // request (a rebuild changes it); the same for everyone with that code and language.
  app.get<{ Params: { code: string } }>('/j/:code', async (request, reply) => {
    if (!built) return sendRefusal(reply, refusal('web.notBuilt'), { status: 503 });
    const index = await readFile(resolve(root, 'index.html'), 'utf8');
    const html = joinShell(index, request.params.code, shellLocale(request.headers['accept-language']), await sessionPreloads(root, index));
    if (html === null) return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'Accept-Encoding, Accept-Language');
    // Compressed here (a few KB, well under a millisecond): the precompressed files cannot hold it.
    const accepted = String(request.headers['accept-encoding'] ?? '');
    if (/\bbr\b/.test(accepted)) return reply.header('content-encoding', 'br').send(brotliCompressSync(html, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }));
    if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(gzipSync(html));
    return reply.send(html);
  });

  for (const route of ['/', '/moderator', '/projector', '/speaker', '/rapporteur', '/host', '/host/access', '/host/organisers', '/before/:code', '/privacy', '/report']) {
    app.get(route, async (_request, reply) => {
      if (!built) return sendRefusal(reply, refusal('web.notBuilt'), { status: 503 });
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
}
