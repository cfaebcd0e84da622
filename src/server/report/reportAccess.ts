import type { FastifyReply, FastifyRequest } from 'fastify';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from '../http/apiErrors.ts';
import { isHost } from '../http/hostAccess.ts';
import type { RateLimits } from '../http/rateLimits.ts';
import { hashToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';

/**
 * Who may read and edit a session's report (REPORT-3): the host (the host token) and the
 * session's rapporteur (the token of a rapporteur link of that very session, not revoked), both
 * as `Authorization: Bearer <token>`. A wrong token counts against the address like a wrong
 * host token (LIMIT-4), so the route cannot be used to guess either.
 */
export type ReportEditor = 'host' | 'rapporteur';

export async function reportEditor(request: FastifyRequest, reply: FastifyReply, sessionId: string, store: Pick<Store, 'grantOf'>, hostTokenHash: string, limits: RateLimits): Promise<ReportEditor | null> {
  if (!(await limits.hostGate(request, reply))) return null;
  const header = request.headers.authorization;
  if (isHost(header, hostTokenHash)) return 'host';
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  const grant = token && token.length <= 200 ? await store.grantOf(hashToken(token)) : null;
  if (grant?.role === 'rapporteur' && grant.sessionId === sessionId) return 'rapporteur';
  await limits.hostFailed(request);
  await sendRefusal(reply, refusal('report.accessRequired'));
  return null;
}
