import type { SessionState } from '../sessionState.ts';
import { deskTimeline, type TimelineEntry } from './deskTimeline.ts';
import type { DeskNote } from './deskTypes.ts';

/** What the rapporteur and the staff see of the desk (REPORT-6): the notes and the timeline of who spoke. */
export interface DeskView {
  readonly notes: readonly DeskNote[];
  readonly timeline: readonly TimelineEntry[];
}

export function deskView(state: SessionState): DeskView {
  return { notes: state.desk.notes, timeline: deskTimeline(state.floor) };
}
