import { BALANCE_DIMENSIONS } from '../floor/balanceMeter.ts';
import { OUTCOME_CSV_KINDS, OUTCOME_KINDS } from './reportOutcomes.ts';
import { describePulled } from './reportPullWords.ts';
import type { SessionReport } from './sessionReport.ts';
import { csvCell } from '../csv.ts';
import { SHIFT_DIMENSIONS } from './reportShift.ts';

/**
 * The report's aggregates as CSV tables (REPORT-2), one file per table, for a spreadsheet:
 * RFC 4180 (comma, CRLF, double quotes), UTF-8 with a byte-order mark so that spreadsheet
 * programs read Arabic and Chinese right. A text cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@` first) is prefixed with an apostrophe. Pure: the server zips them.
 */

type Row = readonly (string | number | null)[];

export interface CsvTable {
  /** File name, e.g. `polls.csv`. */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export function csvText(table: CsvTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Every table of the bundle. */
export function reportCsvTables(report: SessionReport): CsvTable[] {
  const s = report.session;
  const p = report.participation;
  const tables: CsvTable[] = [
    {
      name: 'session.csv',
      header: ['field', 'value'],
      rows: [
        ['title', s.title], ['subtitle', s.subtitle], ['format', s.format], ['date', new Date(s.date).toISOString().slice(0, 10)],
        ['planned_minutes', s.plannedMinutes], ['actual_minutes', s.run.actualMinutes], ['run_status', s.run.status],
        ['moderator', report.roles.moderator], ['online_moderator', report.roles.onlineModerator], ['rapporteur', report.roles.rapporteur],
        ['youth_mode', s.youthMode ? 'yes' : 'no'], ['generated_at', new Date(report.generatedAt).toISOString()],
        // The written summary, a section of every format (REPORT-2); its outcomes are in outcomes.csv.
        ['summary', report.summary === '' ? null : report.summary],
      ],
    },
    {
      name: 'speakers.csv',
      header: ['speaker', 'organisation', 'stakeholder_group', 'regional_group', 'channel'],
      rows: report.speakers.map((sp) => [sp.label, sp.organisation, sp.stakeholderGroup, sp.regionalGroup, sp.channel]),
    },
    {
      name: 'agenda.csv',
      header: ['number', 'title', 'kind', 'planned_minutes', 'actual_minutes', 'over_minutes', 'started_at'],
      rows: report.agenda.map((a) => [a.number, a.title, a.kind, a.plannedMinutes, a.actualMinutes, a.overMinutes, a.startedAt === null ? null : new Date(a.startedAt).toISOString()]),
    },
    {
      name: 'outcomes.csv',
      // `pulled_in`: what a desk note pulled in (REPORT-23), its words (if any) in `text`.
      header: ['agenda_item', 'kind', 'text', 'pulled_in'],
      rows: [null, ...report.agenda].flatMap((a): Row[] => {
        const section = a ?? report;
        const item = a === null ? '' : a.number;
        return OUTCOME_KINDS.flatMap((kind) => [
          ...section[kind].map((t) => [item, OUTCOME_CSV_KINDS[kind], t, null]),
          ...section.pulled.filter((p) => p.kind === kind).map((p) => [item, OUTCOME_CSV_KINDS[kind], p.words, describePulled(p.about)]),
        ]);
      }),
    },
    {
      name: 'participation.csv',
      header: ['measure', 'total', 'onsite', 'online', 'channel_not_said'],
      rows: [
        ['joined', p.joined.total, p.joined.onsite, p.joined.online, p.joined.undeclared],
        ...(p.peak ? [['peak', p.peak.total, p.peak.onsite, p.peak.online, p.peak.undeclared] as const] : []),
      ],
    },
    {
      name: 'declared_groups.csv',
      header: ['dimension', 'group', 'people', 'percent', 'withheld'],
      rows: (['stakeholderGroup', 'regionalGroup', 'gender'] as const).flatMap((d): Row[] => {
        const rows = p.declared[d];
        return rows ? rows.map((r) => [d, r.group, r.count, r.percent, 'no']) : [[d, null, null, null, 'yes']];
      }),
    },
    {
      name: 'floor_balance.csv',
      header: ['dimension', 'group', 'present', 'present_percent', 'interventions', 'interventions_percent', 'floor_minutes', 'floor_percent', 'withheld'],
      rows: BALANCE_DIMENSIONS.flatMap((d): Row[] => {
        const rows = report.floor.balance[d];
        return rows ? rows.map((r) => [d, r.group, r.present, r.presentPercent, r.interventions, r.interventionsPercent, r.floorMinutes, r.floorPercent, 'no']) : [[d, null, null, null, null, null, null, null, 'yes']];
      }),
    },
    {
      name: 'floor_overrides.csv',
      header: ['action', 'count'],
      rows: (['move', 'pick', 'remove', 'reply_priority'] as const).map((a) => [a, report.floor.overrides[a]]),
    },
    {
      name: 'polls.csv',
      header: ['poll', 'question', 'kind', 'status', 'ballots', 'option', 'votes', 'percent'],
      rows: report.polls.flatMap((poll) => poll.options.map((o) => [poll.number, poll.question, poll.kind, poll.status, poll.ballots, o.label, o.votes, o.percent])),
    },
    {
      // Before and after (POLL-38): one row per poll, dimension, group and option; groups under five merged.
      name: 'poll_shifts.csv',
      header: ['poll', 'before_poll', 'dimension', 'group', 'voters_before', 'voters_after', 'option', 'before_percent', 'after_percent', 'shift_points'],
      rows: report.polls.flatMap((poll) => {
        const shift = poll.shift;
        if (!shift) return [];
        const cells = [['all', shift.overall] as const, ...SHIFT_DIMENSIONS.flatMap((d) => shift.byDimension[d].map((cell) => [d, cell] as const))];
        return cells.flatMap(([dimension, cell]) => cell.rows.map((r) => [poll.number, shift.beforeNumber, dimension, cell.group, cell.beforeTotal, cell.afterTotal, r.label, r.beforePct, r.afterPct, r.shiftPct]));
      }),
    },
    {
      name: 'questions_by_channel.csv',
      header: ['channel', 'asked', 'published', 'answered', 'forwarded'],
      rows: (['onsite', 'online'] as const).map((c) => [c, report.qa.byChannel[c].asked, report.qa.byChannel[c].published, report.qa.byChannel[c].answered, report.qa.byChannel[c].forwarded]),
    },
    {
      name: 'questions.csv',
      header: ['rank', 'question', 'upvotes', 'channel', 'status', 'agenda_item'],
      rows: report.qa.top.map((q) => [q.rank, q.text, q.upvotes, q.channel, q.status, q.agendaItem === null ? null : q.agendaItem + 1]),
    },
    {
      name: 'unanswered_questions.csv',
      header: ['question', 'upvotes', 'channel', 'agenda_item'],
      rows: report.qa.unanswered.map((q) => [q.text, q.upvotes, q.channel, q.agendaItem === null ? null : q.agendaItem + 1]),
    },
    {
      name: 'moderation.csv',
      header: ['measure', 'reason', 'questions'],
      rows: [
        ...Object.entries(report.moderation.rejected).map(([r, n]) => ['rejected', r, n] as const),
        ...Object.entries(report.moderation.heldByFilter).map(([r, n]) => ['held_by_filter', r, n] as const),
        ['merged', null, report.moderation.merged], ['archived', null, report.moderation.archived], ['withdrawn', null, report.moderation.withdrawn],
      ],
    },
  ];
  return tables;
}
