import { z } from 'zod';
import { deskTimeline } from '../desk/deskTimeline.ts';
import type { DeskNote } from '../desk/deskTypes.ts';
import { INTENTS } from '../floor/floorTypes.ts';
import { CHANNELS } from '../roles.ts';
import type { SessionState } from '../sessionState.ts';

/**
 * What a desk note pulled in (REPORT-8), as the report holds it (REPORT-23): a published
 * question's text, a poll's result by its number, a floor-balance snapshot or an intervention of
 * the timeline. In the inputs it is what the session's record gives at the time of the report;
 * in the report it is resolved once against the report's own polls, so every format renders the
 * same words from the same data. Nothing here names a participant: a question's text only while
 * it is public (published, answered, archived) and kept, never who asked; an intervention by
 * kind and room only (REPORT-9).
 */

const count = z.number().int().min(0);
const time = z.number().int();
const channel = z.enum(CHANNELS);
const speaker = z.enum(['panel', 'participant', 'added']);

/** The snapshot of REPORT-8 as the inputs keep it. */
const channelFloorSchema = z.strictObject(Object.fromEntries(CHANNELS.map((c) => [c, z.strictObject({ interventions: count, floorMs: count })])) as Record<(typeof CHANNELS)[number], z.ZodObject<{ interventions: typeof count; floorMs: typeof count }>>);

/** A pull as the inputs hold it. */
export const inputPullSchema = z.discriminatedUnion('kind', [
  /** The question's text while public and kept; null once it is not (retention, or no longer public). */
  z.strictObject({ kind: z.literal('question'), text: z.string().nullable() }),
  /** The poll by its index in the inputs' polls. */
  z.strictObject({ kind: z.literal('poll'), poll: count }),
  z.strictObject({ kind: z.literal('balance'), at: time, byChannel: channelFloorSchema }),
  z.strictObject({ kind: z.literal('intervention'), speaker, channel, intent: z.enum(INTENTS), startedAt: time, endedAt: time.nullable() }),
]);
export type InputPull = z.infer<typeof inputPullSchema>;

/** How many of a poll's answers a pull names: the leading ones, most votes first. */
export const LEADING_ANSWERS = 3;

/** What was pulled in, as every format of the report shows it. */
export const pulledSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('question'), text: z.string().nullable() }),
  /** The poll's number in the report's Polls section, its question, and its leading answers with their shares of the voters. */
  z.strictObject({
    kind: z.literal('poll'),
    number: z.number().int().min(1),
    question: z.string(),
    ballots: count,
    leading: z.array(z.strictObject({ label: z.string(), votes: count, percent: z.number().min(0).max(100) })),
  }),
  z.strictObject({
    kind: z.literal('balance'),
    at: time,
    byChannel: z.strictObject(Object.fromEntries(CHANNELS.map((c) => [c, z.strictObject({ interventions: count, floorMinutes: z.number().min(0) })])) as Record<(typeof CHANNELS)[number], z.ZodObject<{ interventions: typeof count; floorMinutes: z.ZodNumber }>>),
  }),
  z.strictObject({ kind: z.literal('intervention'), speaker, channel, intent: z.enum(INTENTS), startedAt: time, endedAt: time.nullable() }),
]);
export type Pulled = z.infer<typeof pulledSchema>;

const PUBLIC_ONCE = new Set(['published', 'answered', 'archived']);

/** What a note pulled in, from the session's record (null when it pulled nothing, or what it pulled is gone). Pure. */
export function inputPullOf(note: DeskNote, state: SessionState, questionTexts: Readonly<Record<string, string>>): InputPull | null {
  const a = note.attachment;
  if (!a) return null;
  switch (a.kind) {
    case 'question': {
      const q = Object.hasOwn(state.qa.questions, a.questionId) ? state.qa.questions[a.questionId] : undefined;
      // The same rule as the report's question lists (REPORT-4): public text only, never a withdrawn or rejected one.
      const text = q && PUBLIC_ONCE.has(q.status) && Object.hasOwn(questionTexts, q.id) ? (questionTexts[q.id] ?? null) : null;
      return { kind: 'question', text };
    }
    case 'poll': {
      const index = state.pollOrder.filter((id) => Object.hasOwn(state.polls, id)).indexOf(a.pollId);
      return index < 0 ? null : { kind: 'poll', poll: index };
    }
    case 'balance':
      return { kind: 'balance', at: a.at, byChannel: a.byChannel };
    case 'intervention': {
      const entry = deskTimeline(state.floor).find((e) => e.id === a.interventionId);
      return entry ? { kind: 'intervention', speaker: entry.kind, channel: entry.channel, intent: entry.intent, startedAt: entry.startedAt, endedAt: entry.endedAt } : null;
    }
  }
}

/** The report's polls as a pull reads them: numbered, with each answer's share already computed. */
export interface PulledPollSource {
  readonly number: number;
  readonly question: string;
  readonly ballots: number;
  readonly options: readonly { readonly label: string; readonly votes: number; readonly percent: number }[];
}

/** An input pull resolved against the report's polls (null for a poll the report does not have). */
export function pulledOf(pull: InputPull, polls: readonly PulledPollSource[]): Pulled | null {
  switch (pull.kind) {
    case 'question':
    case 'intervention':
      return pull;
    case 'poll': {
      const poll = polls[pull.poll];
      if (!poll) return null;
      // Most votes first, the plan's order breaking ties; answers nobody chose are not leading.
      const leading = poll.options
        .map((o, i) => ({ o, i }))
        .filter(({ o }) => o.votes > 0)
        .sort((x, y) => y.o.votes - x.o.votes || x.i - y.i)
        .slice(0, LEADING_ANSWERS)
        .map(({ o }) => ({ label: o.label, votes: o.votes, percent: o.percent }));
      return { kind: 'poll', number: poll.number, question: poll.question, ballots: poll.ballots, leading };
    }
    case 'balance':
      return {
        kind: 'balance',
        at: pull.at,
        byChannel: Object.fromEntries(CHANNELS.map((c) => [c, { interventions: pull.byChannel[c].interventions, floorMinutes: Math.round(pull.byChannel[c].floorMs / 6_000) / 10 }])) as Extract<Pulled, { kind: 'balance' }>['byChannel'],
      };
  }
}
