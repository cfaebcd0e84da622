import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { OTHER_GROUPS, advanceBalance, share, type BalanceDimension, type BalanceMeter, type BalanceRow } from '../../core/floor/balanceMeter.ts';
import { ChannelIcon } from '../components/ChannelIcon.tsx';
import { dimensionName, rowChannel, rowName } from '../balance/balanceFigures.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { formatPercent, t, tn } from '../i18n/index.ts';

/**
 * How much the column shows, from most to least: the channel, stakeholder and regional
 * groups; without the regions; the same, one line per row. The panel starts at the first
 * and steps down while its rows do not fit the column.
 */
interface Level {
  readonly dimensions: readonly BalanceDimension[];
  readonly dense: boolean;
}
const FULLEST: Level = { dimensions: ['channel', 'stakeholderGroup', 'regionalGroup'], dense: false };
const LEANEST: Level = { dimensions: ['channel', 'stakeholderGroup'], dense: true };
const LEVELS: readonly Level[] = [FULLEST, { dimensions: ['channel', 'stakeholderGroup'], dense: false }, LEANEST];

/**
 * The balance meter on the big screen, when the moderator shows it: per group its share of
 * floor time as a bar and a percentage, with a tick at its share of the people present (the
 * fair share) and that share in words. Public screens get finished interventions only, and
 * no rows for a dimension whose merged small groups stay under 5 people (FLOOR-10): such a
 * dimension says so instead of showing figures.
 */
export function ProjectorBalance({ meter, clock }: { meter: BalanceMeter; clock: ServerClock }) {
  const live = advanceBalance(meter, clock.second.value);
  const panel = useRef<HTMLElement>(null);
  /** The rows' shape (how many per dimension) and the level that fits it. */
  const shape = FULLEST.dimensions.map((d) => live.rows[d].length).join('-');
  const [fit, setFit] = useState({ shape, level: 0 });
  const level = fit.shape === shape ? fit.level : 0;
  const { dimensions, dense } = LEVELS[level] ?? LEANEST;

  useLayoutEffect(() => {
    const element = panel.current;
    if (element && element.scrollHeight > element.clientHeight + 1 && level < LEVELS.length - 1) setFit({ shape, level: level + 1 });
  });
  useEffect(() => {
    // A resized screen may hold more again: start over from the fullest view.
    const reset = () => setFit({ shape: '', level: 0 });
    window.addEventListener('resize', reset);
    return () => window.removeEventListener('resize', reset);
  }, []);

  return (
    <section
      ref={panel}
      class="projector-balance"
      data-testid="projector-balance"
      data-density={dense ? 'dense' : undefined}
      aria-labelledby="projector-balance-title"
    >
      <div class="projector-balance-head">
        <h2 id="projector-balance-title" class="projector-balance-title">
          {t('projector.balance.title')}
        </h2>
        {live.current === null && <p class="projector-balance-finished">{tn('projector.balance.finishedOnly', live.interventions)}</p>}
      </div>
      <p class="projector-balance-legend">
        <span class="projector-balance-legend-bar" aria-hidden="true" />
        {t('projector.balance.legendBar')}
        <span class="projector-balance-legend-fair" aria-hidden="true" />
        {t('projector.balance.legendFair')}
      </p>
      {dimensions.map((dimension) => (
        <section key={dimension} class="projector-balance-group" aria-label={dimensionName(dimension)}>
          <h3 class="projector-balance-dimension">{dimensionName(dimension)}</h3>
          {live.rows[dimension].length === 0 ? (
            <p class="projector-balance-withheld">{t('projector.balance.dimensionWithheld')}</p>
          ) : (
            <ul class="projector-balance-rows">
              {live.rows[dimension].map((row) => (
                <BalanceLine key={row.group} meter={live} dimension={dimension} row={row} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}

function BalanceLine({ meter, dimension, row }: { meter: BalanceMeter; dimension: BalanceDimension; row: BalanceRow }) {
  const channel = rowChannel(dimension, row);
  const time = share(row.floorMs, meter.floorMs);
  const fair = share(row.present, meter.present);
  return (
    <li class="projector-balance-row" data-channel={channel ?? undefined} data-withheld={row.withheld ? 'true' : undefined}>
      <span class="projector-balance-name">
        {channel && <ChannelIcon channel={channel} />}
        <span class="projector-balance-label">
          {row.group === OTHER_GROUPS ? (
            <>
              {t('balance.otherGroupsShort')} <span class="projector-balance-note">({t('balance.otherGroupsNote')})</span>
            </>
          ) : (
            rowName(dimension, row.group)
          )}
        </span>
      </span>
      {row.withheld ? (
        <span class="projector-balance-withheld">{t('balance.withheld')}</span>
      ) : (
        <>
          <span class="projector-balance-share">
            <span class="projector-balance-time">
              {formatPercent(time)}
              <span class="visually-hidden"> {t('projector.balance.legendBar')}</span>
            </span>
            <span class="projector-balance-present">{t('projector.balance.presentShare', { share: formatPercent(fair) })}</span>
          </span>
          <span class="projector-balance-bar" aria-hidden="true">
            <span class="projector-balance-fill" style={{ inlineSize: `${(time * 100).toFixed(2)}%` }} />
            <span class="projector-balance-fair" style={{ insetInlineStart: `${(fair * 100).toFixed(2)}%` }} />
          </span>
        </>
      )}
    </li>
  );
}
