import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';

/**
 * Tokens, ids and codes. Tokens carry 256 random bits and are only ever stored as SHA-256
 * hashes (PRIV-4): a copy of the database opens no session.
 */

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(): string {
  return randomUUID();
}

export function randomDigit(): number {
  return randomInt(10);
}
