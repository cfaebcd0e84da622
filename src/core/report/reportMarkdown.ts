import { BALANCE_DIMENSIONS } from '../floor/balanceMeter.ts';
import { escapeCell, escapeHeading, escapeInline, escapeMarkdown } from './markdownEscape.ts';
import { sectionPoints } from './reportPullWords.ts';
import type { SessionReport } from './sessionReport.ts';
import {
  CHANNEL_NAMES, DIMENSION_NAMES, FLAG_NAMES, KIND_NAMES, OVERRIDE_NAMES, POLICY_NAMES, POLL_STATUS_NAMES, QUESTION_STATUS_NAMES,
  REJECT_NAMES, SECTION_TITLES, followUpNote, formatDate, formatOver, formatTime, groupName, itemRef, roleLines, sessionFacts,
} from './reportWords.ts';
import { SHIFT_HEADER, SHIFT_NOTE, shiftIntro, shiftTableRows } from './reportShift.ts';

/**
 * The report as Markdown (REPORT-2): the sections in the order of an IGF session report, each
 * table as a GitHub-style table. Text people typed is escaped where Markdown would read it as
 * syntax (`markdownEscape.ts`), so a question cannot add a link, an image or a heading. Pure.
 */

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map((c) => (typeof c === 'number' ? String(c) : escapeCell(c))).join(' | ')} |`;
  return [line(head), `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function bullets(points: readonly string[]): string {
  return points.map((p) => `- ${escapeMarkdown(p)}`).join('\n');
}

