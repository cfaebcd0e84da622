import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import { zoomContextKey } from '../../src/server/integrations/zoomAppContext.ts';

/**
 * Test fixtures for the platforms, made with test secrets (never a vendor's): Zoom app-context
 * headers encrypted as the Zoom client does, and webhooks signed as Zoom and Webex sign them.
 * Signing is written here from the vendors' published schemes, apart from the server's code,
 * so that a mistake in one does not hide in the other.
 */

export const TEST_ZOOM_CLIENT_ID = 'TestClientId01';
export const TEST_ZOOM_CLIENT_SECRET = 'test-zoom-client-secret-0123456789';
export const TEST_ZOOM_WEBHOOK_SECRET = 'test-zoom-webhook-secret-abcdef';
export const TEST_WEBEX_WEBHOOK_SECRET = 'test-webex-webhook-secret-987654';

/** An `x-zoom-app-context` header: `[ivLen][iv][aadLen LE16][aad][cipherLen LE32][cipher][tag]`, base64. */
export function zoomContextHeader(context: Record<string, unknown>, clientSecret = TEST_ZOOM_CLIENT_SECRET): string {
  const iv = randomBytes(12);
  const aad = Buffer.from('');
  const cipher = createCipheriv('aes-256-gcm', zoomContextKey(clientSecret), iv);
  cipher.setAAD(aad);
  const cipherText = Buffer.concat([cipher.update(JSON.stringify(context), 'utf8'), cipher.final()]);
  const aadLength = Buffer.alloc(2);
  aadLength.writeUInt16LE(aad.length);
  const cipherLength = Buffer.alloc(4);
  cipherLength.writeUInt32LE(cipherText.length);
  return Buffer.concat([Buffer.from([iv.length]), iv, aadLength, aad, cipherLength, cipherText, cipher.getAuthTag()]).toString('base64');
}

/** The context of a side panel in a meeting, valid for an hour from `now`. */
export function zoomContext(now: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { typ: 'meeting', uid: 'zoom-user-1', mid: 'meeting-1', ts: now, exp: now + 3_600_000, aud: TEST_ZOOM_CLIENT_ID, ...overrides };
}

/** A signed Zoom webhook as sent: the exact body bytes and its headers. */
export interface SignedRequest {
  readonly body: string;
  readonly headers: Record<string, string>;
}

export function signedZoomWebhook(event: unknown, options: { secret?: string; timestampSeconds?: number } = {}): SignedRequest {
  const body = JSON.stringify(event);
  const timestamp = String(options.timestampSeconds ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', options.secret ?? TEST_ZOOM_WEBHOOK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': 'application/json', 'x-zm-signature': signature, 'x-zm-request-timestamp': timestamp } };
}

export function signedWebexWebhook(event: unknown, secret = TEST_WEBEX_WEBHOOK_SECRET): SignedRequest {
  const body = JSON.stringify(event);
  return { body, headers: { 'content-type': 'application/json', 'x-spark-signature': createHmac('sha1', secret).update(body).digest('hex') } };
}

let counter = 0;
const zoomObject = (meetingId: string, extra: Record<string, unknown>) => ({ id: meetingId, uuid: `uuid-${meetingId}`, host_id: 'host-1', ...extra });

export const zoomEvents = {
  joined: (participant: string, meetingId = '85012345678') => ({
    event: 'meeting.participant_joined', event_ts: Date.now() + counter++,
    payload: { account_id: 'acct', object: zoomObject(meetingId, { participant: { user_id: `u-${participant}`, participant_uuid: participant, user_name: `Name of ${participant}`, join_time: '2026-12-05T21:00:00Z' } }) },
  }),
  left: (participant: string, meetingId = '85012345678') => ({
    event: 'meeting.participant_left', event_ts: Date.now() + counter++,
    payload: { account_id: 'acct', object: zoomObject(meetingId, { participant: { user_id: `u-${participant}`, participant_uuid: participant, user_name: `Name of ${participant}`, leave_time: '2026-12-05T21:30:00Z' } }) },
  }),
  chat: (sender: string, message: string, meetingId = '85012345678') => ({
    event: 'meeting.chat_message_sent', event_ts: Date.now() + counter++,
    payload: { account_id: 'acct', object: zoomObject(meetingId, { chat_message: { date_time: '2026-12-05T21:10:00Z', sender_session_id: sender, sender_name: `Name of ${sender}`, sender_type: 'participant', message } }) },
  }),
  urlValidation: (plainToken: string) => ({ event: 'endpoint.url_validation', event_ts: Date.now() + counter++, payload: { plainToken } }),
};

export const webexEvents = {
  participant: (event: 'joined' | 'left', participant: string, deliveryId = `delivery-${counter++}`) => ({
    id: deliveryId, name: 'OpenFloor', resource: 'meetingParticipants', event, orgId: 'org', createdBy: 'me', appId: 'app', ownedBy: 'creator', status: 'active', actorId: 'actor',
    data: { id: participant, meetingId: 'webex-meeting-1', displayName: `Name of ${participant}`, host: false },
  }),
};
