import PDFDocument from 'pdfkit';
import { BALANCE_DIMENSIONS } from '../../core/floor/balanceMeter.ts';
import { CHART_COLOURS, layoutChart, pollChart } from '../../core/report/reportCharts.ts';
import { sectionPoints } from '../../core/report/reportPullWords.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import {
  CHANNEL_NAMES, DIMENSION_NAMES, FLAG_NAMES, KIND_NAMES, OVERRIDE_NAMES, POLICY_NAMES, POLL_STATUS_NAMES, QUESTION_STATUS_NAMES,
  REJECT_NAMES, SECTION_TITLES, followUpNote, formatDate, formatOver, formatTime, groupName, itemRef, roleLines, sessionFacts,
} from '../../core/report/reportWords.ts';
import { SHIFT_HEADER, SHIFT_NOTE, shiftIntro, shiftTableRows } from '../../core/report/reportShift.ts';
import { registerScriptFonts, scriptTextHeight, writeScriptText } from './pdfScriptText.ts';
import { findReportFonts, type ReportFonts } from './reportFonts.ts';
import { isRightToLeft } from './scriptRuns.ts';

/**
 * The report as a PDF (REPORT-2), drawn with pdfkit: A4, embedded subsets of fonts that cover
 * Latin, Cyrillic, Arabic (shaped, right to left) and Chinese (`reportFonts.ts`), tables that
 * break across pages with their header repeated, and every poll's chart drawn as vector paths
 * from the same layout as the HTML's SVG (`layoutChart`). Resolves with the file's bytes.
 */

const MARGIN = 54;
const ACCENT = '#1f5fa8';
const MUTED = '#5a6470';
const RULE = '#c9d1da';
const HEAD_FILL = '#eef2f7';

type Doc = PDFKit.PDFDocument;

interface TextOptions {
  readonly bold?: boolean;
  readonly size?: number;
  readonly colour?: string;
  readonly width?: number;
  readonly align?: 'left' | 'right' | 'center';
  readonly gap?: number;
}

class PdfWriter {
  readonly #doc: Doc;

  constructor(doc: Doc, fonts: ReportFonts) {
    this.#doc = doc;
    registerScriptFonts(doc, fonts);
  }

  get doc(): Doc {
    return this.#doc;
  }

  get contentWidth(): number {
    return this.#doc.page.width - 2 * MARGIN;
  }

  get bottom(): number {
    return this.#doc.page.height - MARGIN - 14;
  }

