import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { refusal } from '../../core/errors.ts';
import { PLATFORMS, platformSecretsChangeSchema, platformSettingsSchema, type CallSignal, type Platform } from '../../core/integrations/onlinePlatform.ts';
import { checkCallMeeting, isOtherMeeting } from '../../core/integrations/meetingCheck.ts';
import { isStaff } from '../../core/roles.ts';
import { fieldIssues, sendIssues, sendRefusal } from '../http/apiErrors.ts';
import { roomByCode } from '../http/codeLookup.ts';
import { hostOnly, roomOr404 } from '../http/hostAccess.ts';
import type { RateLimits } from '../http/rateLimits.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { hashToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';
import type { CallBridge, SignalOutcome } from './callBridge.ts';
import { adaptWebexEvent, adaptZoomEvent, relayedSignalsSchema, webexDeliveryId, type AdaptedEvent } from './platformAdapters.ts';
import { PlatformConfigs, type PlatformConfig } from './platformConfig.ts';
import { REPLAY_WINDOW_MS, ReplayMemory, verifyWebexWebhook, verifyZoomWebhook, zoomUrlValidation, type WebhookProblem } from './webhookVerifier.ts';

export interface IntegrationRoutesOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly configs: PlatformConfigs;
  readonly bridge: CallBridge;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly baseUrl: () => string;
  readonly now: () => number;
}

/** Body of `PUT /api/sessions/:id/platform`: the settings, and a change of secrets. */
export const platformBody = z.strictObject({ settings: platformSettingsSchema, secrets: platformSecretsChangeSchema.default({}) });

/**
 * Body of `POST /api/join/:code/meeting`: the meeting a participant's page runs in, as its
 * platform's SDK gave it (the real id only: a derived one cannot be compared, INTEG-13).
 */
export const meetingCheckBody = z.strictObject({
  platform: z.enum(PLATFORMS),
  meetingId: z.string().trim().min(1).max(200),
});

/** What a participant's page inside a call learns of its meeting (INTEG-14): never the session's id itself. */
export const meetingCheckAnswer = z.strictObject({ meeting: z.enum(['unset', 'same', 'other']) });

/** What the host pastes into each vendor's portal (INTEG-10): exact URLs for this server and session. */
export function connectInstructions(baseUrl: string, sessionId: string, joinCode: string) {
  const origin = new URL(baseUrl).origin;
  return {
    zoom: {
      // `?app=zoom` is what makes the page start the Zoom Apps SDK (INTEG-4).
      homeUrl: `${origin}/j/${joinCode}?app=zoom`,
      moderatorHomeUrl: `${origin}/moderator?in=${joinCode}`,
      redirectUrl: `${origin}/j/${joinCode}`,
      webhookUrl: `${origin}/api/integrations/zoom/${sessionId}/webhook`,
      events: ['meeting.participant_joined', 'meeting.participant_left', 'meeting.chat_message_sent'],
      domainAllowList: [new URL(origin).host],
      scopes: ['zoomapp:inmeeting'],
      // The features the page asks for (src/web/integrations/zoomApp.ts), getMeetingContext for the meeting check (INTEG-14).
      sdkCapabilities: ['getRunningContext', 'getMeetingContext', 'onFeedbackReaction', 'onRemoveFeedbackReaction'],
    },
    webex: {
      // `?app=webex` is what makes the page start the embedded app SDK (INTEG-12).
      embeddedAppUrl: `${origin}/j/${joinCode}?app=webex`,
      domainAllowList: [new URL(origin).host],
      webhookUrl: `${origin}/api/integrations/webex/${sessionId}/webhook`,
      webhook: { resource: 'meetingParticipants', events: ['joined', 'left'] },
    },
    jitsi: {
      moderatorConsoleUrl: `${origin}/moderator?in=${joinCode}`,
      relayUrl: `${origin}/api/integrations/${sessionId}/signals`,
    },
  } as const;
}

const WEBHOOK_STATUS: Readonly<Record<WebhookProblem, (reply: FastifyReply) => FastifyReply>> = {
  unsigned: (reply) => sendRefusal(reply, refusal('webhook.badSignature')),
  badSignature: (reply) => sendRefusal(reply, refusal('webhook.badSignature')),
  stale: (reply) => sendRefusal(reply, refusal('webhook.stale', { minutes: REPLAY_WINDOW_MS / 60_000 })),
  replayed: (reply) => sendRefusal(reply, refusal('webhook.replayed')),
};

