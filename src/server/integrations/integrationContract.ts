import { z } from 'zod';
import { PLATFORM_SECRET_NAMES, PLATFORMS, platformSettingsSchema } from '../../core/integrations/onlinePlatform.ts';
import type { RouteContract } from '../http/contract/httpContract.ts';
import { relayedSignalsSchema } from './platformAdapters.ts';
import { meetingCheckAnswer, meetingCheckBody, platformBody } from './integrationRoutes.ts';

/** The integrations' routes in the OpenAPI document (CONTRACT-1). */

const masked = z.strictObject({
  settings: platformSettingsSchema,
  secrets: z.strictObject(Object.fromEntries(PLATFORM_SECRET_NAMES.map((name) => [name, z.string().regex(/^••••.{0,4}$/).nullable()]))).describe('Each secret as its last four characters, or null when not set (INTEG-9)'),
});
const outcomes = z.strictObject({
  outcomes: z.array(z.union([
    z.strictObject({ kind: z.literal('applied') }),
    z.strictObject({ kind: z.literal('ignored'), why: z.string() }),
    z.strictObject({ kind: z.literal('refused'), reason: z.string() }),
  ])),
});
const zoomWebhookBody = z.looseObject({ event: z.string(), payload: z.looseObject({}) }).describe('A Zoom webhook, signed: x-zm-signature, x-zm-request-timestamp');
const webexWebhookBody = z.looseObject({ id: z.string(), resource: z.string(), event: z.string(), data: z.looseObject({}) }).describe('A Webex webhook, signed: X-Spark-Signature');

export const INTEGRATION_ROUTES: readonly RouteContract[] = [
  { method: 'get', path: '/api/sessions/{id}/platform', summary: "The session's video platform, secrets masked, and the URLs to paste in the vendor's portal (INTEG-9, INTEG-10)", auth: 'host', answers: { 200: masked.extend({ inCall: z.number().int().min(0), connect: z.looseObject({}) }) } },
  { method: 'put', path: '/api/sessions/{id}/platform', summary: "Set the session's video platform and secrets (INTEG-9)", auth: 'host', body: platformBody, answers: { 200: masked } },
  { method: 'post', path: '/api/integrations/zoom/{id}/webhook', summary: 'Zoom webhooks: participants joined and left, chat; endpoint.url_validation (INTEG-5, INTEG-7)', auth: 'none', body: zoomWebhookBody, answers: { 200: z.union([outcomes, z.strictObject({ plainToken: z.string(), encryptedToken: z.string() })]) } },
  { method: 'post', path: '/api/integrations/webex/{id}/webhook', summary: 'Webex webhooks: meeting participants joined and left (INTEG-7)', auth: 'none', body: webexWebhookBody, answers: { 200: outcomes } },
  { method: 'get', path: '/api/integrations/{id}/console', summary: "What a staff console embeds: the platform, the Jitsi meeting URL, the chat marker and the meeting id the host attached (INTEG-8, INTEG-11, INTEG-13); Bearer: a moderator link", auth: 'host', answers: { 200: z.strictObject({ platform: z.enum(PLATFORMS).nullable(), jitsiUrl: z.string().nullable(), chatMarker: z.string(), meetingId: z.string().nullable() }) } },
  { method: 'post', path: '/api/join/{code}/meeting', summary: "A participant's page inside a call asks whether it is the session's meeting (INTEG-14); the answer never holds the session's meeting id", auth: 'none', body: meetingCheckBody, answers: { 200: meetingCheckAnswer } },
  { method: 'post', path: '/api/integrations/{id}/signals', summary: "A staff console's in-page adapter relays the call's signals (Jitsi, INTEG-8); Bearer: a moderator link", auth: 'host', body: relayedSignalsSchema, answers: { 200: outcomes } },
];
