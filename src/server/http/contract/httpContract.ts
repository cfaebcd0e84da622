import { z } from 'zod';
import { ERROR_CODES } from '../../../core/errorCodes.ts';
import { sessionPlanSchema } from '../../../core/plan.ts';
import { REFUSALS } from '../../../core/refusals.ts';
import { sessionReportSchema } from '../../../core/report/sessionReport.ts';
import { reportTextsBodySchema } from '../../../core/report/reportTexts.ts';
import { sessionAggregatesSchema } from '../../../core/retention/sessionAggregates.ts';
import { LINK_ROLES } from '../../../core/roles.ts';
import { COMMANDS } from '../../../core/protocol/commands.ts';
import { planBody } from '../hostRoutes.ts';
import { createBody as inviteCreateBody } from '../inviteRoutes.ts';
import { joinBody } from '../joinRoutes.ts';
import { deleteBody } from '../retentionRoutes.ts';
import { createBody as sessionCreateBody } from '../sessionRoutes.ts';

/**
 * The HTTP contract (CONTRACT-1): every route the server answers, with the zod schema its
 * handler parses the body with (imported from the route, never restated) and a zod schema
 * for each answer. `openApiDocument.ts` turns this table into OpenAPI 3.1; the contract
 * test sends real requests and checks the real answers against it (CONTRACT-3).
 */

/** The one error body of every route (OPS-2): `{ error: { code, reason, params, message, issues? } }`. */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    reason: z.enum(Object.keys(REFUSALS) as [keyof typeof REFUSALS, ...(keyof typeof REFUSALS)[]]),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  }),
}).describe('The one error shape of every HTTP route; `reason` is listed in docs/protocol.md.');

/** The session plan: the format `POST /api/sessions`, the plan routes and the host page exchange. */
export const planSchema = sessionPlanSchema;

const sessionLinksSchema = z.strictObject({
  participant: z.string().describe('The join page: /j/CODE'),
  moderator: z.string().describe('The moderator console; the role token is in the fragment'),
  onlineModerator: z.string().describe('The same console for the online moderator'),
  projector: z.string().describe('The big screen'),
});

const sessionCreatedSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  joinCode: z.string().regex(/^\d{6,9}$/),
  links: sessionLinksSchema,
}).describe('The answer to POST /api/sessions: the session, its join code and the links every new session gets (AUTH-1).');

const joinPreviewSchema = z.strictObject({ sessionId: z.string(), title: z.string(), subtitle: z.string().nullable(), youthMode: z.boolean() });
const joinedSchema = joinPreviewSchema.extend({ participantToken: z.string().describe('Sent in the socket hello; keep it private') });
const planAnswerSchema = z.strictObject({ plan: z.unknown().describe('A session plan (schema plan.json), defaults filled') });
const sessionListSchema = z.strictObject({
  sessions: z.array(z.strictObject({ id: z.string(), joinCode: z.string(), title: z.string(), createdAt: z.number(), archivedAt: z.number().nullable() })),
});
const inviteSchema = z.strictObject({
  id: z.string().describe('The SHA-256 of the link token (the token itself is shown once)'),
  role: z.enum(LINK_ROLES),
  label: z.string().nullable(),
  panelSpeaker: z.number().int().nullable(),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
  lastSeenAt: z.number().nullable(),
  connected: z.number().int().min(0),
});
const inviteListSchema = z.strictObject({
  session: z.strictObject({ id: z.string(), title: z.string(), joinCode: z.string(), speakers: z.array(z.strictObject({ index: z.number().int(), label: z.string() })) }),
  invites: z.array(inviteSchema),
});
const looseObject = (description: string) => z.looseObject({}).describe(description);

/** How a route is authorised. */
export type RouteAuth = 'none' | 'host' | 'hostOrRapporteur';

/** A body that is not JSON (a report file, a page). */
export interface FileAnswer {
  readonly file: string;
}

export interface RouteContract {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI's path, `{param}` style. */
  readonly path: string;
  readonly summary: string;
  readonly auth: RouteAuth;
  readonly body?: z.ZodType;
  /** Answers by HTTP status; every route may also answer with `errorBodySchema` (4xx, 5xx). */
  readonly answers: Readonly<Record<number, z.ZodType | FileAnswer>>;
}

const healthSchema = z.strictObject({ status: z.enum(['ok', 'degraded']), database: z.enum(['ok', 'unreachable']), version: z.string(), uptimeSeconds: z.number().int() });

