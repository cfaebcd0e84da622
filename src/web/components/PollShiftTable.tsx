import type { PollView, PollShiftView } from '../../core/polls/pollViews.ts';
import { formatNumber, formatPercent, t } from '../i18n/index.ts';
import { groupName } from './groupNames.ts';

/** A signed number of percentage points: "+12.5", "−4", "0". */
function signed(points: number): string {
  return points > 0 ? `+${formatNumber(points)}` : points < 0 ? `−${formatNumber(-points)}` : formatNumber(0);
}

/**
 * Before and after (POLL-35): a paired poll's shares before and after, and the shift in
 * percentage points, overall and by channel side by side; channels under five on either side
 * arrive merged into "other". For the cockpit and the projector.
 */
export function PollShiftTable({ poll, shift }: { poll: PollView; shift: PollShiftView }) {
  const cells = [shift.overall, ...shift.byGroup];
  return (
    <section class="poll-breakdown poll-shift" data-testid="poll-shift">
      <h4 class="field-label">{t('pollShift.heading', { question: shift.beforeQuestion })}</h4>
      <div class="breakdown-scroll" tabIndex={0} role="region" aria-label={t('pollShift.heading', { question: shift.beforeQuestion })}>
        <table class="breakdown-table">
          <caption class="visually-hidden">{t('pollShift.heading', { question: shift.beforeQuestion })}</caption>
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
                <tr key={`${cell.group}-${row.optionId}`} data-group={cell.group}>
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={cell.rows.length}>
                      {cell.group === 'all' ? t('pollShift.everyone') : groupName(cell.group)}
                    </th>
                  )}
                  <th scope="row">{poll.options.find((o) => o.id === row.optionId)?.label ?? row.optionId}</th>
                  <td>{formatPercent(row.beforePct / 100)}</td>
                  <td>{formatPercent(row.afterPct / 100)}</td>
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
