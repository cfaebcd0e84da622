import { z } from 'zod';
import { RUN_STATUSES } from '../agenda/runTypes.ts';
import { BALANCE_DIMENSIONS, share } from '../floor/balanceMeter.ts';
import { AGENDA_KINDS, POLL_KINDS } from '../plan.ts';
import { CHANNELS } from '../roles.ts';
import { FLOOR_POLICY_NAMES, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../vocabulary.ts';
import type { ReportBalanceTable, ReportInputs } from './reportInputs.ts';
import { OUTCOME_KINDS, OUTCOME_TAGS, type OutcomeKind } from './reportOutcomes.ts';
import { pulledOf, pulledSchema, type PulledPollSource } from './reportPulls.ts';
import { reportShiftSchema } from './reportShift.ts';
import type { ReportSectionText, ReportTexts } from './reportTexts.ts';

/**
 * The session report (REPORT-1, REPORT-2): one typed document that every format renders
 * (JSON is this shape; Markdown, HTML, PDF, DOCX and the CSV bundle are views of it). Built by
 * `assembleReport` from the aggregates (`ReportInputs`) and the texts people wrote; it holds
 * nothing that identifies a participant.
 */

const count = z.number().int().min(0);
const time = z.number().int();
/** A share in percent, one decimal. */
const percent = z.number().min(0).max(100);
/** Minutes, one decimal. */
const minutes = z.number().min(0);
const channel = z.enum(CHANNELS);

const balanceRowSchema = z.strictObject({
  group: z.string(),
  present: count,
  presentPercent: percent,
  interventions: count,
  interventionsPercent: percent,
  floorMinutes: minutes,
  floorPercent: percent,
});
export type BalanceRowReport = z.infer<typeof balanceRowSchema>;

const balanceTablesSchema = z.strictObject(
  Object.fromEntries(BALANCE_DIMENSIONS.map((d) => [d, z.array(balanceRowSchema).nullable()])) as Record<(typeof BALANCE_DIMENSIONS)[number], z.ZodNullable<z.ZodArray<typeof balanceRowSchema>>>,
);
export type BalanceTablesReport = z.infer<typeof balanceTablesSchema>;

const questionSchema = z.strictObject({
  rank: z.number().int().min(1),
  text: z.string(),
  upvotes: count,
  channel,
  status: z.enum(['published', 'answered', 'archived']),
  agendaItem: z.number().int().min(0).nullable(),
});

/** A desk note that pulled something in (REPORT-23): its outcome kind, the rapporteur's words on it (null on a bare pull), and what it pulled. */
const reportPullSchema = z.strictObject({ kind: z.enum(OUTCOME_KINDS), words: z.string().nullable(), about: pulledSchema });
export type ReportPull = z.infer<typeof reportPullSchema>;

export const REPORT_VERSION = 1;

export const sessionReportSchema = z.strictObject({
  version: z.literal(REPORT_VERSION),
  /** When the report was assembled, and the time its figures were taken. */
  generatedAt: time,
  asOf: time,
  session: z.strictObject({
    id: z.string(),
    title: z.string(),
    subtitle: z.string().nullable(),
    format: z.string(),
    /** The day of the session: when its run started, else when it was created. */
    date: time,
    plannedMinutes: count,
    run: z.strictObject({ status: z.enum(RUN_STATUSES), startedAt: time.nullable(), endedAt: time.nullable(), actualMinutes: minutes.nullable() }),
    youthMode: z.boolean(),
  }),
  /** Organisers' roles, by the labels of the plan. */
  roles: z.strictObject({ moderator: z.string().nullable(), onlineModerator: z.string().nullable(), rapporteur: z.string().nullable() }),
  speakers: z.array(z.strictObject({
    label: z.string(),
    organisation: z.string().nullable(),
    stakeholderGroup: z.enum(STAKEHOLDER_GROUPS).nullable(),
    regionalGroup: z.enum(REGIONAL_GROUPS).nullable(),
    channel,
  })),
  summary: z.string(),
  /** Takeaways, calls to action, best practices and partnership offers for the session as a whole (REPORT-16). */
  takeaways: z.array(z.string()),
  callsToAction: z.array(z.string()),
  bestPractices: z.array(z.string()),
  partnershipOffers: z.array(z.string()),
  /** What the desk pulled in for the session as a whole, in the order written (REPORT-23). */
  pulled: z.array(reportPullSchema),
  agenda: z.array(z.strictObject({
    number: z.number().int().min(1),
    title: z.string(),
    policyQuestion: z.string().nullable(),
    kind: z.enum(AGENDA_KINDS),
    plannedMinutes: count,
    startedAt: time.nullable(),
    actualMinutes: minutes,
    /** Actual minus planned, in minutes (negative: shorter than planned); null if it never ran. */
    overMinutes: z.number().nullable(),
    takeaways: z.array(z.string()),
    callsToAction: z.array(z.string()),
    bestPractices: z.array(z.string()),
    partnershipOffers: z.array(z.string()),
    pulled: z.array(reportPullSchema),
  })),
  participation: z.strictObject({
    joined: z.strictObject({ total: count, onsite: count, online: count, undeclared: count }),
    peak: z.strictObject({ total: count, onsite: count, online: count, undeclared: count, at: time }).nullable(),
    /** Declared groups of those who joined; groups under five merged into `other`, a dimension withheld (null) when still too small (FLOOR-10). */
    declared: z.strictObject({
      stakeholderGroup: z.array(z.strictObject({ group: z.string(), count, percent })).nullable(),
      regionalGroup: z.array(z.strictObject({ group: z.string(), count, percent })).nullable(),
      gender: z.array(z.strictObject({ group: z.string(), count, percent })).nullable(),
    }),
  }),
  floor: z.strictObject({
    policy: z.enum(FLOOR_POLICY_NAMES),
    interventions: count,
    floorMinutes: minutes,
    byKind: z.strictObject({ panel: count, participant: count, added: count }),
    balance: balanceTablesSchema,
    overrides: z.strictObject({ total: count, move: count, pick: count, remove: count, reply_priority: count }),
  }),
  polls: z.array(z.strictObject({
    number: z.number().int().min(1),
    question: z.string(),
    kind: z.enum(POLL_KINDS),
    status: z.enum(['draft', 'open', 'closed']),
    agendaItem: z.number().int().min(0).nullable(),
    ballots: count,
    options: z.array(z.strictObject({ label: z.string(), votes: count, percent })),
    /** Before and after (POLL-38), as the inputs give it. */
    shift: reportShiftSchema.nullable(),
  })),
  qa: z.strictObject({
    asked: count,
    published: count,
    answered: count,
    byChannel: z.strictObject({
      onsite: z.strictObject({ asked: count, published: count, answered: count, forwarded: count }),
      online: z.strictObject({ asked: count, published: count, answered: count, forwarded: count }),
    }),
    /** False once the retention period deleted the questions' text: the lists below are then empty. */
    textsKept: z.boolean(),
    top: z.array(questionSchema),
    /** Published questions never answered: the follow-up list. */
    unanswered: z.array(questionSchema),
  }),
  moderation: z.strictObject({
    rejected: z.record(z.string(), count),
    heldByFilter: z.record(z.string(), count),
    merged: count,
    archived: count,
    withdrawn: count,
  }),
});
export type SessionReport = z.infer<typeof sessionReportSchema>;

/** How many questions the report lists as the top ones. */
export const TOP_QUESTIONS = 10;

const round1 = (x: number) => Math.round(x * 10) / 10;
const pct = (part: number, whole: number) => round1(share(part, whole) * 100);
const toMinutes = (ms: number) => round1(ms / 60_000);

function balanceTables(table: ReportBalanceTable): BalanceTablesReport {
  return Object.fromEntries(BALANCE_DIMENSIONS.map((d) => {
    const rows = table[d];
    if (!rows) return [d, null];
    const present = rows.reduce((s, r) => s + r.present, 0);
    const interventions = rows.reduce((s, r) => s + r.interventions, 0);
    const floorMs = rows.reduce((s, r) => s + r.floorMs, 0);
    return [d, rows.map((r) => ({
      group: r.group,
      present: r.present,
      presentPercent: pct(r.present, present),
      interventions: r.interventions,
      interventionsPercent: pct(r.interventions, interventions),
      floorMinutes: toMinutes(r.floorMs),
      floorPercent: pct(r.floorMs, floorMs),
    }))];
  })) as BalanceTablesReport;
}

function declaredRows(rows: ReportBalanceTable['stakeholderGroup']): { group: string; count: number; percent: number }[] | null {
  if (!rows) return null;
  const total = rows.reduce((s, r) => s + r.present, 0);
  return rows.map((r) => ({ group: r.group, count: r.present, percent: pct(r.present, total) }));
}

function clean(points: readonly string[] | undefined): string[] {
  return (points ?? []).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The desk's notes of one tag on one item, then what was written on the report page, each point once (REPORT-10); a pull is listed apart. */
function points(notes: ReportInputs['notes'], agendaItem: number | null, kind: OutcomeKind, written: ReportSectionText | undefined): string[] {
  const fromDesk = notes.filter((n) => n.agendaItem === agendaItem && n.tag === OUTCOME_TAGS[kind] && n.pulled === null).map((n) => n.text);
  return [...new Set(clean([...fromDesk, ...(written?.[kind] ?? [])]))];
}

/** Every outcome list of one item (or of the session: null), in report order (REPORT-16). */
function outcomes(notes: ReportInputs['notes'], agendaItem: number | null, written: ReportSectionText | undefined): Record<OutcomeKind, string[]> {
  return Object.fromEntries(OUTCOME_KINDS.map((kind) => [kind, points(notes, agendaItem, kind, written)])) as Record<OutcomeKind, string[]>;
}

const KIND_OF_TAG = new Map(OUTCOME_KINDS.map((kind) => [OUTCOME_TAGS[kind], kind]));

/** The notes of one item (or of the session: null) that pulled something in, resolved against the report's polls (REPORT-23). */
function pulls(notes: ReportInputs['notes'], agendaItem: number | null, polls: readonly PulledPollSource[]): ReportPull[] {
  return notes.flatMap((n) => {
    const about = n.agendaItem === agendaItem && n.pulled ? pulledOf(n.pulled, polls) : null;
    const kind = KIND_OF_TAG.get(n.tag);
    return about && kind ? [{ kind, words: n.text === '' ? null : n.text, about }] : [];
  });
}

/**
 * The report of a session (REPORT-1): the aggregates and the written parts, joined and turned
 * into the figures people read (percentages, minutes). Pure: `generatedAt` comes in.
 */
export function assembleReport(inputs: ReportInputs, texts: ReportTexts, generatedAt: number): SessionReport {
  const section = (agendaItem: number | null) => texts.sections.find((s) => s.agendaItem === agendaItem);
  const { plan, run, participation, floor, qa } = inputs;
  const joinedTotal = participation.joined.onsite + participation.joined.online + participation.joined.undeclared;
  const questions = (qa.questions ?? []).map((q, i) => ({ rank: i + 1, ...q }));
  const polls = inputs.polls.map((poll, i) => ({
    number: i + 1,
    question: poll.question,
    kind: poll.kind,
    status: poll.status,
    agendaItem: poll.agendaItem,
    ballots: poll.ballots,
    // Of the participants who voted: a multiple-choice poll's shares add up to more than 100.
    options: poll.options.map((o) => ({ label: o.label, votes: o.votes, percent: pct(o.votes, poll.ballots) })),
    shift: poll.shift,
  }));
  return {
    version: REPORT_VERSION,
    generatedAt,
    asOf: inputs.asOf,
    session: {
      id: inputs.sessionId,
      title: plan.title,
      subtitle: plan.subtitle,
      format: plan.format,
      date: run.startedAt ?? plan.createdAt,
      plannedMinutes: plan.durationMinutes,
      run: { ...run, actualMinutes: run.startedAt === null ? null : toMinutes(Math.max(0, (run.endedAt ?? inputs.asOf) - run.startedAt)) },
      youthMode: plan.youthMode,
    },
    roles: plan.roles,
    speakers: plan.speakers,
    summary: texts.summary.trim(),
    ...outcomes(inputs.notes, null, section(null)),
    pulled: pulls(inputs.notes, null, polls),
    agenda: inputs.agenda.map((item, i) => ({
      number: i + 1,
      title: item.title,
      policyQuestion: item.policyQuestion,
      kind: item.kind,
      plannedMinutes: item.plannedMinutes,
      startedAt: item.startedAt,
      actualMinutes: toMinutes(item.spentMs),
      overMinutes: item.startedAt === null ? null : round1(item.spentMs / 60_000 - item.plannedMinutes),
      ...outcomes(inputs.notes, i, section(i)),
      pulled: pulls(inputs.notes, i, polls),
    })),
    participation: {
      joined: { total: joinedTotal, ...participation.joined },
      peak: participation.peak ? { total: participation.peak.onsite + participation.peak.online + participation.peak.undeclared, ...participation.peak } : null,
      declared: {
        stakeholderGroup: declaredRows(participation.declared.stakeholderGroup),
        regionalGroup: declaredRows(participation.declared.regionalGroup),
        gender: declaredRows(participation.declared.gender),
      },
    },
    floor: {
      policy: floor.policy,
      interventions: floor.interventions,
      floorMinutes: toMinutes(floor.floorMs),
      byKind: floor.byKind,
      balance: balanceTables(floor.balance),
      overrides: { total: Object.values(floor.overrides).reduce((s, n) => s + n, 0), ...floor.overrides },
    },
    polls,
    qa: {
      asked: qa.asked,
      published: qa.published,
      answered: qa.answered,
      byChannel: qa.byChannel,
      textsKept: qa.questions !== null,
      top: questions.slice(0, TOP_QUESTIONS),
      unanswered: questions.filter((q) => q.status === 'published'),
    },
    moderation: inputs.moderation,
  };
}
