import { BALANCE_DIMENSIONS, advanceBalance, type BalanceMeter } from '../../core/floor/balanceMeter.ts';
import { formatDuration } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, tn } from '../i18n/index.ts';
import { BalanceTable } from './BalanceTable.tsx';

interface BalancePanelProps {
  readonly meter: BalanceMeter | null;
  readonly clock: ServerClock;
}

/**
 * The balance meter (FLOOR-9, FLOOR-10, FLOOR-13) in the cockpit's Balance pane: totals (people
 * present, and apart the panel speakers invited but not connected), then one table per
 * dimension, moved on every second so the current speaker's time grows live. The switch that
 * puts it on the big screen is in the "now" column.
 */
export function BalancePanel({ meter, clock }: BalancePanelProps) {
  const live = meter ? advanceBalance(meter, clock.second.value) : null;
  return (
    <section class="card balance-panel" data-testid="balance-meter" aria-labelledby="balance-heading">
      <div class="balance-head">
        <h3 id="balance-heading" class="floor-subheading">
          {t('balance.title')}
        </h3>
      </div>
      {live ? (
        <>
          <p class="balance-totals">
            <span>{t('balance.totalTime', { time: formatDuration(live.floorMs) })}</span>
            <span>{tn('balance.totalInterventions', live.interventions)}</span>
            <span data-testid="balance-present">{tn('balance.totalPresent', live.present)}</span>
            {live.invited.length > 0 && <span data-testid="balance-invited">{tn('cockpit.balance.invited', live.invited.length)}</span>}
          </p>
          <p class="field-hint balance-legend">
            <span class="balance-legend-bar" aria-hidden="true" />
            {t('balance.legendBar')}
            <span class="balance-legend-fair" aria-hidden="true" />
            {t('balance.legendFair')}
          </p>
          <div class="balance-tables">
            {BALANCE_DIMENSIONS.map((dimension) => (
              <BalanceTable key={dimension} meter={live} dimension={dimension} />
            ))}
          </div>
          <p class="field-hint">{t('balance.privacy')}</p>
          <p class="field-hint">{t('balance.invitedNote')}</p>
        </>
      ) : (
        <p class="muted">{t('balance.none')}</p>
      )}
    </section>
  );
}
