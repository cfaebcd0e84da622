import { z } from 'zod';
import { commandSchema } from './commands.ts';
import { PROTOCOL_VERSION } from './version.ts';

/** Messages from a client to the server. Every frame is parsed with `clientMessageSchema`. */

export const helloSchema = z.strictObject({
  type: z.literal('hello'),
  protocol: z.literal(PROTOCOL_VERSION),
  /** A role token (from a role link) or a participant token (from joining by code). */
  token: z.string().min(16).max(128),
  /** The last session sequence number this client applied; 0 for none. */
  lastSeq: z.number().int().min(0).default(0),
  /** With the host token only: the session the host connects to (AUTH-3). */
  sessionId: z.string().min(1).max(64).optional(),
});

export const commandEnvelopeSchema = z.strictObject({
  type: z.literal('command'),
  /** Chosen by the client, unique per client; a retry with the same id is acknowledged, not applied twice. */
  id: z.string().min(1).max(64),
  command: commandSchema,
});

/**
 * "Are you there?": a client that heard nothing for a few seconds asks, and the server answers
 * `pong` at once, so a page notices a dead network (no close, no error, just silence) within
 * seconds instead of waiting for the operating system to give up (PROTO-11).
 */
export const pingSchema = z.strictObject({ type: z.literal('ping') });

export const clientMessageSchema = z.discriminatedUnion('type', [helloSchema, commandEnvelopeSchema, pingSchema]);

export type Hello = z.infer<typeof helloSchema>;
export type CommandEnvelope = z.infer<typeof commandEnvelopeSchema>;
export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ClientMessageInput = z.input<typeof clientMessageSchema>;
