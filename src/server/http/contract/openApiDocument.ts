import { z } from 'zod';
import { clientMessageSchema } from '../../../core/protocol/clientMessages.ts';
import { PROTOCOL_VERSION } from '../../../core/protocol/version.ts';
import { CONTRACT_ROUTES, errorBodySchema, HTTP_ROUTES, planSchema, type RouteContract } from './httpContract.ts';
import { serverMessageSchema } from './serverMessageSchemas.ts';

/** A JSON Schema (2020-12) object. */
export type JsonSchema = Record<string, unknown>;

/**
 * zod's own JSON Schema output (CONTRACT-1). `input` for what a client sends (defaults may be
 * left out), `output` for what the server answers (defaults filled). A transform has no JSON
 * Schema: it is described as any value rather than failing the document.
 */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete generated.$schema;
  return generated;
}

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The standalone JSON Schemas served at `/api/schemas/NAME.json` (CONTRACT-2). */
export function contractSchemas(): Readonly<Record<'plan' | 'client-message' | 'server-message', JsonSchema>> {
  return {
    plan: { $schema: DIALECT, title: 'OpenFloor session plan', ...jsonSchemaOf(planSchema, 'input') },
    'client-message': { $schema: DIALECT, title: `OpenFloor client → server frame (protocol ${PROTOCOL_VERSION})`, ...jsonSchemaOf(clientMessageSchema, 'input') },
    'server-message': { $schema: DIALECT, title: `OpenFloor server → client frame (protocol ${PROTOCOL_VERSION})`, ...jsonSchemaOf(serverMessageSchema, 'output') },
  };
}

const FILE_TYPES: Readonly<Record<string, string>> = {
  md: 'text/markdown', html: 'text/html', pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', zip: 'application/zip',
};

function operation(route: RouteContract): JsonSchema {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(route.answers)) {
    responses[status] = 'file' in answer
      ? { description: `A .${answer.file} file`, content: { [FILE_TYPES[answer.file] ?? 'application/octet-stream']: { schema: { type: 'string', contentEncoding: 'binary' } } } }
      : { description: route.summary, content: { 'application/json': { schema: jsonSchemaOf(answer, 'output') } } };
  }
  responses.default = { description: 'A refusal: the one error body', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
  return {
    summary: route.summary,
    ...(params.length ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input') } } } } : {}),
    ...(route.auth === 'none' ? { security: [] } : { security: route.auth === 'host' ? [{ hostToken: [] }] : [{ hostToken: [] }, { rapporteurToken: [] }] }),
    responses,
  };
}

/** The OpenAPI 3.1 document of every HTTP route (CONTRACT-1), served at `/api/openapi.json`. */
export function openApiDocument(serverVersion: string, extraRoutes: readonly RouteContract[] = []): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of [...HTTP_ROUTES, ...CONTRACT_ROUTES, ...extraRoutes]) {
    (paths[route.path] ??= {})[route.method] = operation(route);
  }
  const schemas = contractSchemas();
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: DIALECT,
    info: {
      title: 'OpenFloor HTTP API',
      version: serverVersion,
      description: `HTTP routes of OpenFloor. The WebSocket at /ws speaks protocol ${PROTOCOL_VERSION}: its frames are described by /api/schemas/client-message.json and /api/schemas/server-message.json (docs/protocol.md).`,
    },
    paths,
    components: {
      schemas: {
        ErrorBody: jsonSchemaOf(errorBodySchema, 'output'),
        SessionPlan: schemas.plan,
        ClientMessage: schemas['client-message'],
        ServerMessage: schemas['server-message'],
      },
      securitySchemes: {
        hostToken: { type: 'http', scheme: 'bearer', description: 'The host token (HOST_TOKEN)' },
        rapporteurToken: { type: 'http', scheme: 'bearer', description: "The session's rapporteur link token" },
      },
    },
  };
}
