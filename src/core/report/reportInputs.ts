import { z } from 'zod';
import { itemActualMs } from '../agenda/runViews.ts';
import { RUN_STATUSES } from '../agenda/runTypes.ts';
import { NOTE_TAGS } from '../desk/deskTypes.ts';
import { pollResults } from './pollResults.ts';
import { inputPullOf, inputPullSchema } from './reportPulls.ts';
import { reportShifts, reportShiftSchema, type ShiftBallot } from './reportShift.ts';
import { BALANCE_DIMENSIONS, publicBalance, type Attendee, type BalanceDimension } from '../floor/balanceMeter.ts';
import { OVERRIDE_ACTIONS } from '../floor/floorTypes.ts';
import { AGENDA_KINDS, POLL_KINDS } from '../plan.ts';
import { REJECT_REASONS, type Question } from '../qa/qaTypes.ts';
import { CHANNELS } from '../roles.ts';
import type { SessionState } from '../sessionState.ts';
import { FLOOR_POLICY_NAMES, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../vocabulary.ts';

/**
 * What a session report is built from (REPORT-1): aggregates only. Counts, tallies, the balance
 * tables with FLOOR-10's merging already applied, the agenda's timings, and what the host and
 * staff wrote for everyone (title, agenda, panel, poll questions and options). The only
 * participant-written text is the published questions' text, and it is optional: once the
 * retention period is over (the retention job deletes contributions) `withoutContributionText`
 * drops it and the report still builds from the rest. No participant id, label, display name,
 * declared attribute of a person, hand or question author is in here.
 */

const count = z.number().int().min(0);
const time = z.number().int();
const channel = z.enum(CHANNELS);

/** A FLOOR-10 row: a group (or `other`, `undeclared`) with its figures. */
export const balanceRowSchema = z.strictObject({
  group: z.string(),
  interventions: count,
  floorMs: count,
  present: count,
});
export type ReportBalanceRow = z.infer<typeof balanceRowSchema>;

/** Per dimension: the rows, or null when FLOOR-10 withholds the whole dimension (a merged group still under five). */
const balanceTableSchema = z.strictObject(
  Object.fromEntries(BALANCE_DIMENSIONS.map((d) => [d, z.array(balanceRowSchema).nullable()])) as Record<BalanceDimension, z.ZodNullable<z.ZodArray<typeof balanceRowSchema>>>,
);
export type ReportBalanceTable = z.infer<typeof balanceTableSchema>;

const channelCounts = z.strictObject({ onsite: count, online: count, undeclared: count });

/** A question as the report may show it: published text only, never who asked. */
const reportQuestionSchema = z.strictObject({
  text: z.string(),
  upvotes: count,
  channel,
  status: z.enum(['published', 'answered', 'archived']),
  agendaItem: z.number().int().min(0).nullable(),
});
export type ReportQuestion = z.infer<typeof reportQuestionSchema>;

/** Most participants connected at once, by channel, and when (REPORT-11). */
export const attendancePeakSchema = z.strictObject({ onsite: count, online: count, undeclared: count, at: time });

export const reportInputsSchema = z.strictObject({
  /** The shape's version, for a later change. */
  version: z.literal(1),
  sessionId: z.string(),
  /** The time the figures were taken. */
  asOf: time,
  plan: z.strictObject({
    title: z.string(),
    subtitle: z.string().nullable(),
    format: z.string(),
    durationMinutes: count,
    youthMode: z.boolean(),
    createdAt: time,
    /** Role labels from the plan (never a participant). */
    roles: z.strictObject({ moderator: z.string().nullable(), onlineModerator: z.string().nullable(), rapporteur: z.string().nullable() }),
    speakers: z.array(z.strictObject({
      label: z.string(),
      organisation: z.string().nullable(),
      stakeholderGroup: z.enum(STAKEHOLDER_GROUPS).nullable(),
      regionalGroup: z.enum(REGIONAL_GROUPS).nullable(),
      channel,
    })),
  }),
  run: z.strictObject({ status: z.enum(RUN_STATUSES), startedAt: time.nullable(), endedAt: time.nullable() }),
  /** Planned against actual (RUN-3, RUN-4). */
  agenda: z.array(z.strictObject({
    title: z.string(),
    policyQuestion: z.string().nullable(),
    kind: z.enum(AGENDA_KINDS),
    plannedMinutes: count,
    startedAt: time.nullable(),
    spentMs: count,
  })),
  participation: z.strictObject({
    /** Everyone who joined, by the channel they declared last. */
    joined: channelCounts,
    /** Most participants connected at once, when the server sampled it; null when not recorded. */
    peak: attendancePeakSchema.nullable(),
    /** Declared groups of everyone who joined, FLOOR-10 merged (the channel row is in `joined`). */
    declared: balanceTableSchema,
  }),
  floor: z.strictObject({
    policy: z.enum(FLOOR_POLICY_NAMES),
    interventions: count,
    floorMs: count,
    /** Interventions of the panel, of participants, and of people a moderator added. */
    byKind: z.strictObject({ panel: count, participant: count, added: count }),
    /** Finished interventions against everyone present (joined and the panel), FLOOR-10 merged. */
    balance: balanceTableSchema,
    /** Moderators' departures from the queue policy (FLOOR-6), counted by action. */
    overrides: z.strictObject(Object.fromEntries(OVERRIDE_ACTIONS.map((a) => [a, count])) as Record<(typeof OVERRIDE_ACTIONS)[number], typeof count>),
  }),
  polls: z.array(z.strictObject({
    question: z.string(),
    kind: z.enum(POLL_KINDS),
    status: z.enum(['draft', 'open', 'closed']),
    agendaItem: z.number().int().min(0).nullable(),
    /** Participants with a ballot. */
    ballots: count,
    options: z.array(z.strictObject({ label: z.string(), votes: count })),
    /** Before and after (POLL-38): the shift from the earlier poll of its pair; null when unpaired or kept before pairs. */
    shift: reportShiftSchema.nullable().default(null),
  })),
  qa: z.strictObject({
    asked: count,
    /** Questions that were ever shown to everyone (published, answered, or archived after). */
    published: count,
    answered: count,
    /** By the asker's channel; `forwarded`: relayed to the room by the online moderator. */
    byChannel: z.strictObject(Object.fromEntries(CHANNELS.map((c) => [c, z.strictObject({ asked: count, published: count, answered: count, forwarded: count })])) as Record<(typeof CHANNELS)[number], z.ZodObject<{ asked: typeof count; published: typeof count; answered: typeof count; forwarded: typeof count }>>),
    /** Published questions with their text, most upvoted first; null once the texts are deleted. */
    questions: z.array(reportQuestionSchema).nullable(),
  }),
  moderation: z.strictObject({
    /** Questions not published, by the moderator's reason. */
    rejected: z.strictObject(Object.fromEntries(REJECT_REASONS.map((r) => [r, count])) as Record<(typeof REJECT_REASONS)[number], typeof count>),
    /** Questions the filters held for a moderator, by what they found (a question may count under several). */
    heldByFilter: z.record(z.string(), count),
    merged: count,
    archived: count,
    withdrawn: count,
  }),
  /**
   * The rapporteur's notes with words in them or something pulled in, in the order written
   * (REPORT-10, REPORT-23): the report takes its outcomes per item from them. The rapporteur's
   * words (empty on a bare pull), never a participant's, and what was pulled in (`reportPulls.ts`;
   * absent in inputs kept before pulls reached the report); no notes in inputs kept before the desk existed.
   */
  notes: z.array(z.strictObject({
    agendaItem: z.number().int().min(0).nullable(),
    tag: z.enum(NOTE_TAGS),
    text: z.string(),
    pulled: inputPullSchema.nullable().default(null),
  })).default([]),
});
export type ReportInputs = z.infer<typeof reportInputsSchema>;

/** What the server passes in beside the state: contributions without who made them, and the published text. */
export interface ReportSource {
  readonly state: SessionState;
  /** One ballot per (poll, participant); the participant id only links a ballot to its voter's groups for a shift (POLL-38). */
  readonly ballots: readonly ShiftBallot[];
  /** Everyone who joined: channel and declared groups, for counts and FLOOR-10 tables only; the id only for a shift's groups. */
  readonly participants: readonly (Attendee & { readonly id?: string })[];
  /** Upvotes in force; the participant id only tells duplicates apart and never leaves this function. */
  readonly upvotes: readonly { readonly questionId: string; readonly participantId: string }[];
  /** Question text still kept, by question id; only published questions' text is read. */
  readonly questionTexts: Readonly<Record<string, string>>;
  readonly peak: ReportInputs['participation']['peak'];
  readonly asOf: number;
}

const PUBLIC_ONCE = new Set(['published', 'answered', 'archived']);

function balanceTable(ledger: SessionState['floor']['ledger'], attendees: readonly Attendee[], asOf: number): ReportBalanceTable {
  // FLOOR-10's own rule (publicBalance): a dimension with a group still under five after
  // merging shows no rows at all, since totals minus the rows shown would give it away.
  const meter = publicBalance(ledger, { attendees, invited: [] }, asOf);
  return Object.fromEntries(BALANCE_DIMENSIONS.map((d) => {
    const rows = meter.rows[d];
    // With anyone present a dimension has rows, unless FLOOR-10 withheld them.
    const withheld = rows.length === 0 && meter.present > 0;
    return [d, withheld ? null : rows.map((r) => ({ group: r.group, interventions: r.interventions, floorMs: r.floorMs, present: r.present }))];
  })) as ReportBalanceTable;
}

function upvoteCounts(questions: readonly Question[], upvotes: ReportSource['upvotes']): Map<string, number> {
  const voters = new Map<string, Set<string>>();
  for (const u of upvotes) {
    let set = voters.get(u.questionId);
    if (!set) voters.set(u.questionId, (set = new Set()));
    set.add(u.participantId);
  }
  // QA-7: a question's upvotes include its merged duplicates', each participant once.
  return new Map(questions.map((q) => {
    const all = new Set<string>();
    for (const id of [q.id, ...q.mergedFrom]) for (const p of voters.get(id) ?? []) all.add(p);
    return [q.id, all.size];
  }));
}

/** The aggregates of a session for its report (REPORT-1). Pure. */
export function gatherReportInputs({ state, ballots, participants, upvotes, questionTexts, peak, asOf }: ReportSource): ReportInputs {
  const { plan, run, floor } = state;

  const shifts = reportShifts(state, ballots, new Map(participants.flatMap((p) => (p.id === undefined ? [] : [[p.id, p] as const]))));
  const pollIds = state.pollOrder.filter((id) => Object.hasOwn(state.polls, id));
  const polls = pollResults(state, ballots).map((p, i) => ({ ...p, options: [...p.options], shift: shifts.get(pollIds[i] ?? '') ?? null }));

  const speakers = plan.speakers.map((s) => ({ label: s.label, organisation: s.organisation ?? null, stakeholderGroup: s.stakeholderGroup ?? null, regionalGroup: s.regionalGroup ?? null, channel: s.channel }));
  // Everyone present for the floor's table: who joined and the panel, as the retention
  // aggregates count them (the panel has the floor too).
  const present: Attendee[] = [...participants, ...speakers.map((s) => ({ channel: s.channel, stakeholderGroup: s.stakeholderGroup, regionalGroup: s.regionalGroup, gender: null }))];

  const byKind = { panel: 0, participant: 0, added: 0 };
  for (const entry of floor.ledger) byKind[entry.speaker.kind] += 1;
  const overrides = Object.fromEntries(OVERRIDE_ACTIONS.map((a) => [a, 0])) as ReportInputs['floor']['overrides'];
  for (const o of floor.overrides) overrides[o.action] += 1;
  const balance = balanceTable(floor.ledger, present, asOf);

  const questions = state.qa.order.flatMap((id) => (Object.hasOwn(state.qa.questions, id) ? [state.qa.questions[id]] : [])).filter((q): q is Question => q !== undefined);
  const counts = upvoteCounts(questions, upvotes);
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, { asked: 0, published: 0, answered: 0, forwarded: 0 }])) as ReportInputs['qa']['byChannel'];
  const rejected = Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as ReportInputs['moderation']['rejected'];
  const heldByFilter: Record<string, number> = {};
  let merged = 0;
  let archived = 0;
  let withdrawn = 0;
  for (const q of questions) {
    const c = byChannel[q.channel];
    c.asked += 1;
    if (q.publishedAt !== null || PUBLIC_ONCE.has(q.status)) c.published += 1;
    if (q.answeredAt !== null) c.answered += 1;
    if (q.forwardedAt !== null) c.forwarded += 1;
    if (q.status === 'rejected' && q.rejectReason) rejected[q.rejectReason] += 1;
    if (q.status === 'merged') merged += 1;
    if (q.status === 'archived') archived += 1;
    if (q.status === 'withdrawn') withdrawn += 1;
    for (const flag of q.flags) heldByFilter[flag] = (heldByFilter[flag] ?? 0) + 1;
  }
  const shown = questions
    .filter((q) => PUBLIC_ONCE.has(q.status) && Object.hasOwn(questionTexts, q.id))
    .map((q) => ({ q, upvotes: counts.get(q.id) ?? 0 }))
    // Most upvoted first; the order of asking breaks ties, so the list is stable.
    .sort((a, b) => b.upvotes - a.upvotes || a.q.ticket - b.q.ticket)
    .map(({ q, upvotes: n }) => ({ text: questionTexts[q.id] ?? '', upvotes: n, channel: q.channel, status: q.status as 'published' | 'answered' | 'archived', agendaItem: q.agendaItem }));

  return {
    version: 1,
    sessionId: state.id,
    asOf,
    plan: {
      title: plan.title,
      subtitle: plan.subtitle ?? null,
      format: plan.format,
      durationMinutes: plan.durationMinutes,
      youthMode: plan.youthMode,
      createdAt: state.createdAt,
      roles: { moderator: plan.roles.moderator ?? null, onlineModerator: plan.roles.onlineModerator ?? null, rapporteur: plan.roles.rapporteur ?? null },
      speakers,
    },
    run: { status: run.status, startedAt: run.startedAt, endedAt: run.endedAt },
    agenda: plan.agenda.map((item, i) => ({
      title: item.title,
      policyQuestion: item.policyQuestion ?? null,
      kind: item.kind,
      plannedMinutes: item.plannedMinutes,
      startedAt: run.items[i]?.startedAt ?? null,
      // The stint still running counts up to `asOf`, as on the moderators' screen (RUN-4).
      spentMs: itemActualMs(run, i, asOf),
    })),
    participation: {
      joined: {
        onsite: participants.filter((p) => p.channel === 'onsite').length,
        online: participants.filter((p) => p.channel === 'online').length,
        undeclared: participants.filter((p) => p.channel === null).length,
      },
      peak,
      declared: balanceTable([], participants, asOf),
    },
    floor: {
      policy: floor.policy,
      interventions: floor.ledger.length,
      floorMs: floor.ledger.reduce((sum, e) => sum + (e.endedAt - e.startedAt), 0),
      byKind,
      balance,
      overrides,
    },
    polls,
    qa: {
      asked: questions.length,
      published: CHANNELS.reduce((sum, c) => sum + byChannel[c].published, 0),
      answered: CHANNELS.reduce((sum, c) => sum + byChannel[c].answered, 0),
      byChannel,
      questions: shown,
    },
    moderation: { rejected, heldByFilter, merged, archived, withdrawn },
    notes: state.desk.notes
      .map((n) => ({ agendaItem: n.agendaItem, tag: n.tag, text: n.text.trim(), pulled: inputPullOf(n, state, questionTexts) }))
      // A bare pull reaches the report too (REPORT-23); a note with neither words nor a pull cannot exist, but would say nothing.
      .filter((n) => n.text !== '' || n.pulled !== null),
  };
}

/** What stays once the retention job has deleted the contributions: the inputs without any participant's text. */
export function withoutContributionText(inputs: ReportInputs): ReportInputs {
  return {
    ...inputs,
    qa: { ...inputs.qa, questions: null },
    // A pulled question's text goes with the others; the note says a question was pulled in.
    notes: inputs.notes.map((n) => (n.pulled?.kind === 'question' ? { ...n, pulled: { kind: 'question', text: null } } : n)),
  };
}

/**
 * The inputs kept past the retention period (REPORT-12): no more than the session's aggregates
 * keep (RETAIN-3). Counts, tallies with their questions and options, FLOOR-10 tables, timings
 * and the peak stay; every name goes: the panel's labels and organisations, the role labels, the
 * rapporteur's notes (they may name people), the subtitle and the policy questions, and the
 * questions' text.
 */
export function keptAfterRetention(inputs: ReportInputs): ReportInputs {
  const kept = withoutContributionText(inputs);
  return {
    ...kept,
    plan: { ...kept.plan, subtitle: null, roles: { moderator: null, onlineModerator: null, rapporteur: null }, speakers: [] },
    agenda: kept.agenda.map((item) => ({ ...item, policyQuestion: null })),
    notes: [],
  };
}
