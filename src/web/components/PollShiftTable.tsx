import type { PollView, PollShiftView } from '../../core/polls/pollViews.ts';
import { labelShiftCell, type ReportShiftCell } from '../../core/report/reportShift.ts';
import { formatNumber, formatPercentTenths, t } from '../i18n/index.ts';
import { tUserText } from '../i18n/ltrParam.ts';
import { groupName } from './groupNames.ts';
import { USER_TEXT } from './userText.ts';

/** A signed number of percentage points: "+12.5", "−4", "0". */
function signed(points: number): string {
  return points > 0 ? `+${formatNumber(points)}` : points < 0 ? `−${formatNumber(-points)}` : formatNumber(0);
}

/**
 * Before and after as a table (POLL-35, POLL-62): per group (everyone first) and per answer the
 * share of voters before and after, with its one decimal as the exports write it, and the
 * change in percentage points. The cells come merged by the core (channels under five on either
 * side in "other"). `voters` adds each group's number of voters before and after, as the
 * report's documents give it. The cockpit, the projector and the report page's preview.
 */
export function ShiftTable({ beforeQuestion, cells, voters = false }: { beforeQuestion: string; cells: readonly ReportShiftCell[]; voters?: boolean }) {
  const heading = t('pollShift.heading', { question: beforeQuestion });
  return (
    <section class="poll-breakdown poll-shift" data-testid="poll-shift">
      <h4 class="field-label">{tUserText('pollShift.heading', { question: beforeQuestion }, 'question')}</h4>
      <div class="breakdown-scroll" tabIndex={0} role="region" aria-label={heading}>
        <table class="breakdown-table">
          <caption class="visually-hidden">{tUserText('pollShift.heading', { question: beforeQuestion }, 'question')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('breakdown.channel')}</th>
              <th scope="col">{t('pollShift.answer')}</th>
              <th scope="col">{t('pollShift.before')}</th>
              <th scope="col">{t('pollShift.after')}</th>
              <th scope="col">{t('pollShift.change')}</th>
            </tr>
          </thead>
          <tbody>
            {cells.flatMap((cell) =>
              cell.rows.map((row, i) => (
                <tr key={`${cell.group}-${String(i)}`} data-group={cell.group}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={cell.rows.length}>
                      {cell.group === 'all' ? t('pollShift.everyone') : groupName(cell.group)}
                      {voters && (
                        <span class="shift-voters" data-testid="shift-voters">
                          {t('pollShift.voters', { before: cell.beforeTotal, after: cell.afterTotal })}
                        </span>
                      )}
                    </th>
                  )}
                  <th scope="row" {...USER_TEXT}>
                    {row.label}
                  </th>
                  <td>{formatPercentTenths(row.beforePct / 100)}</td>
                  <td>{formatPercentTenths(row.afterPct / 100)}</td>
                  <td data-testid="shift-points">{signed(row.shiftPct)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <p class="field-hint">{t('pollShift.merged')}</p>
    </section>
  );
}

/** A live poll's shift (POLL-35), as the cockpit and the projector get it with the tally. */
export function PollShiftTable({ poll, shift }: { poll: PollView; shift: PollShiftView }) {
  const labels = new Map(poll.options.map((o) => [o.id, o.label]));
  return <ShiftTable beforeQuestion={shift.beforeQuestion} cells={[shift.overall, ...shift.byGroup].map((cell) => labelShiftCell(cell, labels))} />;
}
