import { Fragment } from 'preact';
import { sectionPoints } from '../../core/report/reportPullWords.ts';
import { channelShiftCells, declaredShiftSections } from '../../core/report/reportShift.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import { formatTime } from '../../core/report/reportWords.ts';
import { groupName } from '../components/groupNames.ts';
import { channelName } from '../components/ChannelBadge.tsx';
import { ShiftTable } from '../components/PollShiftTable.tsx';
import { ResultBars } from '../components/ResultBars.tsx';
import { PointList } from './PointList.tsx';
import { t, tn } from '../i18n/index.ts';

/**
 * The report as assembled by the server (REPORT-1), shown beside the form: the written parts
 * in place, then the figures. The downloads carry the full tables; this is what a rapporteur
 * checks before sending. A paired poll shows its shift overall and side by side by channel,
 * stakeholder group and region, from the report's own cells (POLL-62), so the figures are those
 * of the exports.
 */
export function ReportPreview({ report }: { report: SessionReport }) {
  const p = report.participation;
  const f = report.floor;
  const q = report.qa;
  return (
    <section class="card report-preview" aria-labelledby="report-preview-title" data-testid="report-preview">
      <h2 id="report-preview-title" class="section-heading">
        {t('report.preview')}
      </h2>
      <p class="muted">{t('report.previewNote', { time: formatTime(report.asOf) })}</p>

      <h3>{t('report.summary')}</h3>
      {report.summary ? report.summary.split(/\n+/).map((line, i) => <p key={i} dir="auto">{line}</p>) : <p class="muted">{t('report.nothingYet')}</p>}
      {sectionPoints(report).map(({ kind, points }) => (
        <Points key={kind} title={t(`report.${kind}`)} points={points} />
      ))}

      <div class="report-scroll">
        <table class="report-table" data-testid="report-agenda-table">
          <caption>{t('report.agendaCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('report.col.item')}</th>
              <th scope="col" class="num">{t('report.col.planned')}</th>
              <th scope="col" class="num">{t('report.col.actual')}</th>
              <th scope="col" class="num">
                {t('report.col.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.agenda.map((a) => (
              <tr key={a.number}>
                <td>{a.number}</td>
                <td dir="auto">
                  {a.title}
                  {/* Each kind under its name: a call to action is not read as a takeaway. */}
                  {sectionPoints(a).map(({ kind, points }) => (
                    <Fragment key={kind}>
                      <p class="report-item-kind">{t(`report.${kind}`)}</p>
                      <PointList points={points} className="report-item-points" />
                    </Fragment>
                  ))}
                </td>
                <td class="num">{t('report.minutes', { count: a.plannedMinutes })}</td>
                <td class="num">{t('report.minutes', { count: a.actualMinutes })}</td>
                <td class="num">{overText(a.overMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t('report.participation')}</h3>
      <p>{tn('report.joinedCount', p.joined.total, { onsite: p.joined.onsite, online: p.joined.online })}</p>
      {p.declared.stakeholderGroup && (
        <div class="report-scroll">
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.col.group')}</th>
              <th scope="col" class="num">{t('report.col.people')}</th>
            </tr>
          </thead>
          <tbody>
            {p.declared.stakeholderGroup.map((r) => (
              <tr key={r.group}>
                <td>{groupName(r.group)}</td>
                <td class="num">
                  {r.count} ({r.percent} %)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}

      <h3>{t('report.floor')}</h3>
      <p>{t('report.floorSummary', { interventions: tn('report.interventionsMinutes', f.interventions, { minutes: f.floorMinutes }), overrides: tn('report.queueOverrides', f.overrides.total) })}</p>

      <h3>{t('report.polls')}</h3>
      {report.polls.length === 0 && <p class="muted">{t('report.nothingYet')}</p>}
      {report.polls.map((poll) => (
        <div key={poll.number} class="report-poll">
          <p class="report-poll-question" dir="auto">
            <strong>{poll.question}</strong> <span class="muted">{tn('report.votersCount', poll.ballots)}</span>
          </p>
          {poll.ballots > 0 && <ResultBars options={poll.options.map((o, i) => ({ id: String(i), label: o.label }))} counts={Object.fromEntries(poll.options.map((o, i) => [String(i), o.votes]))} total={poll.ballots} />}
          {poll.shift && <ShiftTable beforeQuestion={poll.shift.beforeQuestion} cells={channelShiftCells(poll.shift)} declared={declaredShiftSections(poll.shift)} voters />}
        </div>
      ))}

      <h3>{t('report.qa')}</h3>
      <div class="report-scroll">
      <table class="report-table" data-testid="report-qa-table">
        <thead>
          <tr>
            <th scope="col">{t('report.col.channel')}</th>
            <th scope="col" class="num">{t('report.col.asked')}</th>
            <th scope="col" class="num">{t('report.col.published')}</th>
            <th scope="col" class="num">{t('report.col.answered')}</th>
            <th scope="col" class="num">{t('report.col.forwarded')}</th>
          </tr>
        </thead>
        <tbody>
          {(['onsite', 'online'] as const).map((c) => (
            <tr key={c}>
              <td>{channelName(c)}</td>
              <td class="num">{q.byChannel[c].asked}</td>
              <td class="num">{q.byChannel[c].published}</td>
              <td class="num">{q.byChannel[c].answered}</td>
              <td class="num">{q.byChannel[c].forwarded}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {!q.textsKept && <p class="muted">{t('report.textsDeleted')}</p>}
      <Points title={t('report.topQuestions')} points={q.top.map((x) => `${x.text} (${x.upvotes})`)} ordered />
      <Points title={t('report.unanswered')} points={q.unanswered.map((x) => x.text)} />
    </section>
  );
}

function Points({ title, points, ordered = false }: { title: string; points: readonly string[]; ordered?: boolean }) {
  if (points.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <PointList points={points} ordered={ordered} />
    </>
  );
}

/** How far an agenda item ran over its plan, in the page's language (the exports keep the core's words). */
function overText(over: number | null): string {
  if (over === null) return t('report.over.notRun');
  if (over === 0) return t('report.over.onTime');
  return over > 0 ? t('report.over.late', { count: over }) : t('report.over.early', { count: -over });
}
