import { z } from 'zod';
import { command } from '../protocol/commandSpec.ts';
import { MAX_NOTE_LENGTH, NOTE_TAGS } from './deskTypes.ts';

/** The rapporteur's desk (REPORT-6..REPORT-10): only the rapporteur writes; staff read (REPORT-6). */
const RAPPORTEUR = ['rapporteur'] as const;

const agendaItem = z.number().int().min(0).max(49).nullable();
const tag = z.enum(NOTE_TAGS);
// One paragraph of plain text: no control or format characters but line breaks.
const text = z.string().trim().max(MAX_NOTE_LENGTH).regex(/^[^\p{Cc}\p{Cf}]*$/u, 'plain text, one paragraph');
const id = z.string().min(1).max(64);

/** What a pull brings in (REPORT-8): a published question, a poll, a snapshot of the floor's balance, an intervention of the timeline. */
export const pullSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('question'), questionId: id }),
  z.strictObject({ kind: z.literal('poll'), pollId: id }),
  z.strictObject({ kind: z.literal('balance') }),
  z.strictObject({ kind: z.literal('intervention'), interventionId: id }),
]);
export type PullSource = z.infer<typeof pullSourceSchema>;

export const deskCommands = {
  /** Rapporteur: a note on an agenda item (or the session), tagged; `attach` pulls something in with it (REPORT-7, REPORT-8). */
  'desk.note': command({
    schema: z.strictObject({ type: z.literal('desk.note'), agendaItem, tag, text, attach: pullSourceSchema.nullable().default(null) }),
    roles: RAPPORTEUR,
    kind: 'control',
    example: { type: 'desk.note', agendaItem: 0, tag: 'takeaway', text: 'Age assurance must respect privacy', attach: null },
  }),
  /** Rapporteur: rewrites a note, retags it or moves it to another item. */
  'desk.edit': command({
    schema: z.strictObject({ type: z.literal('desk.edit'), noteId: id, agendaItem, tag, text }),
    roles: RAPPORTEUR,
    kind: 'control',
    example: { type: 'desk.edit', noteId: 'n1', agendaItem: 0, tag: 'callToAction', text: 'Fund youth participation' },
  }),
  /** Rapporteur: removes a note. */
  'desk.remove': command({
    schema: z.strictObject({ type: z.literal('desk.remove'), noteId: id }),
    roles: RAPPORTEUR,
    kind: 'control',
    example: { type: 'desk.remove', noteId: 'n1' },
  }),
} as const;