/** Every HTTP route of the server but the web app's pages and `/ws` (see the WebSocket schemas). */
export const HTTP_ROUTES: readonly RouteContract[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness (OPS-1)', auth: 'none', answers: { 200: healthSchema, 503: healthSchema } },
  { method: 'get', path: '/readyz', summary: 'Readiness: a committed probe write (OPS-1)', auth: 'none', answers: { 200: z.strictObject({ status: z.literal('ready'), version: z.string() }) } },
  { method: 'get', path: '/api/templates', summary: 'The session templates', auth: 'none', answers: { 200: z.strictObject({ templates: z.array(z.strictObject({ name: z.string(), title: z.string() })) }) } },
  { method: 'post', path: '/api/sessions', summary: 'Create a session from a template or a plan (SESS-1, SESS-4)', auth: 'host', body: sessionCreateBody, answers: { 201: sessionCreatedSchema } },
  { method: 'get', path: '/api/sessions', summary: 'The sessions, newest first (SESS-6)', auth: 'host', answers: { 200: sessionListSchema } },
  { method: 'post', path: '/api/plans/check', summary: 'Check a plan and fill its defaults', auth: 'host', body: planBody, answers: { 200: planAnswerSchema } },
  { method: 'get', path: '/api/templates/{name}', summary: 'A template as a plan', auth: 'host', answers: { 200: planAnswerSchema } },
  { method: 'get', path: '/api/sessions/{id}/plan', summary: "A session's plan", auth: 'host', answers: { 200: z.strictObject({ plan: z.unknown(), joinCode: z.string(), seq: z.number().int() }) } },
  { method: 'put', path: '/api/sessions/{id}/plan', summary: "Replace a session's plan through its room", auth: 'host', body: planBody, answers: { 200: z.strictObject({ plan: z.unknown(), seq: z.number().int() }) } },
  { method: 'delete', path: '/api/sessions/{id}', summary: 'Delete a session now (RETAIN-4)', auth: 'host', body: deleteBody, answers: { 200: z.strictObject({ deleted: z.strictObject({ sessionId: z.string(), at: z.number() }) }) } },
  { method: 'get', path: '/api/sessions/{id}/aggregates', summary: 'What stays after retention (RETAIN-3)', auth: 'host', answers: { 200: z.strictObject({ sessionId: z.string(), archivedAt: z.number().nullable(), aggregates: sessionAggregatesSchema }) } },
  { method: 'get', path: '/api/erasures', summary: 'The erasure log (RETAIN-5)', auth: 'host', answers: { 200: z.strictObject({ erasures: z.array(looseObject('An erasure: id, sessionHash, at, by, action, rows')) }) } },
  { method: 'get', path: '/api/sessions/{id}/invites', summary: 'Invite links and who is connected (ROLE-1)', auth: 'host', answers: { 200: inviteListSchema } },
  { method: 'post', path: '/api/sessions/{id}/invites', summary: 'Make an invite link (ROLE-1)', auth: 'host', body: inviteCreateBody, answers: { 201: z.strictObject({ invite: inviteSchema, link: z.string().describe('The link, its token in the fragment: shown once') }) } },
  { method: 'delete', path: '/api/sessions/{id}/invites/{inviteId}', summary: 'Revoke an invite link (ROLE-2)', auth: 'host', answers: { 200: z.strictObject({ revoked: z.literal(true), revokedAt: z.number(), closed: z.number().int() }) } },
  { method: 'get', path: '/api/sessions/{id}/audit', summary: 'The audit log (AUDIT-4)', auth: 'host', answers: { 200: z.strictObject({ entries: z.array(looseObject('An audit line')), names: looseObject('Names of what the lines name by id') }) } },
  { method: 'get', path: '/api/sessions/{id}/guidelines', summary: 'Guidelines sources (GUIDE-4)', auth: 'host', answers: { 200: z.strictObject({ title: z.string(), joinCode: z.string(), guidelines: z.strictObject({ onsite: z.string(), online: z.string() }), codeOfConduct: z.string() }) } },
  { method: 'put', path: '/api/sessions/{id}/guidelines', summary: 'Replace guidelines (runs guidelines.set)', auth: 'host', body: COMMANDS['guidelines.set'].schema.omit({ type: true }), answers: { 200: z.strictObject({ seq: z.number().int() }) } },
  { method: 'get', path: '/api/join/{code}', summary: 'Preview a session by its join code (LIMIT-2, LIMIT-3)', auth: 'none', answers: { 200: joinPreviewSchema } },
  { method: 'post', path: '/api/join', summary: 'Join as a participant', auth: 'none', body: joinBody, answers: { 201: joinedSchema } },
  { method: 'get', path: '/api/before/{code}', summary: 'The pre-session page', auth: 'none', answers: { 200: z.looseObject({ title: z.string(), joinCode: z.string(), agenda: z.array(z.unknown()) }) } },
  { method: 'get', path: '/api/sessions/{id}/report', summary: 'The session report as JSON (REPORT)', auth: 'hostOrRapporteur', answers: { 200: sessionReportSchema } },
  ...(['md', 'html', 'pdf', 'docx', 'zip'] as const).map((format): RouteContract => ({
    method: 'get', path: `/api/sessions/{id}/report.${format}`, summary: `The session report as .${format}`, auth: 'hostOrRapporteur', answers: { 200: { file: format } },
  })),
  { method: 'get', path: '/api/sessions/{id}/report/text', summary: "The report's written parts (REPORT-3)", auth: 'hostOrRapporteur', answers: { 200: looseObject('texts, revision, updatedAt, editor, title, agenda') } },
  { method: 'put', path: '/api/sessions/{id}/report/text', summary: "Save the report's written parts (REPORT-3)", auth: 'hostOrRapporteur', body: reportTextsBodySchema, answers: { 200: looseObject('revision, updatedAt') } },
];

/** Routes that integrations and this contract add, listed by their own modules. */
export const CONTRACT_ROUTES: readonly RouteContract[] = [
  { method: 'get', path: '/api/openapi.json', summary: 'This document (CONTRACT-1)', auth: 'none', answers: { 200: looseObject('OpenAPI 3.1') } },
  { method: 'get', path: '/api/schemas/{name}.json', summary: 'JSON Schema: plan, client-message, server-message (CONTRACT-2)', auth: 'none', answers: { 200: looseObject('JSON Schema 2020-12') } },
];
