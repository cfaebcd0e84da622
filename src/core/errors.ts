import type { ErrorCode } from './errorCodes.ts';
import { englishText, REFUSALS, type ParamsArgs, type RefusalParams, type RefusalReason } from './refusals.ts';

export { ERROR_CODES, type ErrorCode } from './errorCodes.ts';

/**
 * A rule refused a command or request; nothing was written. `reason` names the rule and
 * `params` its details, so a page can say it in the reader's language; `message` is the
 * English text, for logs and clients without a catalog (PROTO-8).
 */
export interface DomainError {
  readonly code: ErrorCode;
  readonly reason: RefusalReason;
  readonly params: RefusalParams;
  readonly message: string;
}

/** The refusal for `reason`, its code and English text taken from the catalog. */
export function refusal<R extends RefusalReason>(reason: R, ...args: ParamsArgs<R>): DomainError {
  const params: RefusalParams = args[0] ?? {};
  const entry = REFUSALS[reason];
  return { code: entry.code, reason, params, message: englishText(reason, params) };
}

/** Result of a decision: the events to commit, or the reason nothing happens. */
export type Decision<E> = { readonly ok: true; readonly events: readonly E[] } | { readonly ok: false; readonly error: DomainError };

export function accept<E>(...events: E[]): Decision<E> {
  return { ok: true, events };
}

/** Refuses with the catalog's `reason` (PROTO-8). */
export function refuse<E, R extends RefusalReason = RefusalReason>(reason: R, ...args: ParamsArgs<R>): Decision<E> {
  return { ok: false, error: refusal(reason, ...args) };
}

/** Refuses with a refusal built elsewhere (a ballot check, a plan check). */
export function refuseWith<E>(error: DomainError): Decision<E> {
  return { ok: false, error };
}
