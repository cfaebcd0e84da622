import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '../../core/errors.ts';

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
