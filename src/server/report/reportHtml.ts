import { createHash } from 'node:crypto';
import { BALANCE_DIMENSIONS } from '../../core/floor/balanceMeter.ts';
import { barChartSvg, pollChart } from '../../core/report/reportCharts.ts';
import { sectionPoints } from '../../core/report/reportPullWords.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import {
  CHANNEL_NAMES, DIMENSION_NAMES, FLAG_NAMES, KIND_NAMES, OVERRIDE_NAMES, POLICY_NAMES, POLL_STATUS_NAMES, QUESTION_STATUS_NAMES,
  REJECT_NAMES, SECTION_TITLES, followUpNote, formatDate, formatOver, formatTime, groupName, itemRef, roleLines, sessionFacts,
} from '../../core/report/reportWords.ts';
import { SHIFT_HEADER, SHIFT_NOTE, shiftIntro, shiftTableRows } from '../../core/report/reportShift.ts';

/**
 * The report as one print-ready HTML file (REPORT-2): no script, no external reference, the
 * charts as inline SVG, the stylesheet in one `<style>` element allowed by its hash in the
 * route's own Content-Security-Policy (`REPORT_HTML_CSP`), so the file also opens as it is
 * from a disk. Print styles keep tables and charts from breaking across pages. Every text
 * is escaped; `dir="auto"` lets Arabic lines read right to left.
 */

const STYLE = `
:root { color-scheme: light; --accent: #1f5fa8; --muted: #5a6470; --rule: #c9d1da; --head: #eef2f7; }
body { font-family: "Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC", "DejaVu Sans", sans-serif; color: #1b1f24; margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem; line-height: 1.45; }
h1 { color: var(--accent); font-size: 1.8rem; margin: 0 0 .2rem; }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
h2 { color: var(--accent); font-size: 1.2rem; border-block-end: 1px solid var(--accent); padding-block-end: .2rem; margin-block: 1.8rem .6rem; break-after: avoid; }
h3 { font-size: 1rem; margin-block: 1.2rem .4rem; break-after: avoid; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1.2rem; margin: 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin-block: .4rem 1rem; font-size: .9rem; break-inside: auto; }
th, td { text-align: start; padding: .3rem .5rem; border-block-end: 1px solid var(--rule); vertical-align: top; }
th { background: var(--head); }
tr { break-inside: avoid; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.note { color: var(--muted); font-size: .9rem; }
.policy-question { color: var(--muted); font-style: italic; }
figure { margin: .6rem 0; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .85rem; }
footer { margin-block-start: 2rem; color: var(--muted); font-size: .8rem; border-block-start: 1px solid var(--rule); padding-block-start: .5rem; }
@page { size: A4; margin: 18mm; }
@media print { body { max-width: none; padding: 0; } h2 { break-before: auto; } a { color: inherit; } }
`.trim();

/** The Content-Security-Policy of the HTML report: nothing but its own stylesheet, by hash, and inline SVG. */
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