export function renderMarkdown(report: SessionReport): string {
  const out: string[] = [];
  const { session } = report;
  out.push(`# ${escapeHeading(session.title)}`);
  if (session.subtitle) out.push(`_${escapeInline(session.subtitle)}_`);
  out.push(sessionFacts(report).map(([k, v]) => `- **${k}:** ${escapeInline(v)}`).join('\n'));

  const roles = roleLines(report);
  if (roles.length > 0) out.push(`## ${SECTION_TITLES.roles}`, roles.map(([k, v]) => `- **${k}:** ${escapeInline(v)}`).join('\n'));
  if (report.speakers.length > 0) {
    out.push(`## ${SECTION_TITLES.speakers}`, table(['Speaker', 'Organisation', 'Stakeholder group', 'Regional group', 'Channel'], report.speakers.map((s) => [
      s.label, s.organisation ?? '', s.stakeholderGroup ?? '', s.regionalGroup ?? '', CHANNEL_NAMES[s.channel],
    ])));
  }

  out.push(`## ${SECTION_TITLES.summary}`, report.summary ? escapeMarkdown(report.summary, false) : '_No summary written yet._');
  for (const { kind, points } of sectionPoints(report)) out.push(`## ${SECTION_TITLES[kind]}`, bullets(points));

  out.push(`## ${SECTION_TITLES.agenda}`, table(['#', 'Item', 'Kind', 'Planned', 'Actual', 'Difference', 'Started'], report.agenda.map((a) => [
    a.number, a.title, KIND_NAMES[a.kind] ?? a.kind, `${a.plannedMinutes} min`, `${a.actualMinutes} min`, formatOver(a.overMinutes), a.startedAt === null ? '' : formatTime(a.startedAt),
  ])));
  for (const a of report.agenda) {
    // An item has its section for its policy question or its outcomes (REPORT-19), in every format.
    if (sectionPoints(a).length === 0 && !a.policyQuestion) continue;
    out.push(`### ${a.number}. ${escapeHeading(a.title)}`);
    if (a.policyQuestion) out.push(`> ${escapeMarkdown(a.policyQuestion)}`);
    for (const { kind, points } of sectionPoints(a)) out.push(`**${SECTION_TITLES[kind]}**`, bullets(points));
  }

  const p = report.participation;
  out.push(`## ${SECTION_TITLES.participation}`, table(['', 'Total', 'Onsite', 'Online', 'Channel not said'], [
    ['Joined', p.joined.total, p.joined.onsite, p.joined.online, p.joined.undeclared],
    ...(p.peak ? [[`Peak at once (${formatTime(p.peak.at)})`, p.peak.total, p.peak.onsite, p.peak.online, p.peak.undeclared] as const] : []),
  ]));
  if (!p.peak) out.push('_Peak attendance was not recorded._');
  for (const d of ['stakeholderGroup', 'regionalGroup', 'gender'] as const) {
    const rows = p.declared[d];
    out.push(`**${DIMENSION_NAMES[d]}**`, rows ? table(['Group', 'People', 'Share'], rows.map((r) => [groupName(r.group), r.count, `${r.percent} %`])) : '_Withheld: too few people declared to show groups without singling anyone out._');
  }

  const f = report.floor;
  out.push(`## ${SECTION_TITLES.floor}`, `${f.interventions} interventions, ${f.floorMinutes} min in all (panel ${f.byKind.panel}, participants ${f.byKind.participant}, added by a moderator ${f.byKind.added}). Queue policy at the end: ${POLICY_NAMES[f.policy] ?? f.policy}.`);
  for (const d of BALANCE_DIMENSIONS) {
    const rows = f.balance[d];
    out.push(`**${DIMENSION_NAMES[d]}**`, rows ? table(['Group', 'Present', 'Interventions', 'Floor time'], rows.map((r) => [groupName(r.group), `${r.present} (${r.presentPercent} %)`, `${r.interventions} (${r.interventionsPercent} %)`, `${r.floorMinutes} min (${r.floorPercent} %)`])) : '_Withheld: a group too small to show (FLOOR-10)._');
  }
  out.push(`Moderator overrides of the queue policy: ${f.overrides.total}${f.overrides.total > 0 ? ` (${(Object.keys(OVERRIDE_NAMES) as (keyof typeof OVERRIDE_NAMES)[]).filter((k) => f.overrides[k] > 0).map((k) => `${OVERRIDE_NAMES[k]}: ${f.overrides[k]}`).join(', ')})` : ''}.`);

  out.push(`## ${SECTION_TITLES.polls}`);
  if (report.polls.length === 0) out.push('_No polls._');
  for (const poll of report.polls) {
    out.push(`### Poll ${poll.number}: ${escapeHeading(poll.question)}`, `${poll.ballots} ${poll.ballots === 1 ? 'participant' : 'participants'} voted${poll.kind === 'multiple' ? ' (several answers allowed)' : ''}; ${POLL_STATUS_NAMES[poll.status]}${poll.agendaItem === null ? '' : `; agenda ${itemRef(poll.agendaItem)}`}.`);
    out.push(table(['Answer', 'Votes', 'Share', ''], poll.options.map((o) => [o.label, o.votes, `${o.percent} %`, '█'.repeat(Math.round(o.percent / 5))])));
    if (poll.shift) {
      out.push(`**${escapeInline(shiftIntro(poll.shift))}**`);
      for (const part of shiftTableRows(poll.shift, groupName)) out.push(`_${part.heading}_`, table(SHIFT_HEADER, part.rows));
      out.push(`_${SHIFT_NOTE}_`);
    }
  }

  const q = report.qa;
  out.push(`## ${SECTION_TITLES.qa}`, table(['', 'Asked', 'Published', 'Answered', 'Forwarded to the room'], [
    ['Onsite', q.byChannel.onsite.asked, q.byChannel.onsite.published, q.byChannel.onsite.answered, q.byChannel.onsite.forwarded],
    ['Online', q.byChannel.online.asked, q.byChannel.online.published, q.byChannel.online.answered, q.byChannel.online.forwarded],
    ['Total', q.asked, q.published, q.answered, q.byChannel.onsite.forwarded + q.byChannel.online.forwarded],
  ]));
  if (!q.textsKept) out.push('_The questions’ text was deleted at the end of the retention period; the counts remain._');
  if (q.top.length > 0) {
    out.push(`### ${SECTION_TITLES.topQuestions}`, table(['#', 'Question', 'Upvotes', 'Channel', 'Status'], q.top.map((t) => [t.rank, t.text, t.upvotes, CHANNEL_NAMES[t.channel], QUESTION_STATUS_NAMES[t.status]])));
  }
  if (q.unanswered.length > 0) {
    out.push(`### ${SECTION_TITLES.unanswered}`, q.unanswered.map((t) => `- ${escapeMarkdown(t.text)} ${followUpNote(t)}`).join('\n'));
  }

  const m = report.moderation;
  const rejected = Object.entries(m.rejected).filter(([, n]) => n > 0);
  const held = Object.entries(m.heldByFilter).filter(([, n]) => n > 0);
  out.push(`## ${SECTION_TITLES.moderation}`, table(['Reason', 'Questions'], [
    ...rejected.map(([r, n]) => [`Not published: ${REJECT_NAMES[r] ?? r}`, n] as const),
    ...held.map(([r, n]) => [`Held by the filter: ${FLAG_NAMES[r] ?? r}`, n] as const),
    ['Merged into another question', m.merged],
    ['Archived', m.archived],
    ['Withdrawn by the author', m.withdrawn],
  ]));

  out.push(`---\n_Generated by OpenFloor on ${formatDate(report.generatedAt)} at ${formatTime(report.generatedAt)} from the session’s own record. Groups under five people are merged or withheld; no participant is named._`);
  return `${out.join('\n\n')}\n`;
}
