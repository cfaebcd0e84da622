import type { FastifyReply } from 'fastify';
import { refusal, type DomainError, type ErrorCode } from '../../core/errors.ts';

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
  duplicate_command: 409,
};

/** One field a request got wrong, by its path in the body. */
export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export interface RefusalOptions {
  /** The fields at fault; by default the refusal's `params.path`, if any. */
  readonly issues?: readonly FieldIssue[];
  /** Put before `params.path` in `issues` (a plan refusal's path is inside `plan`). */
  readonly issuePrefix?: string;
  /** A status more precise than the code's (Fastify's own 415, say). */
  readonly status?: number;
}

/**
 * Answers with the one shape of an HTTP error body: `{ error: { code, reason, params,
 * message, issues? } }`, the status taken from the code. A refusal that names a field
 * (`params.path`) lists it in `issues`, prefixed with `issuePrefix`.
 */
export function sendRefusal(reply: FastifyReply, error: DomainError, options: RefusalOptions = {}): FastifyReply {
  const path = error.params.path;
  const listed = options.issues ?? (typeof path === 'string' ? [{ path: (options.issuePrefix ?? '') + path, message: error.message }] : undefined);
  return reply.code(options.status ?? HTTP_STATUS[error.code]).send({ error: { ...error, ...(listed ? { issues: listed } : {}) } });
}

/** Answers a body that failed its schema: the first issue in the message, all of them listed. */
export function sendIssues(reply: FastifyReply, reason: 'input.invalid' | 'plan.invalid', issues: readonly FieldIssue[]): FastifyReply {
  const first = issues[0] ?? { path: '', message: 'invalid' };
  return sendRefusal(reply, refusal(reason, { path: first.path, issue: first.message }), { issues });
}

/** Zod's issues as field issues, their paths joined with dots under `prefix`. */
export function fieldIssues(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[], prefix: readonly string[] = []): FieldIssue[] {
  return issues.map((i) => ({ path: [...prefix, ...i.path.map(String)].join('.'), message: i.message }));
}
