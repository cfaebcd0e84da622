import type { Channel } from '../roles.ts';

/**
 * The rapporteur's desk (REPORT-6..REPORT-10 in SPEC.md): notes written live per agenda item, tagged
 * with the seed session's expected outcomes, each optionally attached to something the session
 * produced (a published question, a poll, a floor-balance snapshot, an intervention of the
 * timeline). Notes are the rapporteur's words, never a participant's: a pulled question or poll
 * is held by its id, its text stays where it lives (QA-5), so the log holds no participant text.
 */

/** The outcomes a note records (the seed's expected outcomes). */
export const NOTE_TAGS = ['takeaway', 'callToAction', 'bestPractice', 'partnershipOffer'] as const;
export type NoteTag = (typeof NOTE_TAGS)[number];

export const MAX_NOTE_LENGTH = 1_000;
/** Notes a session holds at most (removed ones included): the desk view stays small. */
export const MAX_NOTES = 300;

/** Interventions and floor time per channel at one moment: what a floor-balance snapshot holds. */
export type ChannelFloor = Readonly<Record<Channel, { readonly interventions: number; readonly floorMs: number }>>;

/** What a note is attached to. */
export type NoteAttachment =
  | { readonly kind: 'question'; readonly questionId: string }
  | { readonly kind: 'poll'; readonly pollId: string }
  | { readonly kind: 'balance'; readonly at: number; readonly byChannel: ChannelFloor }
  | { readonly kind: 'intervention'; readonly interventionId: string };

export interface DeskNote {
  readonly id: string;
  /** Index of the agenda item, or null for the session as a whole. */
  readonly agendaItem: number | null;
  readonly tag: NoteTag;
  /** The rapporteur's words; may be empty on a pulled item until they write on it. */
  readonly text: string;
  readonly attachment: NoteAttachment | null;
  readonly at: number;
  readonly editedAt: number | null;
}

/** The desk's part of the session state: notes in the order written, removed ones gone. */
export interface DeskState {
  readonly notes: readonly DeskNote[];
  /** Every note ever written, removed ones included (the MAX_NOTES bound). */
  readonly written: number;
}

export const initialDesk: DeskState = { notes: [], written: 0 };

export type DeskEvent =
  | { readonly type: 'desk.noted'; readonly at: number; readonly note: DeskNote }
  | { readonly type: 'desk.edited'; readonly at: number; readonly noteId: string; readonly agendaItem: number | null; readonly tag: NoteTag; readonly text: string }
  | { readonly type: 'desk.removed'; readonly at: number; readonly noteId: string };

export const DESK_EVENT_TYPES = ['desk.noted', 'desk.edited', 'desk.removed'] as const satisfies readonly DeskEvent['type'][];

export function isDeskEvent(event: { readonly type: string }): event is DeskEvent {
  return (DESK_EVENT_TYPES as readonly string[]).includes(event.type);
}
