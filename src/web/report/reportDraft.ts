import { OUTCOME_KINDS, type OutcomeKind } from '../../core/report/reportOutcomes.ts';
import { sectionPoints } from '../../core/report/reportPullWords.ts';
import type { ReportTexts } from '../../core/report/reportTexts.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';

/**
 * The report's written parts as the form edits them: the summary, and per section (the session
 * as a whole, then each agenda item) takeaways, calls to action, best practices and partnership
 * offers (REPORT-16) as text, one per line.
 */
export type SectionDraft = Readonly<Record<OutcomeKind, string>>;

export interface ReportDraft {
  readonly summary: string;
  /** Key `general` for the session as a whole, else the agenda item's index. */
  readonly sections: Readonly<Record<string, SectionDraft>>;
}

const EMPTY: SectionDraft = { takeaways: '', callsToAction: '', bestPractices: '', partnershipOffers: '' };

export function sectionKey(agendaItem: number | null): string {
  return agendaItem === null ? 'general' : String(agendaItem);
}

export function draftOf(texts: ReportTexts): ReportDraft {
  return {
    summary: texts.summary,
    sections: Object.fromEntries(texts.sections.map((s) => [sectionKey(s.agendaItem), Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, s[kind].join('\n')])) as SectionDraft])),
  };
}

export function sectionDraft(draft: ReportDraft, agendaItem: number | null): SectionDraft {
  return draft.sections[sectionKey(agendaItem)] ?? EMPTY;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

/** The texts to save: empty lines and empty sections dropped. */
export function textsOf(draft: ReportDraft, agendaLength: number): ReportTexts {
  const items: (number | null)[] = [null, ...Array.from({ length: agendaLength }, (_, i) => i)];
  return {
    summary: draft.summary.trim(),
    sections: items
      .map((agendaItem) => {
        const s = sectionDraft(draft, agendaItem);
        return { agendaItem, takeaways: lines(s.takeaways), callsToAction: lines(s.callsToAction), bestPractices: lines(s.bestPractices), partnershipOffers: lines(s.partnershipOffers) };
      })
      .filter((s) => OUTCOME_KINDS.some((kind) => s[kind].length > 0)),
  };
}

/**
 * The points of one outcome list that the report takes from the rapporteur's desk (REPORT-10,
 * REPORT-23): the report's list for that section less what the page saved, so the form shows
 * them read-only beside the field that edits the rest, and the rapporteur does not see an empty
 * field where the preview has points.
 */
export function deskPointsOf(report: SessionReport, saved: ReportTexts, agendaItem: number | null, kind: OutcomeKind): readonly string[] {
  const section = agendaItem === null ? report : report.agenda[agendaItem];
  if (!section) return [];
  const written = new Set(saved.sections.find((s) => s.agendaItem === agendaItem)?.[kind] ?? []);
  return (sectionPoints(section).find((list) => list.kind === kind)?.points ?? []).filter((point) => !written.has(point));
}
