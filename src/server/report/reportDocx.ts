import {
  AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { BALANCE_DIMENSIONS } from '../../core/floor/balanceMeter.ts';
import { CHART_COLOURS, pollChart } from '../../core/report/reportCharts.ts';
import { sectionPoints } from '../../core/report/reportPullWords.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import {
  CHANNEL_NAMES, DIMENSION_NAMES, FLAG_NAMES, KIND_NAMES, OVERRIDE_NAMES, POLICY_NAMES, POLL_STATUS_NAMES, QUESTION_STATUS_NAMES,
  REJECT_NAMES, SECTION_TITLES, followUpNote, formatDate, formatOver, formatTime, groupName, itemRef, roleLines, sessionFacts,
} from '../../core/report/reportWords.ts';
import { SHIFT_HEADER, SHIFT_NOTE, shiftIntro, shiftTableRows } from '../../core/report/reportShift.ts';
import { isRightToLeft } from './scriptRuns.ts';

/**
 * The report as a Word document (REPORT-2), for rapporteurs who edit in Word: real headings
 * (the navigation pane lists the sections), real tables, bullets, Arabic paragraphs marked
 * right to left, fonts named for Latin, Arabic (complex script) and Chinese (East Asian)
 * text. A poll's chart is a table of bars drawn with shaded cells beside the figures.
 */

const ACCENT = CHART_COLOURS.bar.slice(1);
const FONT = { ascii: 'Noto Sans', hAnsi: 'Noto Sans', cs: 'Noto Naskh Arabic', eastAsia: 'Noto Sans CJK SC' } as const;

function run(text: string, options: { bold?: boolean; colour?: string; size?: number; italics?: boolean } = {}): TextRun {
  return new TextRun({ text, bold: options.bold, italics: options.italics, color: options.colour, size: options.size, rightToLeft: isRightToLeft(text) });
}

function para(text: string, options: { bold?: boolean; colour?: string; size?: number; italics?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; bullet?: boolean } = {}): Paragraph {
  const rtl = isRightToLeft(text);
  return new Paragraph({
    children: [run(text, options)],
    heading: options.heading,
    bidirectional: rtl,
    alignment: rtl ? AlignmentType.RIGHT : undefined,
    bullet: options.bullet ? { level: 0 } : undefined,
    spacing: { after: 80 },
  });
}

const note = (text: string) => para(text, { colour: '5A6470', size: 18, italics: true });
const h1 = (text: string) => para(text, { heading: HeadingLevel.HEADING_1 });
const h2 = (text: string) => para(text, { heading: HeadingLevel.HEADING_2 });
const bullets = (points: readonly string[]) => points.map((p) => para(p, { bullet: true }));

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'C9D1DA' } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[], widths?: readonly number[]): Table {
  const total = widths?.reduce((s, w) => s + w, 0) ?? head.length;
  const cell = (text: string, header: boolean, i: number) => new TableCell({
    children: [para(text, { bold: header, size: 18 })],
    shading: header ? { type: ShadingType.CLEAR, fill: 'EEF2F7', color: 'auto' } : undefined,
    width: { size: Math.round(((widths?.[i] ?? 1) / total) * 100), type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: NO_BORDER, right: NO_BORDER },
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h, i) => cell(h, true, i)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(String(c), false, i)) })),
    ],
  });
}