  height(text: string, width: number, options: TextOptions = {}): number {
    return scriptTextHeight(this.#doc, text, { ...options, width });
  }

  /** Writes text at (x, y) or at the cursor, one font per script run, right-aligned when it reads right to left. */
  text(text: string, x: number | undefined, y: number | undefined, options: TextOptions = {}): void {
    writeScriptText(this.#doc, text, x, y, { ...options, width: options.width ?? this.contentWidth });
    if (options.gap) this.#doc.moveDown(options.gap);
  }

  ensure(space: number): void {
    if (this.#doc.y + space > this.bottom) this.#doc.addPage();
  }

  heading(title: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? 14 : 11.5;
    // A heading keeps a few lines of what follows on its page.
    this.ensure(level === 1 ? 110 : 80);
    this.#doc.moveDown(level === 1 ? 0.9 : 0.5);
    this.text(title, MARGIN, this.#doc.y, { bold: true, size, colour: level === 1 ? ACCENT : '#1b1f24' });
    if (level === 1) {
      const y = this.#doc.y + 2;
      this.#doc.moveTo(MARGIN, y).lineTo(MARGIN + this.contentWidth, y).lineWidth(0.8).strokeColor(ACCENT).stroke();
      this.#doc.y = y + 6;
    } else {
      this.#doc.moveDown(0.2);
    }
  }

  paragraph(text: string, options: TextOptions = {}): void {
    for (const line of text.split(/\n+/)) {
      this.ensure(this.height(line, this.contentWidth, options) + 4);
      this.text(line, MARGIN, this.#doc.y, options);
      this.#doc.moveDown(0.35);
    }
  }

  note(text: string): void {
    this.paragraph(text, { size: 9, colour: MUTED });
  }

  bullets(points: readonly string[]): void {
    for (const point of points) {
      const width = this.contentWidth - 14;
      const h = this.height(point, width);
      this.ensure(h + 4);
      const y = this.#doc.y;
      const rtl = isRightToLeft(point);
      this.#doc.circle(rtl ? MARGIN + this.contentWidth - 3 : MARGIN + 4, y + 6, 1.8).fill(ACCENT);
      this.text(point, rtl ? MARGIN : MARGIN + 14, y, { width });
      this.#doc.y = Math.max(this.#doc.y, y + h) + 3;
    }
  }

  /** Label–value lines. */
  facts(pairs: readonly (readonly [string, string])[]): void {
    for (const [label, value] of pairs) {
      const y = this.#doc.y;
      this.ensure(14);
      this.text(label, MARGIN, y, { bold: true, width: 130, size: 9.5 });
      const afterLabel = this.#doc.y;
      this.text(value, MARGIN + 135, y, { width: this.contentWidth - 135, size: 9.5 });
      this.#doc.y = Math.max(afterLabel, this.#doc.y) + 2;
    }
  }

  /** A table that breaks across pages, its header repeated; `widths` are shares of the width. */
  table(head: readonly string[], rows: readonly (readonly (string | number)[])[], widths: readonly number[]): void {
    const doc = this.#doc;
    const total = widths.reduce((s, w) => s + w, 0);
    const cols = widths.map((w) => (w / total) * this.contentWidth);
    const pad = 4;
    const size = 9;
    const rowHeight = (cells: readonly string[], bold: boolean) => Math.max(...cells.map((c, i) => this.height(c, (cols[i] ?? 0) - 2 * pad, { size, bold }))) + 2 * pad;
    const drawRow = (cells: readonly string[], bold: boolean) => {
      const h = rowHeight(cells, bold);
      const y = doc.y;
      if (bold) doc.rect(MARGIN, y, this.contentWidth, h).fill(HEAD_FILL);
      let x = MARGIN;
      cells.forEach((cell, i) => {
        this.text(cell, x + pad, y + pad, { width: (cols[i] ?? 0) - 2 * pad, size, bold });
        x += cols[i] ?? 0;
      });
      doc.moveTo(MARGIN, y + h).lineTo(MARGIN + this.contentWidth, y + h).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.y = y + h;
    };
    const header = head.map(String);
    // A header never ends a page alone: it goes with its first rows (three at most).
    this.ensure(rowHeight(header, true) + rows.slice(0, 3).reduce((sum, row) => sum + rowHeight(row.map(String), false), 0));
    drawRow(header, true);
    for (const row of rows) {
      const cells = row.map(String);
      if (doc.y + rowHeight(cells, false) > this.bottom) {
        doc.addPage();
        drawRow(header, true);
      }
      drawRow(cells, false);
    }
    doc.moveDown(0.6);
  }

  /** A poll's bars as vector paths, from the chart layout the HTML's SVG uses. */
  chart(poll: SessionReport['polls'][number]): void {
    const doc = this.#doc;
    const layout = layoutChart(pollChart(poll), Math.min(420, this.contentWidth));
    this.ensure(layout.height + 10);
    const top = doc.y;
    for (const row of layout.rows) {
      this.text(row.label, MARGIN, top + row.labelY, { size: 8.5, width: layout.trackWidth });
      doc.rect(MARGIN, top + row.barY, layout.trackWidth, layout.barHeight).fill(CHART_COLOURS.track);
      if (row.barWidth > 0) doc.rect(MARGIN, top + row.barY, row.barWidth, layout.barHeight).fill(CHART_COLOURS.bar);
      this.text(row.value, MARGIN + layout.valueX, top + row.barY + 1, { size: 8.5, width: layout.width - layout.valueX + 40 });
    }
    doc.y = top + layout.height + 6;
  }

  /** "Page n of N" and the title on every page. */
  footers(title: string): void {
    const doc = this.#doc;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // The footer sits in the bottom margin: no automatic page break for it.
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      this.text(`${title} · page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN + 12, { size: 8, colour: MUTED });
      doc.page.margins.bottom = bottomMargin;
    }
  }
}

function sections(w: PdfWriter, report: SessionReport): void {
  const { session } = report;
  w.text(session.title, MARGIN, MARGIN, { bold: true, size: 20, colour: ACCENT });
  if (session.subtitle) w.text(session.subtitle, MARGIN, w.doc.y + 2, { size: 11, colour: MUTED });
  w.doc.moveDown(0.8);
  w.facts(sessionFacts(report));

  const roles = roleLines(report);
  if (roles.length > 0) {
    w.heading(SECTION_TITLES.roles);
    w.facts(roles);
  }
  if (report.speakers.length > 0) {
    w.heading(SECTION_TITLES.speakers);
    w.table(['Speaker', 'Organisation', 'Stakeholder group', 'Regional group', 'Channel'], report.speakers.map((s) => [s.label, s.organisation ?? '', s.stakeholderGroup ?? '', s.regionalGroup ?? '', CHANNEL_NAMES[s.channel]]), [2, 3, 2.5, 3, 1.5]);
  }

  w.heading(SECTION_TITLES.summary);
  if (report.summary) w.paragraph(report.summary);
  else w.note('No summary written yet.');
  for (const { kind, points } of sectionPoints(report)) {
    w.heading(SECTION_TITLES[kind]);
    w.bullets(points);
  }

  w.heading(SECTION_TITLES.agenda);
  w.table(['#', 'Item', 'Kind', 'Planned', 'Actual', 'Difference', 'Started'], report.agenda.map((a) => [
    a.number, a.title, KIND_NAMES[a.kind] ?? a.kind, `${a.plannedMinutes} min`, `${a.actualMinutes} min`, formatOver(a.overMinutes), a.startedAt === null ? '' : formatTime(a.startedAt),
  ]), [0.6, 5, 1.6, 1.4, 1.4, 1.6, 1.6]);
  for (const a of report.agenda) {
    if (sectionPoints(a).length === 0 && !a.policyQuestion) continue;
    w.heading(`${a.number}. ${a.title}`, 2);
    if (a.policyQuestion) w.note(a.policyQuestion);
    for (const { kind, points } of sectionPoints(a)) {
      w.text(SECTION_TITLES[kind], MARGIN, w.doc.y, { bold: true, size: 9.5, gap: 0.2 });
      w.bullets(points);
    }
  }

  const p = report.participation;
  w.heading(SECTION_TITLES.participation);
  w.table(['', 'Total', 'Onsite', 'Online', 'Channel not said'], [
    ['Joined', p.joined.total, p.joined.onsite, p.joined.online, p.joined.undeclared],
    ...(p.peak ? [[`Peak at once (${formatTime(p.peak.at)})`, p.peak.total, p.peak.onsite, p.peak.online, p.peak.undeclared]] : []),
  ], [3, 1, 1, 1, 1.6]);
  if (!p.peak) w.note('Peak attendance was not recorded.');
  for (const d of ['stakeholderGroup', 'regionalGroup', 'gender'] as const) {
    const rows = p.declared[d];
    w.heading(DIMENSION_NAMES[d], 2);
    if (rows) w.table(['Group', 'People', 'Share'], rows.map((r) => [groupName(r.group), r.count, `${r.percent} %`]), [4, 1, 1]);
    else w.note('Withheld: too few people declared to show groups without singling anyone out.');
  }

  const f = report.floor;
  w.heading(SECTION_TITLES.floor);
  w.paragraph(`${f.interventions} interventions, ${f.floorMinutes} min in all (panel ${f.byKind.panel}, participants ${f.byKind.participant}, added by a moderator ${f.byKind.added}). Queue policy at the end: ${POLICY_NAMES[f.policy] ?? f.policy}.`);
  for (const d of BALANCE_DIMENSIONS) {
    const rows = f.balance[d];
    w.heading(DIMENSION_NAMES[d], 2);
    if (rows) w.table(['Group', 'Present', 'Interventions', 'Floor time'], rows.map((r) => [groupName(r.group), `${r.present} (${r.presentPercent} %)`, `${r.interventions} (${r.interventionsPercent} %)`, `${r.floorMinutes} min (${r.floorPercent} %)`]), [3, 1.5, 1.5, 1.8]);
    else w.note('Withheld: a group too small to show (FLOOR-10).');
  }
  const overrideParts = (Object.keys(OVERRIDE_NAMES) as (keyof typeof OVERRIDE_NAMES)[]).filter((k) => f.overrides[k] > 0).map((k) => `${OVERRIDE_NAMES[k]}: ${f.overrides[k]}`);
  w.paragraph(`Moderator overrides of the queue policy: ${f.overrides.total}${overrideParts.length > 0 ? ` (${overrideParts.join(', ')})` : ''}.`);

  w.heading(SECTION_TITLES.polls);
  if (report.polls.length === 0) w.note('No polls.');
  for (const poll of report.polls) {
    w.ensure(120);
    w.heading(`Poll ${poll.number}: ${poll.question}`, 2);
    w.note(`${poll.ballots} ${poll.ballots === 1 ? 'participant' : 'participants'} voted${poll.kind === 'multiple' ? ' (several answers allowed)' : ''}; ${POLL_STATUS_NAMES[poll.status]}${poll.agendaItem === null ? '' : `; agenda ${itemRef(poll.agendaItem)}`}.`);
    // A poll nobody voted in has no chart to draw; its table says so.
    if (poll.ballots > 0) w.chart(poll);
    w.table(['Answer', 'Votes', 'Share'], poll.options.map((o) => [o.label, o.votes, `${o.percent} %`]), [5, 1, 1]);
    if (poll.shift) {
      w.paragraph(shiftIntro(poll.shift));
      for (const part of shiftTableRows(poll.shift, groupName)) {
        w.note(part.heading);
        w.table(SHIFT_HEADER, part.rows, [3, 3, 1, 1, 1.3]);
      }
      w.note(SHIFT_NOTE);
    }
  }

  const q = report.qa;
  w.heading(SECTION_TITLES.qa);
  w.table(['', 'Asked', 'Published', 'Answered', 'Forwarded to the room'], [
    ['Onsite', q.byChannel.onsite.asked, q.byChannel.onsite.published, q.byChannel.onsite.answered, q.byChannel.onsite.forwarded],
    ['Online', q.byChannel.online.asked, q.byChannel.online.published, q.byChannel.online.answered, q.byChannel.online.forwarded],
    ['Total', q.asked, q.published, q.answered, q.byChannel.onsite.forwarded + q.byChannel.online.forwarded],
  ], [2, 1, 1, 1, 1.8]);
  if (!q.textsKept) w.note('The questions’ text was deleted at the end of the retention period; the counts remain.');
  if (q.top.length > 0) {
    w.heading(SECTION_TITLES.topQuestions, 2);
    w.table(['#', 'Question', 'Upvotes', 'Channel', 'Status'], q.top.map((t) => [t.rank, t.text, t.upvotes, CHANNEL_NAMES[t.channel], QUESTION_STATUS_NAMES[t.status]]), [0.5, 6, 1.1, 1.1, 1.5]);
  }
  if (q.unanswered.length > 0) {
    w.heading(SECTION_TITLES.unanswered, 2);
    w.bullets(q.unanswered.map((t) => `${t.text} ${followUpNote(t)}`));
  }

  const m = report.moderation;
  w.heading(SECTION_TITLES.moderation);
  w.table(['Reason', 'Questions'], [
    ...Object.entries(m.rejected).filter(([, n]) => n > 0).map(([r, n]) => [`Not published: ${REJECT_NAMES[r] ?? r}`, n]),
    ...Object.entries(m.heldByFilter).filter(([, n]) => n > 0).map(([r, n]) => [`Held by the filter: ${FLAG_NAMES[r] ?? r}`, n]),
    ['Merged into another question', m.merged],
    ['Archived', m.archived],
    ['Withdrawn by the author', m.withdrawn],
  ], [5, 1]);

  w.doc.moveDown(1);
  w.note(`Generated by OpenFloor on ${formatDate(report.generatedAt)} at ${formatTime(report.generatedAt)} from the session’s own record. Groups under five people are merged or withheld; no participant is named.`);
}

/** The PDF's bytes. Throws `ReportFontsMissing` when a script has no font installed. */
export function renderPdf(report: SessionReport, fonts: ReportFonts = findReportFonts()): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: report.session.title, Subject: 'Session report', Creator: 'OpenFloor', Producer: 'OpenFloor (pdfkit)' },
    lang: 'en',
    displayTitle: true,
  });
  // The report's own time, not the clock's: the same report gives the same dates inside.
  doc.info.CreationDate = new Date(report.generatedAt);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new PdfWriter(doc, fonts);
  sections(writer, report);
  writer.footers(report.session.title);
  doc.end();
  return done;
}
