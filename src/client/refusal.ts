import { ERROR_CODES, type ErrorCode } from '../core/errorCodes.ts';
import type { RefusalParam, RefusalParams } from '../core/refusals.ts';

/**
 * A refusal as a client holds it (PROTO-8): the code to branch on, the reason and its
 * params for a page's catalog, the server's English message. `reason` is the reason as the
 * server named it when it has a reason's shape (`floor.notRaised`), else null. It may be one
 * this client does not know (a newer server): a page looks it up in its catalog and falls
 * back to the code. The client does not check it against `core/refusals.ts`, whose English
 * texts would then ride in the phone's first script (WEB-7).
 */
export interface Refusal {
  readonly code: ErrorCode;
  readonly reason: string | null;
  readonly params: RefusalParams;
  readonly message: string;
}

/** What a refusal reason looks like: a namespace and a name (`qa.tooLong`). */
const REASON_SHAPE = /^[a-z]+\.[a-zA-Z]+$/;

/** The refusal in a server's error frame or HTTP error body, whatever it holds. */
export function refusalFrom(raw: unknown, fallbackMessage: string): Refusal {
  const body = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const code = (ERROR_CODES as readonly unknown[]).includes(body.code) ? (body.code as ErrorCode) : 'internal';
  const params: Record<string, RefusalParam> = {};
  if (typeof body.params === 'object' && body.params !== null) {
    for (const [name, value] of Object.entries(body.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    }
  }
  return {
    code,
    reason: typeof body.reason === 'string' && REASON_SHAPE.test(body.reason) ? body.reason : null,
    params,
    message: typeof body.message === 'string' ? body.message : fallbackMessage,
  };
}

/** A command the server refused. */
export class CommandRefused extends Error implements Refusal {
  readonly code: ErrorCode;
  readonly reason: string | null;
  readonly params: RefusalParams;

  constructor(refusal: Refusal) {
    super(refusal.message);
    this.name = 'CommandRefused';
    this.code = refusal.code;
    this.reason = refusal.reason;
    this.params = refusal.params;
  }
}

/** A refused HTTP request, with its status. */
export class ApiError extends Error implements Refusal {
  readonly code: ErrorCode;
  readonly reason: string | null;
  readonly params: RefusalParams;

  constructor(
    readonly status: number,
    refusal: Refusal,
  ) {
    super(refusal.message);
    this.name = 'ApiError';
    this.code = refusal.code;
    this.reason = refusal.reason;
    this.params = refusal.params;
  }
}
