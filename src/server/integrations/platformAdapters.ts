import { z } from 'zod';
import type { CallSignal } from '../../core/integrations/onlinePlatform.ts';

/**
 * One adapter per platform (INTEG-2): each turns what its platform sends into `CallSignal`s and
 * the meeting they are about. Unknown events and fields are ignored; a payload without what an
 * event needs brings nothing in. The attendee keys are the platform's per-meeting ids, used in
 * memory only (INTEG-3); names are never read.
 */
export interface AdaptedEvent {
  /** The meeting the event is about, or null when it does not say. */
  readonly meetingId: string | null;
  readonly signals: readonly CallSignal[];
}

const NOTHING: AdaptedEvent = { meetingId: null, signals: [] };
const id = z.union([z.string().min(1).max(200), z.number()]).transform(String);

const zoomParticipant = z.looseObject({
  participant_uuid: id.optional(),
  user_id: id.optional(),
  id: id.optional(),
});
const zoomEvent = z.looseObject({
  event: z.string(),
  payload: z.looseObject({
    object: z.looseObject({
      id: id.optional(),
      uuid: id.optional(),
      participant: zoomParticipant.optional(),
      chat_message: z.looseObject({ message: z.string().max(4096), sender_uuid: id.optional(), sender_id: id.optional(), sender_session_id: id.optional() }).optional(),
    }),
  }),
});

/** Zoom webhooks: `meeting.participant_joined`, `meeting.participant_left`, `meeting.chat_message_sent`. */
export function adaptZoomEvent(body: unknown): AdaptedEvent {
  const parsed = zoomEvent.safeParse(body);
  if (!parsed.success) return NOTHING;
  const { event, payload } = parsed.data;
  const meetingId = payload.object.id ?? payload.object.uuid ?? null;
  const participant = payload.object.participant;
  const attendee = participant ? participant.participant_uuid ?? participant.user_id ?? participant.id ?? null : null;
  switch (event) {
    case 'meeting.participant_joined':
      return attendee ? { meetingId, signals: [{ kind: 'joined', attendee }] } : NOTHING;
    case 'meeting.participant_left':
      return attendee ? { meetingId, signals: [{ kind: 'left', attendee }, { kind: 'handLowered', attendee }] } : NOTHING;
    case 'meeting.chat_message_sent': {
      const chat = payload.object.chat_message;
      const sender = chat ? chat.sender_uuid ?? chat.sender_session_id ?? chat.sender_id ?? null : null;
      return chat && sender ? { meetingId, signals: [{ kind: 'chat', attendee: sender, text: chat.message }] } : NOTHING;
    }
    default:
      return NOTHING;
  }
}

const webexEvent = z.looseObject({
  id: z.string().min(1).max(200),
  resource: z.string(),
  event: z.string(),
  data: z.looseObject({ id: id.optional(), meetingId: id.optional() }),
});

/** The id Webex gives a webhook delivery (retries keep it), or null. */
export function webexDeliveryId(body: unknown): string | null {
  const parsed = webexEvent.safeParse(body);
  return parsed.success ? parsed.data.id : null;
}

/** Webex webhooks: `meetingParticipants` `joined` and `left` (Webex sends no raise-hand event). */
export function adaptWebexEvent(body: unknown): AdaptedEvent {
  const parsed = webexEvent.safeParse(body);
  if (!parsed.success || parsed.data.resource !== 'meetingParticipants') return NOTHING;
  const { event, data } = parsed.data;
  const attendee = data.id ?? null;
  if (!attendee) return NOTHING;
  const meetingId = data.meetingId ?? null;
  if (event === 'joined') return { meetingId, signals: [{ kind: 'joined', attendee }] };
  if (event === 'left') return { meetingId, signals: [{ kind: 'left', attendee }, { kind: 'handLowered', attendee }] };
  return NOTHING;
}

/** What a staff console's in-page adapter relays (Jitsi's IFrame API, INTEG-8): the same signals, checked. */
export const relayedSignalsSchema = z.strictObject({
  signals: z.array(z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.enum(['joined', 'left', 'handRaised', 'handLowered']), attendee: z.string().min(1).max(200) }),
    z.strictObject({ kind: z.literal('chat'), attendee: z.string().min(1).max(200), text: z.string().max(4096), id: z.string().min(1).max(200).optional() }),
  ])).min(1).max(50),
});