/** A poll's chart: per option a row whose middle cell is a bar, a run of shaded cells out of twenty. */
function chartTable(poll: SessionReport['polls'][number]): Table {
  const chart = pollChart(poll);
  const steps = 20;
  const rows = chart.bars.map((bar) => {
    const filled = Math.round((Math.min(100, bar.percent) / 100) * steps);
    const barCells = Array.from({ length: steps }, (_, i) => new TableCell({
      children: [new Paragraph({ children: [] })],
      shading: { type: ShadingType.CLEAR, fill: i < filled ? ACCENT : 'E6ECF3', color: 'auto' },
      width: { size: 2, type: WidthType.PERCENTAGE },
      borders: { top: { style: BorderStyle.SINGLE, size: 12, color: 'FFFFFF' }, bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FFFFFF' }, left: NO_BORDER, right: NO_BORDER },
    }));
    return new TableRow({
      cantSplit: true,
      children: [
        new TableCell({ children: [para(bar.label, { size: 18 })], width: { size: 40, type: WidthType.PERCENTAGE }, borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } }),
        ...barCells,
        new TableCell({ children: [para(`${bar.value} (${bar.percent} %)`, { size: 18 })], width: { size: 20, type: WidthType.PERCENTAGE }, borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } }),
      ],
    });
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

type Block = Paragraph | Table;

function body(report: SessionReport): Block[] {
  const out: Block[] = [];
  const { session } = report;
  out.push(para(session.title, { heading: HeadingLevel.TITLE }));
  if (session.subtitle) out.push(para(session.subtitle, { colour: '5A6470' }));
  out.push(table(['', ''], sessionFacts(report), [1, 3]));

  const roles = roleLines(report);
  if (roles.length > 0) out.push(h1(SECTION_TITLES.roles), table(['Role', 'Who'], roles, [1, 3]));
  if (report.speakers.length > 0) {
    out.push(h1(SECTION_TITLES.speakers), table(['Speaker', 'Organisation', 'Stakeholder group', 'Regional group', 'Channel'], report.speakers.map((s) => [s.label, s.organisation ?? '', s.stakeholderGroup ?? '', s.regionalGroup ?? '', CHANNEL_NAMES[s.channel]]), [2, 3, 2.5, 3, 1.5]));
  }

  out.push(h1(SECTION_TITLES.summary), ...(report.summary ? report.summary.split(/\n+/).map((p) => para(p)) : [note('No summary written yet.')]));
  for (const { kind, points } of sectionPoints(report)) out.push(h1(SECTION_TITLES[kind]), ...bullets(points));

  out.push(h1(SECTION_TITLES.agenda), table(['#', 'Item', 'Kind', 'Planned', 'Actual', 'Difference', 'Started'], report.agenda.map((a) => [
    a.number, a.title, KIND_NAMES[a.kind] ?? a.kind, `${a.plannedMinutes} min`, `${a.actualMinutes} min`, formatOver(a.overMinutes), a.startedAt === null ? '' : formatTime(a.startedAt),
  ]), [0.6, 5, 1.6, 1.4, 1.4, 1.6, 1.6]));
  for (const a of report.agenda) {
    if (sectionPoints(a).length === 0 && !a.policyQuestion) continue;
    out.push(h2(`${a.number}. ${a.title}`));
    if (a.policyQuestion) out.push(note(a.policyQuestion));
    for (const { kind, points } of sectionPoints(a)) out.push(para(SECTION_TITLES[kind], { bold: true }), ...bullets(points));
  }

  const p = report.participation;
  out.push(h1(SECTION_TITLES.participation), table(['', 'Total', 'Onsite', 'Online', 'Channel not said'], [
    ['Joined', p.joined.total, p.joined.onsite, p.joined.online, p.joined.undeclared],
    ...(p.peak ? [[`Peak at once (${formatTime(p.peak.at)})`, p.peak.total, p.peak.onsite, p.peak.online, p.peak.undeclared]] : []),
  ], [3, 1, 1, 1, 1.6]));
  if (!p.peak) out.push(note('Peak attendance was not recorded.'));
  for (const d of ['stakeholderGroup', 'regionalGroup', 'gender'] as const) {
    const rows = p.declared[d];
    out.push(h2(DIMENSION_NAMES[d]), rows ? table(['Group', 'People', 'Share'], rows.map((r) => [groupName(r.group), r.count, `${r.percent} %`]), [4, 1, 1]) : note('Withheld: too few people declared to show groups without singling anyone out.'));
  }

  const f = report.floor;
  out.push(h1(SECTION_TITLES.floor), para(`${f.interventions} interventions, ${f.floorMinutes} min in all (panel ${f.byKind.panel}, participants ${f.byKind.participant}, added by a moderator ${f.byKind.added}). Queue policy at the end: ${POLICY_NAMES[f.policy] ?? f.policy}.`));
  for (const d of BALANCE_DIMENSIONS) {
    const rows = f.balance[d];
    out.push(h2(DIMENSION_NAMES[d]), rows ? table(['Group', 'Present', 'Interventions', 'Floor time'], rows.map((r) => [groupName(r.group), `${r.present} (${r.presentPercent} %)`, `${r.interventions} (${r.interventionsPercent} %)`, `${r.floorMinutes} min (${r.floorPercent} %)`]), [3, 1.5, 1.5, 1.8]) : note('Withheld: a group too small to show (FLOOR-10).'));
  }
  const overrideParts = (Object.keys(OVERRIDE_NAMES) as (keyof typeof OVERRIDE_NAMES)[]).filter((k) => f.overrides[k] > 0).map((k) => `${OVERRIDE_NAMES[k]}: ${f.overrides[k]}`);
  out.push(para(`Moderator overrides of the queue policy: ${f.overrides.total}${overrideParts.length > 0 ? ` (${overrideParts.join(', ')})` : ''}.`));

  out.push(h1(SECTION_TITLES.polls));
  if (report.polls.length === 0) out.push(note('No polls.'));
  for (const poll of report.polls) {
    out.push(h2(`Poll ${poll.number}: ${poll.question}`), note(`${pollChart(poll).caption}; ${POLL_STATUS_NAMES[poll.status]}${poll.agendaItem === null ? '' : `; agenda ${itemRef(poll.agendaItem)}`}.`));
    if (poll.ballots > 0) out.push(chartTable(poll), para(''));
    out.push(table(['Answer', 'Votes', 'Share'], poll.options.map((o) => [o.label, o.votes, `${o.percent} %`]), [5, 1, 1]));
    if (poll.shift) {
      out.push(para(shiftIntro(poll.shift), { bold: true }));
      for (const part of shiftTableRows(poll.shift, groupName)) out.push(note(part.heading), table(SHIFT_HEADER, part.rows, [3, 3, 1, 1, 1.3]));
      out.push(note(SHIFT_NOTE));
    }
  }

  const q = report.qa;
  out.push(h1(SECTION_TITLES.qa), table(['', 'Asked', 'Published', 'Answered', 'Forwarded to the room'], [
    ['Onsite', q.byChannel.onsite.asked, q.byChannel.onsite.published, q.byChannel.onsite.answered, q.byChannel.onsite.forwarded],
    ['Online', q.byChannel.online.asked, q.byChannel.online.published, q.byChannel.online.answered, q.byChannel.online.forwarded],
    ['Total', q.asked, q.published, q.answered, q.byChannel.onsite.forwarded + q.byChannel.online.forwarded],
  ], [2, 1, 1, 1, 1.8]));
  if (!q.textsKept) out.push(note('The questions’ text was deleted at the end of the retention period; the counts remain.'));
  if (q.top.length > 0) out.push(h2(SECTION_TITLES.topQuestions), table(['#', 'Question', 'Upvotes', 'Channel', 'Status'], q.top.map((t) => [t.rank, t.text, t.upvotes, CHANNEL_NAMES[t.channel], QUESTION_STATUS_NAMES[t.status]]), [0.5, 6, 1.1, 1.1, 1.5]));
  if (q.unanswered.length > 0) out.push(h2(SECTION_TITLES.unanswered), ...bullets(q.unanswered.map((t) => `${t.text} ${followUpNote(t)}`)));

  const m = report.moderation;
  out.push(h1(SECTION_TITLES.moderation), table(['Reason', 'Questions'], [
    ...Object.entries(m.rejected).filter(([, n]) => n > 0).map(([r, n]) => [`Not published: ${REJECT_NAMES[r] ?? r}`, n]),
    ...Object.entries(m.heldByFilter).filter(([, n]) => n > 0).map(([r, n]) => [`Held by the filter: ${FLAG_NAMES[r] ?? r}`, n]),
    ['Merged into another question', m.merged],
    ['Archived', m.archived],
    ['Withdrawn by the author', m.withdrawn],
  ], [5, 1]));
  out.push(note(`Generated by OpenFloor on ${formatDate(report.generatedAt)} at ${formatTime(report.generatedAt)} from the session’s own record. Groups under five people are merged or withheld; no participant is named.`));
  return out;
}

/** The .docx bytes. */
export async function renderDocx(report: SessionReport): Promise<Buffer> {
  const doc = new Document({
    creator: 'OpenFloor',
    title: report.session.title,
    description: 'Session report',
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        heading1: { run: { font: FONT, color: ACCENT, size: 28, bold: true }, paragraph: { spacing: { before: 320, after: 120 } } },
        heading2: { run: { font: FONT, size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
        title: { run: { font: FONT, color: ACCENT, size: 40, bold: true } },
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } }, children: body(report) }],
  });
  return Packer.toBuffer(doc);
}
