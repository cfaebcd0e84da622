import { advanceBalance, share, type BalanceMeter } from '../../core/floor/balanceMeter.ts';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { ChannelIcon } from '../components/ChannelIcon.tsx';
import { channelName } from '../components/ChannelBadge.tsx';
import type { ServerClock } from '../floor/serverClock.ts';
import { formatPercent, t, tn } from '../i18n/index.ts';
import { BalanceScreenSwitch } from './BalanceScreenSwitch.tsx';

interface BalanceGlanceProps {
  readonly meter: BalanceMeter | null;
  readonly floor: FloorView;
  readonly clock: ServerClock;
  readonly send: (command: CommandInput) => Promise<unknown>;
  readonly report: (failure: unknown) => void;
  readonly showDetails: () => void;
}

/**
 * The balance meter at a glance (COCKPIT-1): for the room and online, the share of floor time
 * against the share of people present (the fair share, a tick on the bar), the number present
 * and, apart, the panel speakers invited but not connected (FLOOR-13); the switch that puts
 * the meter on the big screen. Every group is in the Balance pane.
 */
export function BalanceGlance({ meter, floor, clock, send, report, showDetails }: BalanceGlanceProps) {
  const live = meter ? advanceBalance(meter, clock.second.value) : null;
  return (
    <section class="card cockpit-card cockpit-balance" data-testid="cockpit-balance" aria-labelledby="cockpit-balance-heading">
      <div class="cockpit-card-head">
        <h2 id="cockpit-balance-heading" class="cockpit-eyebrow">
          {t('cockpit.balance.title')}
        </h2>
        <button type="button" class="link-button cockpit-more" onClick={showDetails}>
          {t('cockpit.balance.details')}
        </button>
      </div>
      {live ? (
        <>
          <ul class="cockpit-balance-rows">
            {(['onsite', 'online'] as const).map((channel) => {
              const row = live.rows.channel.find((r) => r.group === channel);
              const time = share(row?.floorMs ?? 0, live.floorMs);
              const present = share(row?.present ?? 0, live.present);
              return (
                <li key={channel} class="cockpit-balance-row" data-channel={channel} data-testid="cockpit-balance-row">
                  <span class="cockpit-balance-name">
                    <ChannelIcon channel={channel} />
                    {channelName(channel)}
                  </span>
                  <span class="cockpit-balance-figures">
                    <span class="visually-hidden">{t('cockpit.balance.row', { time: formatPercent(time), present: formatPercent(present) })}</span>
                    <span aria-hidden="true">
                      <strong>{formatPercent(time)}</strong> {t('cockpit.balance.shortTime')} · {formatPercent(present)} {t('cockpit.balance.shortPresent')}
                    </span>
                  </span>
                  <span class="balance-bar cockpit-balance-bar" aria-hidden="true">
                    <span class="balance-bar-fill" style={{ inlineSize: `${(time * 100).toFixed(2)}%` }} />
                    <span class="balance-bar-fair" style={{ insetInlineStart: `${(present * 100).toFixed(2)}%` }} />
                  </span>
                </li>
              );
            })}
          </ul>
          <p class="cockpit-balance-totals">
            <strong data-testid="cockpit-balance-present">{tn('cockpit.balance.present', live.present)}</strong>
            {live.invited.length > 0 && <span data-testid="cockpit-balance-invited"> · {tn('cockpit.balance.invited', live.invited.length)}</span>}
          </p>
        </>
      ) : (
        <p class="muted cockpit-empty">{t('balance.none')}</p>
      )}
      <BalanceScreenSwitch shown={floor.balanceShown} label={t('cockpit.balance.onScreen')} send={send} report={report} />
    </section>
  );
}
