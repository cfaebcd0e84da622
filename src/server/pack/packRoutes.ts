import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { refusal } from '../../core/errors.ts';
import { calendarInvite } from '../../core/pack/calendarInvite.ts';
import { fieldIssues, sendIssues, sendRefusal } from '../http/apiErrors.ts';
import { hostOnly, roomOr404 } from '../http/hostAccess.ts';
import type { RateLimits } from '../http/rateLimits.ts';
import { FONT_PACKAGES, ReportFontsMissing } from '../report/reportFonts.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import { renderGuidelines, renderPoster, spacedCode } from './packPdf.ts';

/**
 * The host's printable pack (REPORT-14), for the host token only: `…/pack/poster.pdf` (QR code
 * and join code), `…/pack/guidelines.pdf` (guidelines and code of conduct, one page) and
 * `…/pack/invite.ics?start=ISO` (a calendar invitation carrying the pre-session page's link).
 */
interface PackRouteOptions {
  readonly rooms: RoomRegistry;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly baseUrl: () => string;
  readonly now: () => number;
}

const inviteQuery = z.strictObject({ start: z.iso.datetime({ offset: true }) });

export function registerPackRoutes(app: FastifyInstance, options: PackRouteOptions): void {
  const host = hostOnly(options.hostTokenHash, options.limits);
  const file = (reply: FastifyReply, type: string, name: string, body: Buffer | string) =>
    reply.header('cache-control', 'no-store').header('content-type', type).header('content-disposition', `attachment; filename="${name}"`).send(body);
  const pdf = async (reply: FastifyReply, name: string, render: () => Promise<Buffer>) => {
    try {
      return file(reply, 'application/pdf', name, await render());
    } catch (error) {
      if (error instanceof ReportFontsMissing) return sendRefusal(reply, refusal('report.fontsMissing', { packages: FONT_PACKAGES }));
      throw error;
    }
  };

  app.get<{ Params: { id: string } }>('/api/sessions/:id/pack/poster.pdf', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const { plan, joinCode } = room.state;
    const base = options.baseUrl();
    return pdf(reply, 'join-poster.pdf', () => renderPoster({ title: plan.title, subtitle: plan.subtitle ?? null, joinCode, joinUrl: `${base}/j/${joinCode}`, site: new URL(base).host }));
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/pack/guidelines.pdf', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const { plan, joinCode } = room.state;
    return pdf(reply, 'guidelines.pdf', () => renderGuidelines({ title: plan.title, joinCode, onsite: plan.guidelines.onsite, online: plan.guidelines.online, codeOfConduct: plan.codeOfConduct }));
  });

  app.get<{ Params: { id: string }; Querystring: unknown }>('/api/sessions/:id/pack/invite.ics', host, async (request, reply) => {
    const room = await roomOr404(options.rooms, request.params.id, reply);
    if (!room) return reply;
    const query = inviteQuery.safeParse(request.query);
    if (!query.success) return sendIssues(reply, 'input.invalid', fieldIssues(query.error.issues));
    const { plan, joinCode, id } = room.state;
    const url = `${options.baseUrl()}/before/${joinCode}`;
    const ics = calendarInvite({
      uid: `${id}@openfloor`,
      title: plan.title,
      description: `Join with the code ${spacedCode(joinCode)}. Before the session: the agenda, the guidelines and how to join.`,
      url,
      start: Date.parse(query.data.start),
      durationMinutes: plan.durationMinutes,
      stamp: options.now(),
    });
    return file(reply, 'text/calendar; charset=utf-8', 'invitation.ics', ics);
  });
}