function jsonOf(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

/**
 * The integrations over HTTP (INTEG rules): the host's platform settings (secrets shown masked),
 * the Zoom and Webex webhooks (verified over their raw bytes), and the relay of a staff console's
 * in-page adapter (Jitsi). Webhook routes parse their bodies themselves: the signature covers the
 * bytes as sent.
 */
export async function registerIntegrationRoutes(app: FastifyInstance, options: IntegrationRoutesOptions): Promise<void> {
  const { configs, bridge } = options;
  const host = hostOnly(options.hostTokenHash, options.limits);
  const replays = new ReplayMemory();

  const deliver = async (sessionId: string, platform: Platform, config: PlatformConfig, adapted: AdaptedEvent): Promise<SignalOutcome[]> => {
    // INTEG-6: a session set to one meeting ignores the others of the same account.
    if (isOtherMeeting(config.settings.meetingId, adapted.meetingId)) return [];
    const outcomes: SignalOutcome[] = [];
    for (const signal of adapted.signals) outcomes.push(await bridge.apply(sessionId, platform, signal));
    return outcomes;
  };

  app.get<{ Params: { id: string } }>('/api/sessions/:id/platform', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const config = await configs.get(room.state.id);
    return { ...PlatformConfigs.masked(config), inCall: bridge.inCall(room.state.id), connect: connectInstructions(options.baseUrl(), room.state.id, room.state.joinCode) };
  });

  app.put<{ Params: { id: string } }>('/api/sessions/:id/platform', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const body = platformBody.safeParse(request.body);
    if (!body.success) return sendIssues(reply, 'input.invalid', fieldIssues(body.error.issues));
    const config = await configs.update(room.state.id, body.data.settings, body.data.secrets);
    return PlatformConfigs.masked(config);
  });

  // Webhooks: raw bytes in, under their own parser (encapsulated: other routes keep Fastify's).
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));

    scope.post<{ Params: { id: string } }>('/api/integrations/zoom/:id/webhook', async (request, reply) => {
      const config = await configuredFor(request.params.id, 'zoom');
      const secret = config?.secrets.zoomWebhookSecret;
      if (!config || !secret) return sendRefusal(reply, refusal('webhook.notConfigured', { platform: 'Zoom' }));
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const body = jsonOf(raw);
      const signed = { signature: headerOf(request, 'x-zm-signature'), timestamp: headerOf(request, 'x-zm-request-timestamp') };
      const problem = verifyZoomWebhook(secret, signed, raw, options.now(), replays);
      if (problem) return WEBHOOK_STATUS[problem](reply);
      const validation = z.object({ event: z.literal('endpoint.url_validation'), payload: z.object({ plainToken: z.string().min(1).max(200) }) }).safeParse(body);
      if (validation.success) return zoomUrlValidation(secret, validation.data.payload.plainToken);
      return { outcomes: await deliver(request.params.id, 'zoom', config, adaptZoomEvent(body)) };
    });

    scope.post<{ Params: { id: string } }>('/api/integrations/webex/:id/webhook', async (request, reply) => {
      const config = await configuredFor(request.params.id, 'webex');
      const secret = config?.secrets.webexWebhookSecret;
      if (!config || !secret) return sendRefusal(reply, refusal('webhook.notConfigured', { platform: 'Webex' }));
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const body = jsonOf(raw);
      const problem = verifyWebexWebhook(secret, headerOf(request, 'x-spark-signature'), raw, webexDeliveryId(body), options.now(), replays);
      if (problem) return WEBHOOK_STATUS[problem](reply);
      return { outcomes: await deliver(request.params.id, 'webex', config, adaptWebexEvent(body)) };
    });
  });

  /** The session a staff link of it names (INTEG-8), or null when it has answered 401. */
  const staffGrant = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    const token = /^Bearer (.{16,200})$/.exec(request.headers.authorization ?? '')?.[1];
    const grant = token ? await options.store.grantOf(hashToken(token)) : null;
    if (grant && grant.sessionId === request.params.id && isStaff(grant.role)) return grant;
    await options.limits.hostFailed(request);
    await sendRefusal(reply, refusal('platform.staffRequired'));
    return null;
  };

  // What a staff console needs to embed the call: the platform, the Jitsi meeting and the chat marker, no secret.
  app.get<{ Params: { id: string } }>('/api/integrations/:id/console', async (request, reply) => {
    const grant = await staffGrant(request, reply);
    if (!grant) return reply;
    const { settings } = await configs.get(grant.sessionId);
    // The marker lets the console relay only chat lines that are questions: other chat never leaves the browser (INTEG-11).
    // The meeting id lets a console inside a meeting tell the moderator when it is another one (INTEG-13).
    return { platform: settings.platform, jitsiUrl: settings.jitsiUrl || null, chatMarker: settings.chatMarker, meetingId: settings.meetingId.trim() || null };
  });

  // INTEG-14: a participant's page inside a call asks whether it is the session's meeting. The
  // answer says same or other, never the session's meeting id (a way into the call); the
  // code's look-up limits (LIMIT-2, LIMIT-3) bound guessing. Nothing is stored.
  app.post<{ Params: { code: string } }>('/api/join/:code/meeting', async (request, reply) => {
    const body = meetingCheckBody.safeParse(request.body);
    if (!body.success) return sendIssues(reply, 'input.invalid', fieldIssues(body.error.issues));
    const room = await roomByCode(options, request, reply, request.params.code);
    if (!room) return reply;
    const { settings } = await configs.get(room.state.id);
    const meeting = checkCallMeeting(settings, { ...body.data, realId: true });
    // A trimmed id of at least one character is always compared: 'unverifiable' cannot come back.
    return { meeting: meeting === 'unverifiable' ? 'unset' : meeting };
  });

  app.post<{ Params: { id: string } }>('/api/integrations/:id/signals', async (request, reply) => {
    const grant = await staffGrant(request, reply);
    if (!grant) return reply;
    const config = await configs.get(grant.sessionId);
    if (config.settings.platform === null) return sendRefusal(reply, refusal('webhook.notConfigured', { platform: 'a video platform' }));
    const body = relayedSignalsSchema.safeParse(request.body);
    if (!body.success) return sendIssues(reply, 'input.invalid', fieldIssues(body.error.issues));
    return { outcomes: await deliver(grant.sessionId, config.settings.platform, config, { meetingId: null, signals: body.data.signals as CallSignal[] }) };
  });

  async function configuredFor(sessionId: string, platform: Platform): Promise<PlatformConfig | null> {
    if (sessionId.length > 64 || !(await options.rooms.get(sessionId))) return null;
    const config = await configs.get(sessionId);
    return config.settings.platform === platform ? config : null;
  }
}

function headerOf(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}
