import { z } from 'zod';

/**
 * The seam between OpenFloor and the video platform its online side runs in (INTEG rules of
 * SPEC.md). A platform adapter (one per platform, in `src/server/integrations`) turns what its
 * platform says — a webhook, an SDK event, an IFrame API event — into `CallSignal`s; the call
 * bridge applies them to the floor, the presence and the Q&A through the same commands and
 * policies as everything else. Nothing here, and nothing in the floor, Q&A or poll logic,
 * knows any platform's vocabulary.
 */

export const PLATFORMS = ['zoom', 'webex', 'jitsi'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Someone in the call, as the platform names them for the length of the meeting. Only kept in
 * memory (to pair a join with its leave, a raise with its lower); never stored (INTEG-3).
 */
export type AttendeeKey = string;

/** What a platform can bring in. */
export type CallSignal =
  | { readonly kind: 'joined'; readonly attendee: AttendeeKey }
  | { readonly kind: 'left'; readonly attendee: AttendeeKey }
  | { readonly kind: 'handRaised'; readonly attendee: AttendeeKey }
  | { readonly kind: 'handLowered'; readonly attendee: AttendeeKey }
  /** `id`, when the platform gives one, makes the same line relayed twice count once (INTEG-11). */
  | { readonly kind: 'chat'; readonly attendee: AttendeeKey; readonly text: string; readonly id?: string }
  /** The meeting the call is: a webhook for another meeting is ignored (INTEG-6). */
  | { readonly kind: 'meeting'; readonly meetingId: string };

/** The default marker that makes a chat line a question (INTEG-5). */
export const DEFAULT_CHAT_MARKER = 'Q:';

/** Hosts a Jitsi server may be reached on over plain http: this machine only (a local Jitsi, a test stub). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A Jitsi meeting URL: https (http only on a loopback host), a host, a room name; no query, no credentials. */
export const jitsiMeetingUrl = z.string().max(300).refine((value) => {
  try {
    const url = new URL(value);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
    return secure && url.username === '' && url.password === '' && url.search === '' && url.hash === '' && /^\/[\w.-]{1,100}$/.test(url.pathname);
  } catch {
    return false;
  }
}, 'an https URL of a Jitsi meeting, like https://meet.jit.si/MyRoom');

/** What the host sets per session: shown back to the host; never a secret. */
export const platformSettingsSchema = z.strictObject({
  platform: z.enum(PLATFORMS).nullable().default(null),
  /** A chat line starting with this becomes a question (INTEG-5); empty turns chat questions off. */
  chatMarker: z.string().max(8).default(DEFAULT_CHAT_MARKER),
  /** Zoom: the app's client id, the audience of its app context (INTEG-4). */
  zoomClientId: z.string().max(100).regex(/^[\w-]*$/).default(''),
  /** Zoom or Webex: the meeting this session runs in; webhooks about other meetings are ignored. */
  meetingId: z.string().max(200).default(''),
  /** Jitsi: the meeting the online moderator's console embeds. */
  jitsiUrl: z.union([z.literal(''), jitsiMeetingUrl]).default(''),
});
export type PlatformSettings = z.infer<typeof platformSettingsSchema>;

/** What the host enters and never sees again but masked (INTEG-9). */
export const PLATFORM_SECRET_NAMES = ['zoomClientSecret', 'zoomWebhookSecret', 'webexWebhookSecret'] as const;
export type PlatformSecretName = (typeof PLATFORM_SECRET_NAMES)[number];
const secret = z.string().min(8).max(200).regex(/^[\x21-\x7e]+$/, 'printable characters, no spaces');
/** A change of secrets: a value replaces, null clears, a missing key keeps the stored one. */
export const platformSecretsChangeSchema = z.strictObject(
  Object.fromEntries(PLATFORM_SECRET_NAMES.map((name) => [name, secret.nullable().optional()])) as Record<PlatformSecretName, z.ZodOptional<z.ZodNullable<typeof secret>>>,
);
export type PlatformSecrets = Partial<Record<PlatformSecretName, string>>;

/** A secret as the host page shows it: its last four characters, never more (INTEG-9). */
export function maskSecret(value: string | undefined): string | null {
  if (!value) return null;
  return `••••${value.slice(-4)}`;
}

/**
 * The origins that may frame OpenFloor's pages for a session on `platform` (INTEG-1): the
 * platform's own clients, nothing wider; none but our own without a platform.
 */
export function frameAncestors(settings: Pick<PlatformSettings, 'platform' | 'jitsiUrl'>): readonly string[] {
  switch (settings.platform) {
    case 'zoom':
      return ['https://zoom.us', 'https://*.zoom.us'];
    case 'webex':
      return ['https://*.webex.com'];
    case 'jitsi':
      return settings.jitsiUrl ? [new URL(settings.jitsiUrl).origin] : [];
    case null:
      return [];
  }
}

/**
 * The question in a chat line, or null when the line is not one (INTEG-5): it must start with
 * the marker (case-insensitive, leading spaces allowed); the rest, trimmed, is the question.
 */
export function chatQuestion(line: string, marker: string): string | null {
  if (marker.trim() === '') return null;
  const trimmed = line.trimStart();
  if (trimmed.slice(0, marker.length).toLowerCase() !== marker.toLowerCase()) return null;
  const text = trimmed.slice(marker.length).trim();
  return text === '' ? null : text;
}
