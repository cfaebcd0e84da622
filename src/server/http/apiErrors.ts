import type { FastifyReply } from 'fastify';
import type { DomainError, ErrorCode } from '../../core/errors.ts';

/** The HTTP status of every error code: one mapping for every route. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  bad_frame: 400,
  frame_too_large: 413,
  protocol_mismatch: 400,
  not_authenticated: 401,
  unauthorised: 401,
  forbidden: 403,
  not_found: 404,
  invalid_state: 409,
  invalid_input: 400,
  rate_limited: 429,
  internal: 500,
  conduct_required: 403,
};

/** The one shape of an HTTP error body: `{ error: { code, message, issues? } }`. */
export function sendApiError(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  message: string,
  issues?: readonly { path: string; message: string }[],
): FastifyReply {
  return reply.code(status).send({ error: { code, message, ...(issues ? { issues } : {}) } });
}

/** Answers a refused command with its code's status. */
export function sendRefusal(reply: FastifyReply, error: DomainError): FastifyReply {
  return sendApiError(reply, HTTP_STATUS[error.code], error.code, error.message);
}
