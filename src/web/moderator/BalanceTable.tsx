import { share, type BalanceDimension, type BalanceMeter, type BalanceRow } from '../../core/floor/balanceMeter.ts';
import { ChannelIcon } from '../components/ChannelIcon.tsx';
import { dimensionName, isSpeakingRow, rowChannel, rowName } from '../balance/balanceFigures.ts';
import { formatDuration } from '../floor/floorTime.ts';
import { formatNumber, formatPercent, t, tn } from '../i18n/index.ts';

interface BalanceTableProps {
  /** The meter as advanced to the server's clock. */
  readonly meter: BalanceMeter;
  readonly dimension: BalanceDimension;
}

/**
 * One dimension of the balance meter as a table: per row its share of floor time, of
 * interventions and of the people present, each in figures (m:ss, counts, percentages) with
 * a bar. The bars of floor time and interventions carry a tick at the share of people
 * present, the fair share. Bars are decoration: the table's text says it all.
 */
export function BalanceTable({ meter, dimension }: BalanceTableProps) {
  const rows = meter.rows[dimension];
  const captionId = `balance-${dimension}`;
  return (
    <table class="balance-table" aria-labelledby={captionId}>
      <caption id={captionId} class="balance-caption">
        {dimensionName(dimension)}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('balance.group')}</th>
          <th scope="col">{t('balance.floorTime')}</th>
          <th scope="col">{t('balance.interventions')}</th>
          <th scope="col">{t('balance.present')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={4} class="muted">
              {t('balance.noRows')}
            </td>
          </tr>
        )}
        {rows.map((row) => (
          <BalanceRowView key={row.group} meter={meter} dimension={dimension} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function BalanceRowView({ meter, dimension, row }: { meter: BalanceMeter; dimension: BalanceDimension; row: BalanceRow }) {
  const channel = rowChannel(dimension, row);
  const speaking = isSpeakingRow(meter, dimension, row);
  const fair = share(row.present, meter.present);
  return (
    <tr
      class="balance-row"
      data-testid="balance-row"
      data-dimension={dimension}
      data-group={row.group}
      data-interventions={String(row.interventions)}
      data-floor-ms={String(Math.round(row.floorMs))}
      data-withheld={row.withheld ? 'true' : undefined}
      data-channel={channel ?? undefined}
    >
      <th scope="row" class="balance-row-name">
        {channel && <ChannelIcon channel={channel} />}
        <span>{rowName(dimension, row.group)}</span>
        {speaking && (
          <span class="balance-speaking" title={t('balance.speakingNow')}>
            <span class="visually-hidden">{t('balance.speakingNow')}</span>
          </span>
        )}
      </th>
      {row.withheld ? (
        <td colSpan={3} class="balance-withheld">
          {t('balance.withheld')}
        </td>
      ) : (
        <>
          <Figure value={formatDuration(row.floorMs)} part={share(row.floorMs, meter.floorMs)} fair={fair} />
          <Figure value={formatNumber(row.interventions)} part={share(row.interventions, meter.interventions)} fair={fair} />
          <Figure value={tn('balance.people', row.present)} part={fair} fair={null} />
        </>
      )}
    </tr>
  );
}

/** A cell: the share in bold, the figure beside it, and a bar with the fair-share tick. */
function Figure({ value, part, fair }: { value: string; part: number; fair: number | null }) {
  return (
    <td class="balance-cell">
      <span class="balance-figure">
        <strong>{formatPercent(part)}</strong> <span class="balance-value">{value}</span>
      </span>
      <span class="balance-bar" aria-hidden="true">
        <span class="balance-bar-fill" style={{ inlineSize: `${(part * 100).toFixed(2)}%` }} />
        {fair !== null && <span class="balance-bar-fair" style={{ insetInlineStart: `${(fair * 100).toFixed(2)}%` }} />}
      </span>
    </td>
  );
}
