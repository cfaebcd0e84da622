import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pollCsv, pollSvg } from '../../core/charts/pollExport.ts';
import { refusal } from '../../core/errors.ts';
import { svgToPng } from '../charts/chartPng.ts';
import { exportWords } from '../charts/exportTexts.ts';
import { FONT_PACKAGES, ReportFontsMissing } from '../report/reportFonts.ts';
import type { PollResults } from '../rooms/pollTallies.ts';
import { STAFF_ROLES } from '../../core/roles.ts';
import { languageDirection, type UnLanguage } from '../../core/vocabulary.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { hashToken } from '../secrets.ts';
import type { Store } from '../store/store.ts';
import { sendRefusal } from './apiErrors.ts';
import { mayManage, requestHostAccess, roomOr404 } from './hostAccess.ts';
import type { RateLimits } from './rateLimits.ts';

interface PollExportOptions {
  readonly store: Pick<Store, 'grantOf'>;
  readonly rooms: RoomRegistry;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
}

/** The host, or a staff link (moderator, online moderator) of this very session (POLL-33). */
async function mayExport(request: FastifyRequest, reply: FastifyReply, sessionId: string, options: PollExportOptions): Promise<boolean> {
  if (!(await options.limits.hostGate(request, reply))) return false;
  const header = request.headers.authorization;
  // The admin, or an organiser of this session (ORG-3); another organiser is told so.
  const access = await requestHostAccess(request, options.hostTokenHash);
  if (access === 'revoked') {
    await options.limits.hostFailed(request);
    await sendRefusal(reply, refusal('organiser.revoked'));
    return false;
  }
  if (access !== null) {
    if (mayManage(access, sessionId)) return true;
    await sendRefusal(reply, refusal('organiser.notYourSession'));
    return false;
  }
  const token = /^Bearer (.+)$/u.exec(header ?? '')?.[1];
  const grant = token && token.length <= 200 ? await options.store.grantOf(hashToken(token)) : null;
  if (grant && grant.sessionId === sessionId && (STAFF_ROLES as readonly string[]).includes(grant.role)) return true;
  await options.limits.hostFailed(request);
  await sendRefusal(reply, refusal('poll.exportAccess'));
  return false;
}

/** Each format's renderer, in the session's language and laid out in its direction (I18N-13, I18N-14). */
const FORMATS: Readonly<Record<string, { readonly type: string; readonly render: (results: PollResults, language: UnLanguage) => string | Promise<Buffer> }>> = {
  csv: { type: 'text/csv; charset=utf-8', render: (results, language) => pollCsv(results, exportWords(language)) },
  svg: { type: 'image/svg+xml; charset=utf-8', render: (results, language) => pollSvg(results, languageDirection(language), exportWords(language)) },
  // POLL-51: the same SVG as a picture, for slides and documents that take no SVG.
  png: { type: 'image/png', render: (results, language) => svgToPng(pollSvg(results, languageDirection(language), exportWords(language))) },
};

/**
 * A poll's exports (POLL-33, POLL-51): `GET /api/sessions/:id/polls/:pollId/results.csv`,
 * `results.svg` and `results.png`, for the host and the session's staff, built from aggregates only.
 */
export function registerPollExportRoutes(app: FastifyInstance, options: PollExportOptions): void {
  for (const [format, { type, render }] of Object.entries(FORMATS)) {
    app.get(`/api/sessions/:id/polls/:pollId/results.${format}`, async (request, reply) => {
      const { id, pollId } = request.params as { id?: string; pollId?: string };
      if (!(await mayExport(request, reply, id ?? '', options))) return reply;
      const room = await roomOr404(options.rooms, id, reply);
      if (!room) return reply;
      const results = typeof pollId === 'string' && pollId.length <= 64 ? room.pollResults(pollId) : null;
      if (!results) return sendRefusal(reply, refusal('poll.notFound'));
      let body: string | Buffer;
      try {
        body = await render(results, room.state.plan.language);
      } catch (error) {
        if (error instanceof ReportFontsMissing) return sendRefusal(reply, refusal('report.fontsMissing', { packages: FONT_PACKAGES }));
        throw error;
      }
      reply.header('content-type', type).header('cache-control', 'no-store');
      reply.header('content-disposition', `attachment; filename="poll-${results.poll.id.slice(0, 8)}.${format}"`);
      return reply.send(body);
    });
  }
}
