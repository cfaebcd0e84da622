import type { FastifyInstance } from 'fastify';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from './apiErrors.ts';
import type { RouteContract } from './contract/httpContract.ts';
import { contractSchemas, openApiDocument } from './contract/openApiDocument.ts';

/**
 * `GET /api/openapi.json` (CONTRACT-1) and `GET /api/schemas/{plan,client-message,server-message}.json`
 * (CONTRACT-2): generated once, at start, from the zod schemas the server validates with.
 */
export function registerContractRoutes(app: FastifyInstance, options: { readonly version: string; readonly extraRoutes?: readonly RouteContract[] }): void {
  const document = JSON.stringify(openApiDocument(options.version, options.extraRoutes));
  const schemas = new Map(Object.entries(contractSchemas()).map(([name, schema]) => [name, JSON.stringify(schema)]));
  app.get('/api/openapi.json', async (_request, reply) => reply.type('application/json').header('cache-control', 'no-cache').send(document));
  app.get<{ Params: { name: string } }>('/api/schemas/:name', async (request, reply) => {
    const schema = schemas.get(request.params.name.replace(/\.json$/, ''));
    if (!schema) return sendRefusal(reply, refusal('route.notFound', { method: 'GET', path: request.url.split('?')[0] ?? '' }));
    return reply.type('application/schema+json').header('cache-control', 'no-cache').send(schema);
  });
}
