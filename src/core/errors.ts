/**
 * Typed error codes shared by the domain core, the server and every client. A client can
 * branch on `code`; `message` is for people and logs.
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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A rule of the domain refused a command; nothing was written. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly message: string;
}

export function domainError(code: ErrorCode, message: string): DomainError {
  return { code, message };
}

/** Result of a decision: the events to commit, or the reason nothing happens. */
export type Decision<E> = { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly error: DomainError };

export function accept<E>(...events: E[]): Decision<E> {
  return { ok: true, events };
}

export function refuse<E>(code: ErrorCode, message: string): Decision<E> {
  return { ok: false, error: domainError(code, message) };
}
