import { useState } from 'preact/hooks';
import { BALANCE_DIMENSIONS, advanceBalance, type BalanceMeter } from '../../core/floor/balanceMeter.ts';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { CommandRefused } from '../../client/openFloorClient.ts';
import { formatDuration } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, tn } from '../i18n/index.ts';
import { BalanceTable } from './BalanceTable.tsx';

interface BalancePanelProps {
  readonly meter: BalanceMeter | null;
  readonly floor: FloorView;
  readonly clock: ServerClock;
  /** Sends a command and resolves or rejects with the refusal, for the toggle to read it. */
  readonly send: (command: CommandInput) => Promise<unknown>;
  /** Shows a refusal in the console's alert region. */
  readonly report: (failure: unknown) => void;
}

/**
 * The balance meter (FLOOR-9, FLOOR-10) for the moderator: totals, then one table per
 * dimension, moved on every second so the current speaker's time grows live; and the
 * switch that puts it on the big screen.
 */
export function BalancePanel({ meter, floor, clock, send, report }: BalancePanelProps) {
  /** The switch's position while the command is on its way; then the floor view says. */
  const [pending, setPending] = useState<boolean | null>(null);
  const shown = pending ?? floor.balanceShown;
  const live = meter ? advanceBalance(meter, clock.second.value) : null;

  const toggle = async (next: boolean) => {
    if (pending !== null) return;
    setPending(next);
    try {
      await send({ type: 'floor.showBalance', shown: next });
    } catch (failure) {
      // Already so (set from another console a moment ago): the floor view is the truth.
      if (!(failure instanceof CommandRefused && failure.code === 'invalid_state')) report(failure);
    } finally {
      setPending(null);
    }
  };

  return (
    <section class="card balance-panel" data-testid="balance-meter" aria-labelledby="balance-heading">
      <div class="balance-head">
        <h3 id="balance-heading" class="floor-subheading">
          {t('balance.title')}
        </h3>
        <label class="switch">
          <input
            type="checkbox"
            class="switch-input"
            checked={shown}
            aria-disabled={pending !== null ? 'true' : undefined}
            data-testid="balance-show-projector"
            onChange={(event) => void toggle(event.currentTarget.checked)}
          />
          <span>{t('balance.showOnScreen')}</span>
        </label>
      </div>
      {live ? (
        <>
          <p class="balance-totals">
            <span>{t('balance.totalTime', { time: formatDuration(live.floorMs) })}</span>
            <span>{tn('balance.totalInterventions', live.interventions)}</span>
            <span>{tn('balance.totalPresent', live.present)}</span>
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
        </>
      ) : (
        <p class="muted">{t('balance.none')}</p>
      )}
    </section>
  );
}
