import { createDecipheriv, createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The `x-zoom-app-context` header that the Zoom client sends with the request for an app's home
 * URL (INTEG-4): base64 of `[iv length: 1 byte][iv][aad length: 2 bytes LE][aad][cipher length:
 * 4 bytes LE][cipher text][tag: 16 bytes]`, AES-256-GCM with the SHA-256 of the app's client
 * secret as key. Decrypted, it says in which context the app runs (`typ`), the meeting (`mid`),
 * when it was made (`ts`) and until when it holds (`exp`).
 */

const contextSchema = z.looseObject({
  typ: z.string(),
  mid: z.string().optional(),
  ts: z.number(),
  exp: z.number(),
  /** The app the context was made for: the client id, when Zoom names it. */
  aud: z.string().optional(),
});
export type ZoomAppContext = z.infer<typeof contextSchema>;

/** Why a context header was refused. */
export type ZoomContextProblem = 'malformed' | 'undecryptable' | 'expired' | 'wrongAudience';

export type ZoomContextCheck = { readonly ok: true; readonly context: ZoomAppContext } | { readonly ok: false; readonly problem: ZoomContextProblem };

const TAG_BYTES = 16;
/** Longer than any real context: a header over it is refused unread. */
const MAX_HEADER_CHARS = 4096;

function unpack(header: string): { iv: Buffer; aad: Buffer; cipherText: Buffer; tag: Buffer } | null {
  if (header.length > MAX_HEADER_CHARS || !/^[A-Za-z0-9+/=_-]+$/.test(header)) return null;
  const bytes = Buffer.from(header, 'base64');
  let at = 0;
  const take = (length: number): Buffer | null => {
    if (at + length > bytes.length) return null;
    const part = bytes.subarray(at, at + length);
    at += length;
    return part;
  };
  const ivLength = take(1)?.readUInt8();
  const iv = ivLength ? take(ivLength) : null;
  const aadLength = take(2)?.readUInt16LE();
  const aad = aadLength === undefined ? null : take(aadLength);
  const cipherLength = take(4)?.readUInt32LE();
  const cipherText = cipherLength === undefined ? null : take(cipherLength);
  const tag = take(TAG_BYTES);
  // The tag ends the header: anything after it is not a Zoom context.
  if (!iv || !aad || !cipherText || !tag || at !== bytes.length) return null;
  return { iv, aad, cipherText, tag };
}

/** The key Zoom encrypts contexts with: the SHA-256 of the client secret. */
export function zoomContextKey(clientSecret: string): Buffer {
  return createHash('sha256').update(clientSecret, 'utf8').digest();
}

/**
 * Decrypts and checks a context header: it must decrypt and authenticate with the client
 * secret, hold a context, not be past its `exp` at `now`, and, where it names its audience,
 * name the app's client id.
 */
export function checkZoomAppContext(header: string, clientSecret: string, clientId: string, now: number): ZoomContextCheck {
  const parts = unpack(header);
  if (!parts) return { ok: false, problem: 'malformed' };
  let plain: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', zoomContextKey(clientSecret), parts.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(parts.aad);
    decipher.setAuthTag(parts.tag);
    plain = Buffer.concat([decipher.update(parts.cipherText), decipher.final()]).toString('utf8');
  } catch {
    return { ok: false, problem: 'undecryptable' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const context = contextSchema.safeParse(parsed);
  if (!context.success) return { ok: false, problem: 'malformed' };
  if (context.data.exp <= now) return { ok: false, problem: 'expired' };
  if (context.data.aud !== undefined && context.data.aud !== clientId) return { ok: false, problem: 'wrongAudience' };
  return { ok: true, context: context.data };
}
