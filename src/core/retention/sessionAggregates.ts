import { z } from 'zod';
import { RUN_STATUSES } from '../agenda/runTypes.ts';
import { BALANCE_DIMENSIONS, publicBalance, type Attendee } from '../floor/balanceMeter.ts';
import { AGENDA_KINDS, POLL_KINDS } from '../plan.ts';
import { QUESTION_STATUSES, type QuestionStatus } from '../qa/qaTypes.ts';
import { CHANNELS, type Channel } from '../roles.ts';
import { pollResults } from '../report/pollResults.ts';
import type { SessionState } from '../sessionState.ts';

/**
 * What stays of a session once its retention period is over (RETAIN-3): counts, tallies, the
 * balance table and the agenda's timings, and nothing that names or singles out a person. No
 * question text, reply, label, note, display name, participant id, token or declared attribute
 * of anyone is in here; declared groups appear only as the balance table's rows, with groups
 * under `MIN_GROUP_SIZE` merged or withheld exactly as on the projector (FLOOR-10). What the
 * host and staff wrote for everyone to see stays: the title, the agenda, the poll questions and
 * their options (a tally without its labels answers nothing). Stored as JSON; this schema is
 * the one check of what is read back.
 */

const count = z.number().int().min(0);
const time = z.number().int();

const balanceRowSchema = z.strictObject({
  group: z.string(),
  interventions: count,
  floorMs: count,
  present: count,
  withheld: z.boolean(),
});

export const sessionAggregatesSchema = z.strictObject({
  /** The shape's version, for a later change. */
  version: z.literal(1),
  title: z.string(),
  format: z.string(),
  youthMode: z.boolean(),
  durationMinutes: count,
  retentionDays: count,
  createdAt: time,
  /** The time the figures were taken: a running item's time counts up to it. */
  asOf: time,
  run: z.strictObject({ status: z.enum(RUN_STATUSES), startedAt: time.nullable(), endedAt: time.nullable() }),
  /** Planned against actual, per agenda item (RUN-3, RUN-4). */
  agenda: z.array(z.strictObject({ title: z.string(), kind: z.enum(AGENDA_KINDS), plannedMinutes: count, startedAt: time.nullable(), spentMs: count })),
  /** Everyone who joined, by the channel they declared last. */
  participants: z.strictObject({ joined: count, onsite: count, online: count, undeclared: count }),
  polls: z.array(
    z.strictObject({
      question: z.string(),
      kind: z.enum(POLL_KINDS),
      status: z.enum(['draft', 'open', 'closed']),
      /** Participants with a ballot. */
      ballots: count,
      options: z.array(z.strictObject({ label: z.string(), votes: count })),
    }),
  ),
  floor: z.strictObject({
    interventions: count,
    floorMs: count,
    /** The balance table of every finished intervention against everyone who joined (FLOOR-9, FLOOR-10). */
    balance: z.strictObject(Object.fromEntries(BALANCE_DIMENSIONS.map((d) => [d, z.array(balanceRowSchema)])) as Record<(typeof BALANCE_DIMENSIONS)[number], z.ZodArray<typeof balanceRowSchema>>),
  }),
  qa: z.strictObject({
    asked: count,
    byStatus: z.strictObject(Object.fromEntries(QUESTION_STATUSES.map((s) => [s, count])) as Record<QuestionStatus, typeof count>),
    /** Questions asked and answered, by the asker's channel. */
    byChannel: z.strictObject(Object.fromEntries(CHANNELS.map((c) => [c, z.strictObject({ asked: count, answered: count })])) as Record<Channel, z.ZodObject<{ asked: typeof count; answered: typeof count }>>),
    /** Upvotes in force. */
    upvotes: count,
  }),
});
export type SessionAggregates = z.infer<typeof sessionAggregatesSchema>;

/** What the aggregates are taken from: the state and the session's contributions, without who made them. */
export interface AggregateInput {
  readonly state: SessionState;
  /** One ballot per (poll, participant); who cast it is not needed. */
  readonly ballots: readonly { readonly pollId: string; readonly optionIds: readonly string[] }[];
  /** Everyone who joined: their channel and declared groups, for the counts and the balance table. */
  readonly participants: readonly Attendee[];
  /** Upvotes in force. */
  readonly upvotes: number;
  readonly asOf: number;
}

/** The aggregates of a session (RETAIN-3). Pure. */
export function aggregateSession({ state, ballots, participants, upvotes, asOf }: AggregateInput): SessionAggregates {
  const { plan, run } = state;
  const agenda = plan.agenda.map((item, i) => {
    const timing = run.items[i] ?? { startedAt: null, spentMs: 0 };
    // The stint still running counts up to `asOf`, as on the moderators' screen.
    const running = run.current === i && run.since !== null ? Math.max(0, asOf - run.since) : 0;
    return { title: item.title, kind: item.kind, plannedMinutes: item.plannedMinutes, startedAt: timing.startedAt, spentMs: timing.spentMs + running };
  });

  // The same counts as the report's (one ballot per participant), without the agenda item.
  const polls = pollResults(state, ballots).map((p) => ({ question: p.question, kind: p.kind, status: p.status, ballots: p.ballots, options: [...p.options] }));

  // Everyone who joined, and the panel, as the live meter counts the panel (FLOOR-9).
  const present: Attendee[] = [
    ...participants,
    ...plan.speakers.map((s) => ({ channel: s.channel, stakeholderGroup: s.stakeholderGroup ?? null, regionalGroup: s.regionalGroup ?? null, gender: null })),
  ];
  // After the session nobody is "invited": the aggregate counts everyone who took part.
  const balance = publicBalance(state.floor.ledger, { attendees: present, invited: [] }, asOf);

  const byStatus = Object.fromEntries(QUESTION_STATUSES.map((s) => [s, 0])) as Record<QuestionStatus, number>;
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, { asked: 0, answered: 0 }])) as Record<Channel, { asked: number; answered: number }>;
  const questions = state.qa.order.flatMap((id) => (Object.hasOwn(state.qa.questions, id) ? [state.qa.questions[id]] : [])).filter((q) => q !== undefined);
  for (const q of questions) {
    byStatus[q.status] += 1;
    byChannel[q.channel].asked += 1;
    if (q.answeredAt !== null) byChannel[q.channel].answered += 1;
  }

  return {
    version: 1,
    title: plan.title,
    format: plan.format,
    youthMode: plan.youthMode,
    durationMinutes: plan.durationMinutes,
    retentionDays: plan.retentionDays,
    createdAt: state.createdAt,
    asOf,
    run: { status: run.status, startedAt: run.startedAt, endedAt: run.endedAt },
    agenda,
    participants: {
      joined: participants.length,
      onsite: participants.filter((p) => p.channel === 'onsite').length,
      online: participants.filter((p) => p.channel === 'online').length,
      undeclared: participants.filter((p) => p.channel === null).length,
    },
    polls,
    floor: {
      interventions: balance.interventions,
      floorMs: balance.floorMs,
      balance: Object.fromEntries(BALANCE_DIMENSIONS.map((d) => [d, balance.rows[d].map((r) => ({ group: r.group, interventions: r.interventions, floorMs: r.floorMs, present: r.present, withheld: r.withheld }))])) as SessionAggregates['floor']['balance'],
    },
    qa: { asked: questions.length, byStatus, byChannel, upvotes },
  };
}
