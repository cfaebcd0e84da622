import type { ReportTexts } from '../../core/report/reportTexts.ts';

/**
 * The report's written parts as the form edits them: the summary, and per section (the session
 * as a whole, then each agenda item) takeaways and calls to action as text, one per line.
 */
export interface SectionDraft {
  readonly takeaways: string;
  readonly callsToAction: string;
}

export interface ReportDraft {
  readonly summary: string;
  /** Key `general` for the session as a whole, else the agenda item's index. */
  readonly sections: Readonly<Record<string, SectionDraft>>;
}

const EMPTY: SectionDraft = { takeaways: '', callsToAction: '' };

export function sectionKey(agendaItem: number | null): string {
  return agendaItem === null ? 'general' : String(agendaItem);
}

export function draftOf(texts: ReportTexts): ReportDraft {
  return {
    summary: texts.summary,
    sections: Object.fromEntries(texts.sections.map((s) => [sectionKey(s.agendaItem), { takeaways: s.takeaways.join('\n'), callsToAction: s.callsToAction.join('\n') }])),
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
        return { agendaItem, takeaways: lines(s.takeaways), callsToAction: lines(s.callsToAction) };
      })
      .filter((s) => s.takeaways.length > 0 || s.callsToAction.length > 0),
  };
}
