import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signature checks of the platforms' webhooks, over the raw bytes as received (INTEG-7): a
 * body parsed and written again, even to the same JSON, no longer matches. Replays are refused
 * by a memory of what was accepted within the window.
 */

/** How old a Zoom webhook may be, by its signed timestamp, and how long its signature is remembered. */
export const REPLAY_WINDOW_MS = 5 * 60_000;

function sameHex(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Zoom's `x-zm-signature`: `v0=` + hex HMAC-SHA256 of `v0:{x-zm-request-timestamp}:{body}` with the webhook secret token. */
export function zoomSignature(secret: string, timestamp: string, body: Buffer): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

/** Zoom's answer to `endpoint.url_validation`: the plain token and its HMAC-SHA256 with the secret token, in hex. */
export function zoomUrlValidation(secret: string, plainToken: string): { plainToken: string; encryptedToken: string } {
  return { plainToken, encryptedToken: createHmac('sha256', secret).update(plainToken).digest('hex') };
}

/** Webex's `X-Spark-Signature`: hex HMAC-SHA1 of the body with the webhook's secret. */
export function webexSignature(secret: string, body: Buffer): string {
  return createHmac('sha1', secret).update(body).digest('hex');
}

export type WebhookProblem = 'unsigned' | 'badSignature' | 'stale' | 'replayed';

/** Remembers what was accepted for the replay window, in memory; bounded by what the window admits. */
export class ReplayMemory {
  readonly #seen = new Map<string, number>();

  constructor(private readonly windowMs: number = REPLAY_WINDOW_MS) {}

  /** True the first time `key` is seen within the window, false after. */
  first(key: string, now: number): boolean {
    for (const [seen, at] of this.#seen) {
      if (at > now - this.windowMs) break;
      this.#seen.delete(seen);
    }
    if (this.#seen.has(key)) return false;
    this.#seen.set(key, now);
    return true;
  }
}

/** Checks a Zoom webhook: signature, then the timestamp within the window, then not seen before. */
export function verifyZoomWebhook(
  secret: string,
  headers: { readonly signature: string | undefined; readonly timestamp: string | undefined },
  body: Buffer,
  now: number,
  replays: ReplayMemory,
): WebhookProblem | null {
  if (!headers.signature || !headers.timestamp || !/^\d{1,13}$/.test(headers.timestamp)) return 'unsigned';
  if (!sameHex(headers.signature, zoomSignature(secret, headers.timestamp, body))) return 'badSignature';
  // Zoom's timestamp is in seconds; a millisecond one is read as such.
  const stamp = Number(headers.timestamp);
  const at = stamp < 1e11 ? stamp * 1000 : stamp;
  if (Math.abs(now - at) > REPLAY_WINDOW_MS) return 'stale';
  if (!replays.first(`zoom:${headers.signature}`, now)) return 'replayed';
  return null;
}

/** Checks a Webex webhook: the signature, then its `id` not seen before (Webex retries with the same id). */
export function verifyWebexWebhook(secret: string, signature: string | undefined, body: Buffer, id: string | null, now: number, replays: ReplayMemory): WebhookProblem | null {
  if (!signature) return 'unsigned';
  if (!sameHex(signature.toLowerCase(), webexSignature(secret, body))) return 'badSignature';
  if (id === null || !replays.first(`webex:${id}`, now)) return 'replayed';
  return null;
}
