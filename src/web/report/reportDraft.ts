import { OUTCOME_KINDS, type OutcomeKind } from '../../core/report/reportOutcomes.ts';
import type { ReportTexts } from '../../core/report/reportTexts.ts';

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
