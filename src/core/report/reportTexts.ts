import { z } from 'zod';

/**
 * The parts of a report that people write (REPORT-3): the summary of the discussion, and key
 * takeaways, calls to action, best practices and partnership offers (REPORT-16), for the session as a whole (`agendaItem: null`) or per agenda
 * item. The host and the rapporteur edit them; they are stored per session with a revision, so
 * that two editors do not overwrite each other unknowingly.
 */

export const MAX_SUMMARY_LENGTH = 20_000;
export const MAX_POINT_LENGTH = 1_000;
export const MAX_POINTS = 30;
export const MAX_TEXT_SECTIONS = 51;

const point = z.string().trim().min(1).max(MAX_POINT_LENGTH);

export const reportSectionTextSchema = z.strictObject({
  /** Index of the agenda item, or null for the session as a whole. */
  agendaItem: z.number().int().min(0).max(49).nullable(),
  takeaways: z.array(point).max(MAX_POINTS).default([]),
  callsToAction: z.array(point).max(MAX_POINTS).default([]),
  /** The seed's other expected outcomes (REPORT-16); absent in texts saved before them. */
  bestPractices: z.array(point).max(MAX_POINTS).default([]),
  partnershipOffers: z.array(point).max(MAX_POINTS).default([]),
});
export type ReportSectionText = z.infer<typeof reportSectionTextSchema>;

export const reportTextsSchema = z.strictObject({
  summary: z.string().trim().max(MAX_SUMMARY_LENGTH).default(''),
  sections: z.array(reportSectionTextSchema).max(MAX_TEXT_SECTIONS).default([])
    .refine((sections) => new Set(sections.map((s) => s.agendaItem)).size === sections.length, 'one section per agenda item'),
});
export type ReportTexts = z.infer<typeof reportTextsSchema>;
export type ReportTextsInput = z.input<typeof reportTextsSchema>;

export const EMPTY_REPORT_TEXTS: ReportTexts = { summary: '', sections: [] };

/** The texts as stored: with the revision a `PUT` must name to replace them, and when. */
export interface StoredReportTexts {
  readonly texts: ReportTexts;
  /** 0 before the first save. */
  readonly revision: number;
  readonly updatedAt: number | null;
}

/** The body of `PUT /api/sessions/:id/report/text`. */
export const reportTextsBodySchema = z.strictObject({
  texts: reportTextsSchema,
  /** The revision the editor started from; the save is refused if someone saved since (REPORT-3). */
  revision: z.number().int().min(0),
});
