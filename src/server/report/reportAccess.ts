import type { FastifyReply, FastifyRequest } from 'fastify';
import { refusal } from '../../core/errors.ts';
import { sendRefusal } from '../http/apiErrors.ts';
import { mayManage, requestHostAccess } from '../http/hostAccess.ts';
import type { RateLimits } from '../http/rateLimits.ts';
import { hashToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';

/**
 * Who may read and edit a session's report (REPORT-3): the host (the admin's host token, or an
 * organiser of that very session, ORG-3) and the session's rapporteur (the token of a
 * rapporteur link of that very session, not revoked), all as `Authorization: Bearer <token>`.
 * A wrong token counts against the address like a wrong host token (LIMIT-4), so the route
 * cannot be used to guess any; an organiser of other sessions is refused without counting.
 */
export type ReportEditor = 'host' | 'rapporteur';

export async function reportEditor(request: FastifyRequest, reply: FastifyReply, sessionId: string, store: Pick<Store, 'grantOf'>, hostTokenHash: string, limits: RateLimits): Promise<ReportEditor | null> {
  if (!(await limits.hostGate(request, reply))) return null;
  const host = await requestHostAccess(request, hostTokenHash);
  if (host !== null && host !== 'revoked') {
    if (mayManage(host, sessionId)) return 'host';
    await sendRefusal(reply, refusal('organiser.notYourSession'));
    return null;
  }
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const grant = host === null && token && token.length <= 200 ? await store.grantOf(hashToken(token)) : null;
  if (grant?.role === 'rapporteur' && grant.sessionId === sessionId) return 'rapporteur';
  await limits.hostFailed(request);
  await sendRefusal(reply, refusal(host === 'revoked' ? 'organiser.revoked' : 'report.accessRequired'));
  return null;
}
