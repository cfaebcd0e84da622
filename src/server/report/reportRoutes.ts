import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refusal } from '../../core/errors.ts';
import { renderMarkdown } from '../../core/report/reportMarkdown.ts';
import { reportTextsBodySchema } from '../../core/report/reportTexts.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import { fieldIssues, sendIssues, sendRefusal } from '../http/apiErrors.ts';
import type { RateLimits } from '../http/rateLimits.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Store } from '../store/store.ts';
import { reportEditor } from './reportAccess.ts';
import { FONT_PACKAGES, ReportFontsMissing } from './reportFonts.ts';
import { REPORT_HTML_CSP, renderHtml } from './reportHtml.ts';
import { ReportRenderer } from './reportRenderer.ts';
import { buildReport, type ReportServiceOptions } from './reportService.ts';
import { renderCsvZip } from './reportZip.ts';

/**
 * The session report over HTTP (REPORT-2, REPORT-3), for the host token or the session's
 * rapporteur link: `GET /api/sessions/:id/report` (JSON, the report's schema),
 * `…/report.md|html|pdf|docx|zip` (downloads), `GET|PUT …/report/text` (the written parts,
 * with their revision). Documents are drawn on a worker thread (`ReportRenderer`).
 */

export interface ReportRoutesOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly hostTokenHash: string;
  readonly limits: RateLimits;
  readonly now: () => number;
  readonly archivedInputs?: ReportServiceOptions['archivedInputs'];
}

const FILE_FORMATS = {
  md: { type: 'text/markdown; charset=utf-8', ext: 'md' },
  html: { type: 'text/html; charset=utf-8', ext: 'html' },
  pdf: { type: 'application/pdf', ext: 'pdf' },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' },
  zip: { type: 'application/zip', ext: 'zip' },
} as const;
export type ReportFileFormat = keyof typeof FILE_FORMATS;
export const REPORT_FILE_FORMATS = Object.keys(FILE_FORMATS) as ReportFileFormat[];

/** A file name from the title: ASCII letters and digits, e.g. `child-online-safety-report.pdf`. */
export function reportFileName(title: string, ext: string): string {
  const slug = title.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'session'}-report.${ext}`;
}

export function registerReportRoutes(app: FastifyInstance, options: ReportRoutesOptions): void {
  const renderer = new ReportRenderer();
  app.addHook('onClose', () => renderer.close());
  const service: ReportServiceOptions = { store: options.store, now: options.now, ...(options.archivedInputs ? { archivedInputs: options.archivedInputs } : {}) };

  const idOf = (request: FastifyRequest) => {
    const id = (request.params as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
  };
  /** The editor's check, then the report; null once it has answered. */
  const reportFor = async (request: FastifyRequest, reply: FastifyReply): Promise<SessionReport | null> => {
    const id = idOf(request);
    if (!(await reportEditor(request, reply, id ?? '', options.store, options.hostTokenHash, options.limits))) return null;
    const built = id ? await buildReport(service, id) : null;
    if (!built) {
      await sendRefusal(reply, refusal('session.notFound'));
      return null;
    }
    return built.report;
  };

  app.get('/api/sessions/:id/report', async (request, reply) => {
    const report = await reportFor(request, reply);
    return report ? reply.header('cache-control', 'no-store').send(report) : reply;
  });

  for (const format of REPORT_FILE_FORMATS) {
    app.get(`/api/sessions/:id/report.${format}`, async (request, reply) => {
      const report = await reportFor(request, reply);
      if (!report) return reply;
      let body: string | Buffer;
      try {
        body = format === 'md' ? renderMarkdown(report)
          : format === 'html' ? renderHtml(report)
          : format === 'zip' ? renderCsvZip(report)
          : await renderer.render(format, report);
      } catch (error) {
        if (error instanceof ReportFontsMissing) return sendRefusal(reply, refusal('report.fontsMissing', { packages: FONT_PACKAGES }));
        throw error;
      }
      const { type, ext } = FILE_FORMATS[format];
      reply.header('content-type', type).header('cache-control', 'no-store');
      reply.header('content-disposition', `${request.query && (request.query as { inline?: unknown }).inline === '1' ? 'inline' : 'attachment'}; filename="${reportFileName(report.session.title, ext)}"`);
      // The report's own policy: its stylesheet by hash, nothing else (the app's would block the style).
      if (format === 'html') reply.header('content-security-policy', REPORT_HTML_CSP);
      return reply.send(body);
    });
  }

  app.get('/api/sessions/:id/report/text', async (request, reply) => {
    const id = idOf(request);
    const editor = await reportEditor(request, reply, id ?? '', options.store, options.hostTokenHash, options.limits);
    if (!editor) return reply;
    const room = id ? await options.rooms.get(id) : null;
    if (!id || !room) return sendRefusal(reply, refusal('session.notFound'));
    const stored = await options.store.reportTexts(id);
    return reply.header('cache-control', 'no-store').send({
      ...stored,
      editor,
      title: room.state.plan.title,
      agenda: room.state.plan.agenda.map((item) => ({ title: item.title, policyQuestion: item.policyQuestion ?? null })),
    });
  });

  app.put('/api/sessions/:id/report/text', async (request, reply) => {
    const id = idOf(request);
    if (!(await reportEditor(request, reply, id ?? '', options.store, options.hostTokenHash, options.limits))) return reply;
    const room = id ? await options.rooms.get(id) : null;
    if (!id || !room) return sendRefusal(reply, refusal('session.notFound'));
    const body = reportTextsBodySchema.safeParse(request.body);
    if (!body.success) return sendIssues(reply, 'input.invalid', fieldIssues(body.error.issues));
    const agendaLength = room.state.plan.agenda.length;
    const stray = body.data.texts.sections.findIndex((s) => s.agendaItem !== null && s.agendaItem >= agendaLength);
    if (stray >= 0) return sendIssues(reply, 'input.invalid', [{ path: `texts.sections.${stray}.agendaItem`, message: `there is no agenda item ${(body.data.texts.sections[stray]?.agendaItem ?? 0) + 1}` }]);
    const saved = await options.store.saveReportTexts(id, body.data.texts, body.data.revision, options.now());
    if (!saved) return sendRefusal(reply, refusal('report.textChanged', { revision: (await options.store.reportTexts(id)).revision }));
    return reply.header('cache-control', 'no-store').send(saved);
  });
}
