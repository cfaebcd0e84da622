/**
 * Typed error codes shared by the domain core, the server and every client. A client can
 * branch on `code`; the refusal's reason (refusals.ts) says which rule refused.
 */
export const ERROR_CODES = [
  'bad_frame',
  'frame_too_large',
  'protocol_mismatch',
  'not_authenticated',
  'unauthorised',
  'forbidden',
  'not_found',
  'invalid_state',
  'invalid_input',
  'rate_limited',
  'internal',
  /** A participant's contribution before they accepted the code of conduct (GUIDE-3). */
  'conduct_required',
  /** A command id already used for a different command (PROTO-4). */
  'duplicate_command',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