export const REPORT_HTML_CSP = [
  "default-src 'none'",
  `style-src ${STYLE_HASH}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

export function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

type Cell = string | number | { readonly num: number | string };

function table(head: readonly string[], rows: readonly (readonly Cell[])[], numeric: readonly number[] = []): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  const cell = (c: Cell, i: number) => `<td${cls(i)} dir="auto">${escapeHtml(typeof c === 'object' ? String(c.num) : String(c))}</td>`;
  return `<table><thead><tr>${head.map((h, i) => `<th${cls(i)} scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}

const list = (points: readonly string[]) => `<ul>${points.map((p) => `<li dir="auto">${escapeHtml(p)}</li>`).join('')}</ul>`;
const note = (text: string) => `<p class="note">${escapeHtml(text)}</p>`;

export function renderHtml(report: SessionReport): string {
  const out: string[] = [];
  const { session } = report;
  out.push(`<header><h1 dir="auto">${escapeHtml(session.title)}</h1>${session.subtitle ? `<p class="subtitle" dir="auto">${escapeHtml(session.subtitle)}</p>` : ''}`);
  out.push(`<dl class="facts">${sessionFacts(report).map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl></header>`);

  const roles = roleLines(report);
  if (roles.length > 0) out.push(`<h2>${SECTION_TITLES.roles}</h2><dl class="facts">${roles.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd dir="auto">${escapeHtml(v)}</dd>`).join('')}</dl>`);
  if (report.speakers.length > 0) {
    out.push(`<h2>${SECTION_TITLES.speakers}</h2>`, table(['Speaker', 'Organisation', 'Stakeholder group', 'Regional group', 'Channel'], report.speakers.map((s) => [s.label, s.organisation ?? '', s.stakeholderGroup ?? '', s.regionalGroup ?? '', CHANNEL_NAMES[s.channel]])));
  }

  out.push(`<h2>${SECTION_TITLES.summary}</h2>`, report.summary ? report.summary.split(/\n+/).map((p) => `<p dir="auto">${escapeHtml(p)}</p>`).join('') : note('No summary written yet.'));
  for (const { kind, points } of sectionPoints(report)) out.push(`<h2>${SECTION_TITLES[kind]}</h2>`, list(points));

  out.push(`<h2>${SECTION_TITLES.agenda}</h2>`, table(['#', 'Item', 'Kind', 'Planned', 'Actual', 'Difference', 'Started'], report.agenda.map((a) => [
    a.number, a.title, KIND_NAMES[a.kind] ?? a.kind, `${a.plannedMinutes} min`, `${a.actualMinutes} min`, formatOver(a.overMinutes), a.startedAt === null ? '' : formatTime(a.startedAt),
  ]), [0, 3, 4, 5]));
  for (const a of report.agenda) {
    if (sectionPoints(a).length === 0 && !a.policyQuestion) continue;
    out.push(`<h3 dir="auto">${a.number}. ${escapeHtml(a.title)}</h3>`);
    if (a.policyQuestion) out.push(`<p class="policy-question" dir="auto">${escapeHtml(a.policyQuestion)}</p>`);
    for (const { kind, points } of sectionPoints(a)) out.push(`<p><strong>${SECTION_TITLES[kind]}</strong></p>`, list(points));
  }

  const p = report.participation;
  out.push(`<h2>${SECTION_TITLES.participation}</h2>`, table(['', 'Total', 'Onsite', 'Online', 'Channel not said'], [
    ['Joined', p.joined.total, p.joined.onsite, p.joined.online, p.joined.undeclared],
    ...(p.peak ? [[`Peak at once (${formatTime(p.peak.at)})`, p.peak.total, p.peak.onsite, p.peak.online, p.peak.undeclared]] : []),
  ], [1, 2, 3, 4]));
  if (!p.peak) out.push(note('Peak attendance was not recorded.'));
  for (const d of ['stakeholderGroup', 'regionalGroup', 'gender'] as const) {
    const rows = p.declared[d];
    out.push(`<h3>${DIMENSION_NAMES[d]}</h3>`, rows ? table(['Group', 'People', 'Share'], rows.map((r) => [groupName(r.group), r.count, `${r.percent} %`]), [1, 2]) : note('Withheld: too few people declared to show groups without singling anyone out.'));
  }

  const f = report.floor;
  out.push(`<h2>${SECTION_TITLES.floor}</h2>`, `<p>${escapeHtml(`${f.interventions} interventions, ${f.floorMinutes} min in all (panel ${f.byKind.panel}, participants ${f.byKind.participant}, added by a moderator ${f.byKind.added}). Queue policy at the end: ${POLICY_NAMES[f.policy] ?? f.policy}.`)}</p>`);
  for (const d of BALANCE_DIMENSIONS) {
    const rows = f.balance[d];
    out.push(`<h3>${DIMENSION_NAMES[d]}</h3>`, rows ? table(['Group', 'Present', 'Interventions', 'Floor time'], rows.map((r) => [groupName(r.group), `${r.present} (${r.presentPercent} %)`, `${r.interventions} (${r.interventionsPercent} %)`, `${r.floorMinutes} min (${r.floorPercent} %)`]), [1, 2, 3]) : note('Withheld: a group too small to show (FLOOR-10).'));
  }
  const overrideParts = (Object.keys(OVERRIDE_NAMES) as (keyof typeof OVERRIDE_NAMES)[]).filter((k) => f.overrides[k] > 0).map((k) => `${OVERRIDE_NAMES[k]}: ${f.overrides[k]}`);
  out.push(`<p>${escapeHtml(`Moderator overrides of the queue policy: ${f.overrides.total}${overrideParts.length > 0 ? ` (${overrideParts.join(', ')})` : ''}.`)}</p>`);

  out.push(`<h2>${SECTION_TITLES.polls}</h2>`);
  if (report.polls.length === 0) out.push(note('No polls.'));
  for (const poll of report.polls) {
    const chart = pollChart(poll);
    out.push(`<section><h3 dir="auto">Poll ${poll.number}: ${escapeHtml(poll.question)}</h3>`);
    out.push(note(`${chart.caption}; ${POLL_STATUS_NAMES[poll.status]}${poll.agendaItem === null ? '' : `; agenda ${itemRef(poll.agendaItem)}`}.`));
    if (poll.ballots > 0) out.push(`<figure>${barChartSvg(chart)}<figcaption>${escapeHtml(chart.caption)}</figcaption></figure>`);
    out.push(table(['Answer', 'Votes', 'Share'], poll.options.map((o) => [o.label, o.votes, `${o.percent} %`]), [1, 2]));
    if (poll.shift) {
      out.push(`<h4 dir="auto">${escapeHtml(shiftIntro(poll.shift))}</h4>`);
      for (const part of shiftTableRows(poll.shift, groupName)) out.push(`<h5>${escapeHtml(part.heading)}</h5>`, table(SHIFT_HEADER, part.rows, [2, 3, 4]));
      out.push(note(SHIFT_NOTE));
    }
    out.push('</section>');
  }

  const q = report.qa;
  out.push(`<h2>${SECTION_TITLES.qa}</h2>`, table(['', 'Asked', 'Published', 'Answered', 'Forwarded to the room'], [
    ['Onsite', q.byChannel.onsite.asked, q.byChannel.onsite.published, q.byChannel.onsite.answered, q.byChannel.onsite.forwarded],
    ['Online', q.byChannel.online.asked, q.byChannel.online.published, q.byChannel.online.answered, q.byChannel.online.forwarded],
    ['Total', q.asked, q.published, q.answered, q.byChannel.onsite.forwarded + q.byChannel.online.forwarded],
  ], [1, 2, 3, 4]));
  if (!q.textsKept) out.push(note('The questions’ text was deleted at the end of the retention period; the counts remain.'));
  if (q.top.length > 0) out.push(`<h3>${SECTION_TITLES.topQuestions}</h3>`, table(['#', 'Question', 'Upvotes', 'Channel', 'Status'], q.top.map((t) => [t.rank, t.text, t.upvotes, CHANNEL_NAMES[t.channel], QUESTION_STATUS_NAMES[t.status]]), [0, 2]));
  if (q.unanswered.length > 0) out.push(`<h3>${SECTION_TITLES.unanswered}</h3>`, list(q.unanswered.map((t) => `${t.text} ${followUpNote(t)}`)));

  const m = report.moderation;
  out.push(`<h2>${SECTION_TITLES.moderation}</h2>`, table(['Reason', 'Questions'], [
    ...Object.entries(m.rejected).filter(([, n]) => n > 0).map(([r, n]) => [`Not published: ${REJECT_NAMES[r] ?? r}`, n]),
    ...Object.entries(m.heldByFilter).filter(([, n]) => n > 0).map(([r, n]) => [`Held by the filter: ${FLAG_NAMES[r] ?? r}`, n]),
    ['Merged into another question', m.merged],
    ['Archived', m.archived],
    ['Withdrawn by the author', m.withdrawn],
  ], [1]));

  out.push(`<footer>${escapeHtml(`Generated by OpenFloor on ${formatDate(report.generatedAt)} at ${formatTime(report.generatedAt)} from the session’s own record. Groups under five people are merged or withheld; no participant is named.`)}</footer>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${STYLE_HASH}; img-src 'none'">
<title>${escapeHtml(`${session.title} — session report`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${out.join('\n')}
</main>
</body>
</html>
`;
}
